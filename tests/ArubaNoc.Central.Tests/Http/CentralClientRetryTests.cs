using System.Text.Json;
using ArubaNoc.Central.Http;
using ArubaNoc.Central.Tests.Fakes;
using ArubaNoc.Central.Wire;

namespace ArubaNoc.Central.Tests.Http;

public sealed class CentralClientRetryTests : IDisposable
{
    private const string DevicesPath = "/network-monitoring/v1/devices";
    private const string PingPath = "/network-troubleshooting/v1/aps/{serial-number}/ping";
    private static readonly TimeSpan FirstBackoff = TimeSpan.FromSeconds(0.5);
    private static readonly TimeSpan SecondBackoff = TimeSpan.FromSeconds(1);

    private readonly ObservableTimeProvider _time = new(TestSetup.Start);
    private readonly FakeCentral _central;

    public CentralClientRetryTests()
    {
        _central = new FakeCentral(_time);
    }

    public void Dispose() => _central.Dispose();

    [Fact]
    public async Task Get_TimeoutThenSuccess_RetriedAfterBackoffAndCounted()
    {
        var telemetry = new CountingTelemetry();
        using var client = TestSetup.CreateClient(_time, _central, telemetry: telemetry);
        var firstArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _central.ApiResponder = (_, cancellationToken) =>
        {
            if (_central.ApiRequestCount == 1)
            {
                firstArrived.SetResult();
                return Responses.HangAsync(cancellationToken);
            }

            return Task.FromResult(Responses.Ok());
        };

        var call = client.SendAsync(CentralRequest.Get(DevicesPath), CentralJsonContext.Default.JsonElement, CancellationToken.None);
        await firstArrived.Task;
        _time.Advance(client.Options.ApiTimeout);
        await _time.WaitForTimerAsync(FirstBackoff);
        var requestsDuringBackoff = _central.ApiRequestCount;
        _time.Advance(FirstBackoff);
        var response = await call;

        Assert.True(response.IsSuccess);
        Assert.Equal(1, requestsDuringBackoff);
        Assert.Equal(2, _central.ApiRequestCount);
        Assert.Equal(1, telemetry["retry:timeout"]);
        Assert.Equal(1, client.GetHealth().Retries);
    }

    [Fact]
    public async Task Get_503Twice_RetriedWithExponentialBackoff()
    {
        using var client = TestSetup.CreateClient(_time, _central);
        _central.ApiResponder = (_, _) => Task.FromResult(_central.ApiRequestCount <= 2 ? Responses.Error(503, "HPE_GL_ERROR_SERVICE_UNAVAILABLE") : Responses.Ok());

        var call = client.SendAsync(CentralRequest.Get(DevicesPath), CentralJsonContext.Default.JsonElement, CancellationToken.None);
        await _time.WaitForTimerAsync(FirstBackoff);
        _time.Advance(FirstBackoff);
        await _time.WaitForTimerAsync(SecondBackoff);
        _time.Advance(SecondBackoff);
        var response = await call;

        Assert.True(response.IsSuccess);
        Assert.Equal(3, response.Attempts);
    }

    [Fact]
    public async Task Get_503ThreeTimes_FailsAfterTwoRetries()
    {
        using var client = TestSetup.CreateClient(_time, _central);
        _central.ApiResponder = (_, _) => Task.FromResult(Responses.Error(503, "HPE_GL_ERROR_SERVICE_UNAVAILABLE"));

        var call = client.SendAsync(CentralRequest.Get(DevicesPath), CentralJsonContext.Default.JsonElement, CancellationToken.None);
        await _time.WaitForTimerAsync(FirstBackoff);
        _time.Advance(FirstBackoff);
        await _time.WaitForTimerAsync(SecondBackoff);
        _time.Advance(SecondBackoff);
        var response = await call;

        Assert.Equal(CentralErrorKind.Central, response.Error!.Kind);
        Assert.Equal(503, response.Error.HttpStatus);
        Assert.Equal(3, _central.ApiRequestCount);
    }

    [Fact]
    public async Task Get_500_NotRetried()
    {
        using var client = TestSetup.CreateClient(_time, _central);
        _central.ApiResponder = (_, _) => Task.FromResult(Responses.Error(500, "HPE_GL_ERROR_INTERNAL_SERVER_ERROR"));

        var response = await client.SendAsync(CentralRequest.Get(DevicesPath), CentralJsonContext.Default.JsonElement, CancellationToken.None);

        Assert.Equal(500, response.Error!.HttpStatus);
        Assert.Equal(1, _central.ApiRequestCount);
    }

    [Fact]
    public async Task DeviceAction_503_NotRetried()
    {
        using var client = TestSetup.CreateClient(_time, _central);
        _central.ApiResponder = (_, _) => Task.FromResult(Responses.Error(503, "HPE_GL_ERROR_SERVICE_UNAVAILABLE"));

        var response = await client.SendAsync(Ping(), CentralJsonContext.Default.JsonElement, CancellationToken.None);

        Assert.Equal(503, response.Error!.HttpStatus);
        Assert.Equal(1, _central.ApiRequestCount);
    }

    [Fact]
    public async Task DeviceAction_Timeout_NotRetried()
    {
        using var client = TestSetup.CreateClient(_time, _central);
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _central.ApiResponder = (_, cancellationToken) =>
        {
            arrived.TrySetResult();
            return Responses.HangAsync(cancellationToken);
        };

        var call = client.SendAsync(Ping(), CentralJsonContext.Default.JsonElement, CancellationToken.None);
        await arrived.Task;
        _time.Advance(client.Options.ApiTimeout);
        var response = await call;

        Assert.Equal(CentralErrorKind.Transport, response.Error!.Kind);
        Assert.Contains("timed out after 30 s", response.Error.Message, StringComparison.Ordinal);
        Assert.Equal(1, _central.ApiRequestCount);
    }

    [Fact]
    public async Task DeviceAction_429_Retried()
    {
        using var client = TestSetup.CreateClient(_time, _central);
        _central.ApiResponder = (_, _) => Task.FromResult(_central.ApiRequestCount == 1
            ? Responses.TooManyRequests(retryAfter: "2")
            : FakeCentral.Json(System.Net.HttpStatusCode.Accepted, """{"status":"INITIATED"}"""));

        var call = client.SendAsync(Ping(), CentralJsonContext.Default.JsonElement, CancellationToken.None);
        await Wait.UntilAsync(() => client.Limiter.IsPaused);
        _time.Advance(TimeSpan.FromSeconds(2));
        var response = await call;

        Assert.True(response.IsSuccess);
        Assert.Equal(202, response.HttpStatus);
        Assert.Equal(2, _central.ApiRequestCount);
    }

    [Fact]
    public async Task Get_ProbeWithShortTimeout_TimesOutOnceWithoutRetry()
    {
        using var client = TestSetup.CreateClient(_time, _central);
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _central.ApiResponder = (_, cancellationToken) =>
        {
            arrived.TrySetResult();
            return Responses.HangAsync(cancellationToken);
        };
        var probe = CentralRequest.Get(DevicesPath).WithQuery("limit", 1).WithTimeout(TimeSpan.FromSeconds(5)).WithoutRetries();

        var call = client.SendAsync(probe, CentralJsonContext.Default.JsonElement, CancellationToken.None);
        await arrived.Task;
        _time.Advance(TimeSpan.FromSeconds(5));
        var response = await call;

        Assert.Equal(CentralErrorKind.Transport, response.Error!.Kind);
        Assert.Contains("timed out after 5 s", response.Error.Message, StringComparison.Ordinal);
        Assert.Equal(1, _central.ApiRequestCount);
    }

    [Fact]
    public async Task CallerCancelled_NextCallOnSameClientSucceeds()
    {
        using var client = TestSetup.CreateClient(_time, _central);
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _central.ApiResponder = (_, cancellationToken) =>
        {
            if (_central.ApiRequestCount == 1)
            {
                arrived.TrySetResult();
                return Responses.HangAsync(cancellationToken);
            }

            return Task.FromResult(Responses.Ok());
        };
        using var cancellation = new CancellationTokenSource();

        var cancelled = client.SendAsync(Ping(), CentralJsonContext.Default.JsonElement, cancellation.Token);
        await arrived.Task;
        await cancellation.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        var next = await client.SendAsync(CentralRequest.Get(DevicesPath), CentralJsonContext.Default.JsonElement, CancellationToken.None);

        Assert.True(next.IsSuccess);
        Assert.Equal(2, _central.ApiRequestCount);
    }

    [Fact]
    public async Task CallerTokenCancelledAfterCall_LaterCallsUnaffected()
    {
        using var client = TestSetup.CreateClient(_time, _central);
        _central.ApiResponder = (_, _) => Task.FromResult(Responses.Ok());
        using var cancellation = new CancellationTokenSource();

        var first = await client.SendAsync(CentralRequest.Get(DevicesPath), CentralJsonContext.Default.JsonElement, cancellation.Token);
        await cancellation.CancelAsync();
        var later = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => client.SendAsync(CentralRequest.Get(DevicesPath), CentralJsonContext.Default.JsonElement, CancellationToken.None)));

        Assert.True(first.IsSuccess);
        Assert.All(later, response => Assert.True(response.IsSuccess));
    }

    [Fact]
    public async Task TimeoutAfterReusedSource_StillTimesOut()
    {
        using var client = TestSetup.CreateClient(_time, _central);
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _central.ApiResponder = (_, cancellationToken) =>
        {
            if (_central.ApiRequestCount == 1)
            {
                return Task.FromResult(Responses.Ok());
            }

            arrived.TrySetResult();
            return Responses.HangAsync(cancellationToken);
        };

        var first = await client.SendAsync(Ping(), CentralJsonContext.Default.JsonElement, CancellationToken.None);
        var second = client.SendAsync(Ping(), CentralJsonContext.Default.JsonElement, CancellationToken.None);
        await arrived.Task;
        _time.Advance(client.Options.ApiTimeout);
        var response = await second;

        Assert.True(first.IsSuccess);
        Assert.Contains("timed out after 30 s", response.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_WithoutRetries429_ReturnsRateLimitedAndPausesLimiter()
    {
        using var client = TestSetup.CreateClient(_time, _central);
        _central.ApiResponder = (request, _) => Task.FromResult(Responses.TooManyRequests(reset: request.At.AddSeconds(7)));

        var response = await client.SendAsync(CentralRequest.Get(DevicesPath).WithoutRetries(), CentralJsonContext.Default.JsonElement, CancellationToken.None);

        Assert.Equal(CentralErrorKind.RateLimited, response.Error!.Kind);
        Assert.Equal(7, response.Error.RetryAfterSeconds);
        Assert.True(client.Limiter.IsPaused);
        Assert.Equal(1, _central.ApiRequestCount);
    }

    [Fact]
    public async Task Get_CallerCancelsDuringRequest_ThrowsAndReleasesSlot()
    {
        using var client = TestSetup.CreateClient(_time, _central);
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _central.ApiResponder = (_, cancellationToken) =>
        {
            arrived.TrySetResult();
            return Responses.HangAsync(cancellationToken);
        };
        using var cancellation = new CancellationTokenSource();

        var call = client.SendAsync(CentralRequest.Get(DevicesPath), CentralJsonContext.Default.JsonElement, cancellation.Token);
        await arrived.Task;
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Equal(0, client.Limiter.InFlight);
        Assert.Equal(0, client.Breaker.ConsecutiveFailures);
    }

    [Fact]
    public async Task Get_CallerCancelsWhileRateLimited_SendsNothing()
    {
        var options = TestSetup.Options with { RateLimitRequests = 1, RateLimitWindow = TimeSpan.FromSeconds(60) };
        using var client = TestSetup.CreateClient(_time, _central, options);
        await client.SendAsync(CentralRequest.Get(DevicesPath), CentralJsonContext.Default.JsonElement, CancellationToken.None);
        using var cancellation = new CancellationTokenSource();

        var call = client.SendAsync(CentralRequest.Get(DevicesPath), CentralJsonContext.Default.JsonElement, cancellation.Token);
        await Wait.UntilAsync(() => client.Limiter.Waiters == 1);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Equal(1, _central.ApiRequestCount);
        Assert.Equal(0, client.Limiter.InFlight);
    }

    private static CentralRequest Ping()
    {
        var body = JsonDocument.Parse("""{"destination":"8.8.8.8","count":5}""").RootElement;
        return CentralRequest.PostDeviceAction(PingPath)
            .WithPath("serial-number", "SN1")
            .WithJsonBody(body, CentralJsonContext.Default.JsonElement);
    }
}
