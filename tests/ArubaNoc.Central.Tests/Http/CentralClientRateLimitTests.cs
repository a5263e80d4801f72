using ArubaNoc.Central.Http;
using ArubaNoc.Central.Tests.Fakes;
using ArubaNoc.Central.Wire;

namespace ArubaNoc.Central.Tests.Http;

public sealed class CentralClientRateLimitTests : IDisposable
{
    private const string DevicesPath = "/network-monitoring/v1/devices";

    private readonly ObservableTimeProvider _time = new(TestSetup.Start);
    private readonly FakeCentral _central;

    public CentralClientRateLimitTests()
    {
        _central = new FakeCentral(_time);
    }

    public void Dispose() => _central.Dispose();

    [Fact]
    public async Task ThreeRateLimitResets_CallWaitsEachAndReturnsData()
    {
        using var client = TestSetup.CreateClient(_time, _central);
        var resets = new List<DateTimeOffset>();
        _central.ApiResponder = (request, _) =>
        {
            if (_central.ApiRequestCount > 3)
            {
                return Task.FromResult(Responses.Ok());
            }

            var reset = request.At.AddSeconds(3);
            lock (resets)
            {
                resets.Add(reset);
            }

            return Task.FromResult(Responses.TooManyRequests(reset: reset));
        };

        var call = Get(client);
        for (var wait = 1; wait <= 3; wait++)
        {
            await Wait.UntilAsync(() => _central.ApiRequestCount == wait && client.Limiter.IsPaused);
            _time.Advance(TimeSpan.FromSeconds(3));
        }

        var response = await call;

        Assert.True(response.IsSuccess);
        Assert.Equal(4, _central.ApiRequestCount);
        var sent = _central.ApiRequests.Select(request => request.At).ToList();
        for (var i = 0; i < resets.Count; i++)
        {
            Assert.True(sent[i + 1] >= resets[i], $"request {i + 2} was sent before the reset time of 429 number {i + 1}");
        }
    }

    [Fact]
    public async Task RateLimitReset_HoldsOtherCallersUntilReset()
    {
        using var client = TestSetup.CreateClient(_time, _central);
        _central.ApiResponder = (request, _) => Task.FromResult(_central.ApiRequestCount == 1
            ? Responses.TooManyRequests(reset: request.At.AddSeconds(3))
            : Responses.Ok());

        var first = Get(client);
        await Wait.UntilAsync(() => client.Limiter.IsPaused);
        var others = Enumerable.Range(0, 5).Select(_ => Get(client)).ToList();
        _time.Advance(TimeSpan.FromSeconds(2.9));
        var sentDuringPause = _central.ApiRequestCount;
        _time.Advance(TimeSpan.FromSeconds(0.1));
        await first;

        // After the reset the bucket refills at the configured rate (1,000/s here).
        _time.Advance(TimeSpan.FromSeconds(1));
        await Task.WhenAll(others);

        Assert.Equal(1, sentDuringPause);
        Assert.All(_central.ApiRequests.Skip(1), request => Assert.True(request.At >= TestSetup.Start.AddSeconds(3)));
    }

    [Fact]
    public async Task RetryAfterSeconds_HoldsCallUntilThen()
    {
        using var client = TestSetup.CreateClient(_time, _central);
        _central.ApiResponder = (_, _) => Task.FromResult(_central.ApiRequestCount == 1 ? Responses.TooManyRequests(retryAfter: "5") : Responses.Ok());

        var call = Get(client);
        await Wait.UntilAsync(() => client.Limiter.IsPaused);
        _time.Advance(TimeSpan.FromSeconds(4.9));
        var sentBeforeRetryAfter = _central.ApiRequestCount;
        _time.Advance(TimeSpan.FromSeconds(0.1));
        var response = await call;

        Assert.Equal(1, sentBeforeRetryAfter);
        Assert.True(response.IsSuccess);
    }

    [Fact]
    public async Task RetryAfterHttpDate_Honoured()
    {
        using var client = TestSetup.CreateClient(_time, _central);
        var retryAt = TestSetup.Start.AddSeconds(4).ToString("r", System.Globalization.CultureInfo.InvariantCulture);
        _central.ApiResponder = (_, _) => Task.FromResult(_central.ApiRequestCount == 1 ? Responses.TooManyRequests(retryAfter: retryAt) : Responses.Ok());

        var call = Get(client);
        await Wait.UntilAsync(() => client.Limiter.IsPaused);
        _time.Advance(TimeSpan.FromSeconds(4));
        var response = await call;

        Assert.True(response.IsSuccess);
        Assert.Equal(TestSetup.Start.AddSeconds(4), _central.ApiRequests.Last().At);
    }

    [Fact]
    public async Task RateLimitedWithoutHeaders_BacksOffOneSecondHoldingOthers()
    {
        using var client = TestSetup.CreateClient(_time, _central);
        _central.ApiResponder = (_, _) => Task.FromResult(_central.ApiRequestCount == 1 ? Responses.TooManyRequests() : Responses.Ok());

        var first = Get(client);
        await Wait.UntilAsync(() => client.Limiter.IsPaused);
        var other = Get(client);
        _time.Advance(TimeSpan.FromSeconds(0.9));
        var sentDuringBackoff = _central.ApiRequestCount;
        _time.Advance(TimeSpan.FromSeconds(0.2));
        await first;
        _time.Advance(TimeSpan.FromSeconds(1));
        await other;

        Assert.Equal(1, sentDuringBackoff);
        Assert.Equal(3, _central.ApiRequestCount);
    }

    [Fact]
    public async Task RateLimitedBeyondBudget_ReturnsRateLimitedWithRetryAfter()
    {
        using var client = TestSetup.CreateClient(_time, _central);
        _central.ApiResponder = (request, _) => Task.FromResult(Responses.TooManyRequests(reset: request.At.AddSeconds(10)));

        var call = Get(client);
        for (var wait = 1; wait <= 3; wait++)
        {
            await Wait.UntilAsync(() => _central.ApiRequestCount == wait && client.Limiter.IsPaused);
            _time.Advance(TimeSpan.FromSeconds(10));
        }

        var response = await call;

        Assert.Equal(CentralErrorKind.RateLimited, response.Error!.Kind);
        Assert.Equal(10, response.Error.RetryAfterSeconds);
        Assert.Equal(4, _central.ApiRequestCount);
    }

    [Fact]
    public async Task RemainingZeroOnSuccess_PausesUntilReset()
    {
        using var client = TestSetup.CreateClient(_time, _central);
        _central.ApiResponder = (request, _) =>
        {
            var response = Responses.Ok();
            if (_central.ApiRequestCount == 1)
            {
                response.Headers.TryAddWithoutValidation("X-RateLimit-Remaining", "0");
                response.Headers.TryAddWithoutValidation("X-RateLimit-Reset", request.At.AddSeconds(2).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
            }

            return Task.FromResult(response);
        };
        await Get(client);

        var second = Get(client);
        var sentWhilePaused = _central.ApiRequestCount;
        _time.Advance(TimeSpan.FromSeconds(2));
        await second;

        Assert.Equal(1, sentWhilePaused);
        Assert.Equal(2, _central.ApiRequestCount);
    }

    private static Task<CentralResponse<System.Text.Json.JsonElement>> Get(CentralClient client)
    {
        return client.SendAsync(CentralRequest.Get(DevicesPath), CentralJsonContext.Default.JsonElement, CancellationToken.None);
    }
}
