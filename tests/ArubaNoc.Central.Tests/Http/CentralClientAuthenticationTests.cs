using ArubaNoc.Central.Http;
using ArubaNoc.Central.Tests.Fakes;
using ArubaNoc.Central.Wire;

namespace ArubaNoc.Central.Tests.Http;

public sealed class CentralClientAuthenticationTests : IDisposable
{
    private const string DevicesPath = "/network-monitoring/v1/devices";

    private readonly ObservableTimeProvider _time = new(TestSetup.Start);
    private readonly FakeCentral _central;

    public CentralClientAuthenticationTests()
    {
        _central = new FakeCentral(_time);
    }

    public void Dispose() => _central.Dispose();

    [Fact]
    public async Task Status401_RefreshesOnceAndReplays()
    {
        using var client = TestSetup.CreateClient(_time, _central);
        _central.ApiResponder = (request, _) => Task.FromResult(request.BearerToken == "token-1" ? Responses.Error(401, "HPE_GL_ERROR_UNAUTHORIZED") : Responses.Ok());

        var response = await Get(client);

        Assert.True(response.IsSuccess);
        Assert.Equal(2, _central.TokenRequestCount);
        Assert.Equal(2, _central.ApiRequestCount);
        Assert.Equal("token-2", _central.ApiRequests.Last().BearerToken);
    }

    [Fact]
    public async Task Status401AfterReplay_ReturnsAuthenticationError()
    {
        using var client = TestSetup.CreateClient(_time, _central);
        _central.ApiResponder = (_, _) => Task.FromResult(Responses.Error(401, "HPE_GL_ERROR_UNAUTHORIZED"));

        var response = await Get(client);

        Assert.Equal(CentralErrorKind.Authentication, response.Error!.Kind);
        Assert.Equal("HPE_GL_ERROR_UNAUTHORIZED", response.Error.ErrorCode);
        Assert.Equal(2, _central.TokenRequestCount);
        Assert.Equal(2, _central.ApiRequestCount);
    }

    [Fact]
    public async Task Status403_NeverRefreshes()
    {
        using var client = TestSetup.CreateClient(_time, _central);
        _central.ApiResponder = (_, _) => Task.FromResult(Responses.Error(403, "HPE_GL_ERROR_FORBIDDEN"));

        var response = await Get(client);

        Assert.Equal(403, response.Error!.HttpStatus);
        Assert.Equal("HPE_GL_ERROR_FORBIDDEN", response.Error.ErrorCode);
        Assert.Equal(1, _central.TokenRequestCount);
        Assert.Equal(1, _central.ApiRequestCount);
    }

    [Fact]
    public async Task Status400ExpiredToken_RefreshesAndReplays()
    {
        using var client = TestSetup.CreateClient(_time, _central);
        _central.ApiResponder = (request, _) => Task.FromResult(request.BearerToken == "token-1" ? Responses.Error(400, "HPE_GL_IAM_EXPIRED_TOKEN") : Responses.Ok());

        var response = await Get(client);

        Assert.True(response.IsSuccess);
        Assert.Equal(2, _central.TokenRequestCount);
    }

    [Fact]
    public async Task Status400OtherCode_DoesNotRefresh()
    {
        using var client = TestSetup.CreateClient(_time, _central);
        _central.ApiResponder = (_, _) => Task.FromResult(Responses.Error(400, "HPE_GL_NETWORK_MONITORING_INVALID_INPUT"));

        var response = await Get(client);

        Assert.Equal(CentralErrorKind.Central, response.Error!.Kind);
        Assert.Equal(1, _central.TokenRequestCount);
    }

    [Fact]
    public async Task Concurrent401sWithSameStaleToken_RefreshOnce()
    {
        const int Callers = 100;
        var options = TestSetup.Options with { MaxConcurrency = Callers };
        using var client = TestSetup.CreateClient(_time, _central, options);
        await client.Tokens.GetTokenAsync(CancellationToken.None);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var staleArrivals = 0;
        _central.ApiResponder = async (request, _) =>
        {
            if (request.BearerToken != "token-1")
            {
                return Responses.Ok();
            }

            Interlocked.Increment(ref staleArrivals);
            await gate.Task;
            return Responses.Error(401, "HPE_GL_ERROR_UNAUTHORIZED");
        };

        var calls = Enumerable.Range(0, Callers).Select(_ => Get(client)).ToList();
        await Wait.UntilAsync(() => Volatile.Read(ref staleArrivals) == Callers);
        gate.SetResult();
        var responses = await Task.WhenAll(calls);

        Assert.All(responses, response => Assert.True(response.IsSuccess));
        Assert.Equal(2, _central.TokenRequestCount);
    }

    [Fact]
    public async Task StaticToken401_SaysCredentialsAreNeeded()
    {
        var options = TestSetup.Options with { ClientId = null, ClientSecret = null, AccessToken = "static-token" };
        using var client = TestSetup.CreateClient(_time, _central, options);
        _central.ApiResponder = (_, _) => Task.FromResult(Responses.Error(401, "HPE_GL_ERROR_UNAUTHORIZED"));

        var response = await Get(client);

        Assert.Equal(CentralErrorKind.Authentication, response.Error!.Kind);
        Assert.Contains("ARUBA_CLIENT_ID", response.Error.Message, StringComparison.Ordinal);
        Assert.Equal(0, _central.TokenRequestCount);
        Assert.Equal(1, _central.ApiRequestCount);
    }

    [Fact]
    public async Task InvalidClient_ReturnsConfigErrorAndSendsNoApiRequest()
    {
        using var client = TestSetup.CreateClient(_time, _central);
        _central.TokenResponder = (_, _) => Task.FromResult(FakeCentral.Json(System.Net.HttpStatusCode.BadRequest, """{"error":"invalid_client"}"""));

        var response = await Get(client);

        Assert.Equal(CentralErrorKind.Config, response.Error!.Kind);
        Assert.Equal("invalid_client", response.Error.ErrorCode);
        Assert.Equal(1, _central.TokenRequestCount);
        Assert.Equal(0, _central.ApiRequestCount);
    }

    [Fact]
    public async Task LongRunningServer_ReplacesTokenBeforeExpiry()
    {
        // The server obtains a token, then serves one call a minute for 2 h 5 min. Central is modelled
        // to reject any expired token with 401.
        var options = TestSetup.Options with { RateLimitRequests = 100, RateLimitWindow = TimeSpan.FromSeconds(60) };
        using var client = TestSetup.CreateClient(_time, _central, options);
        var expiredSent = 0;
        _central.ApiResponder = (request, _) =>
        {
            var issued = _central.IssuedTokens[request.BearerToken!];
            if (issued.AddSeconds(_central.TokenLifetimeSeconds) <= request.At)
            {
                Interlocked.Increment(ref expiredSent);
                return Task.FromResult(Responses.Error(401, "HPE_GL_ERROR_UNAUTHORIZED"));
            }

            return Task.FromResult(Responses.Ok());
        };
        await Get(client);

        var failures = 0;
        for (var minute = 1; minute <= 125; minute++)
        {
            _time.Advance(TimeSpan.FromMinutes(1));
            await Wait.UntilAsync(() => !client.Tokens.GetStatus().RefreshInFlight);
            if (!(await Get(client)).IsSuccess)
            {
                failures++;
            }
        }

        Assert.Equal(0, failures);
        Assert.Equal(0, expiredSent);
        Assert.Equal(2, _central.TokenRequestCount);
        Assert.True(_central.IssuedTokens["token-2"] < _central.IssuedTokens["token-1"].AddSeconds(_central.TokenLifetimeSeconds));
    }

    private static Task<CentralResponse<System.Text.Json.JsonElement>> Get(CentralClient client)
    {
        return client.SendAsync(CentralRequest.Get(DevicesPath), CentralJsonContext.Default.JsonElement, CancellationToken.None);
    }
}
