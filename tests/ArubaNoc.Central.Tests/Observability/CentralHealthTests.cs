using ArubaNoc.Central.Authentication;
using ArubaNoc.Central.Http;
using ArubaNoc.Central.Resilience;
using ArubaNoc.Central.Tests.Fakes;
using ArubaNoc.Central.Wire;

namespace ArubaNoc.Central.Tests.Observability;

public sealed class CentralHealthTests : IDisposable
{
    private readonly ObservableTimeProvider _time = new(TestSetup.Start);
    private readonly FakeCentral _central;

    public CentralHealthTests()
    {
        _central = new FakeCentral(_time);
    }

    public void Dispose() => _central.Dispose();

    [Fact]
    public void GetHealth_BeforeAnyCall_ReportsNoToken()
    {
        using var client = TestSetup.CreateClient(_time, _central);

        var health = client.GetHealth();

        Assert.Equal(TokenState.None, health.Token.State);
        Assert.True(health.CredentialsConfigured);
        Assert.Equal(FakeCentral.ApiHost, health.ApiHost);
        Assert.Equal(CircuitState.Closed, health.BreakerState);
        Assert.Equal(0, health.InFlight);
    }

    [Fact]
    public async Task GetHealth_AfterFailedCall_ReportsTokenErrorAndCounters()
    {
        using var client = TestSetup.CreateClient(_time, _central);
        _central.ApiResponder = (_, _) => Task.FromResult(Responses.Error(404, "HPE_GL_ERROR_NOT_FOUND", debugId: "dbg-7"));
        await client.SendAsync(CentralRequest.Get("/network-monitoring/v1/aps/{serial-number}").WithPath("serial-number", "SN1"), CentralJsonContext.Default.JsonElement, CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(100));

        var health = client.GetHealth();

        Assert.Equal(TokenState.Valid, health.Token.State);
        Assert.Equal(7100, health.Token.ExpiresInSeconds);
        Assert.Equal(1, health.Token.RefreshCount);
        Assert.Equal(1, health.Calls);
        Assert.Equal(1, health.Errors);
        Assert.Equal("dbg-7", health.LastError!.DebugId);
        Assert.Equal("/network-monitoring/v1/aps/{serial-number}", health.LastError.PathTemplate);
        Assert.Equal(TestSetup.Start, health.LastErrorAt);
        Assert.Equal(1000, health.LimiterCapacity);
    }

    [Fact]
    public async Task GetHealth_RateLimitHeaders_LastValuesReported()
    {
        using var client = TestSetup.CreateClient(_time, _central);
        _central.ApiResponder = (_, _) =>
        {
            var response = Responses.Ok();
            response.Headers.TryAddWithoutValidation("X-RateLimit-Limit", "5000");
            response.Headers.TryAddWithoutValidation("X-RateLimit-Remaining", "4321");
            response.Headers.TryAddWithoutValidation("X-RateLimit-Reset", "2026-07-01T09:00:00Z");
            return Task.FromResult(response);
        };

        await client.SendAsync(CentralRequest.Get("/network-monitoring/v1/devices"), CentralJsonContext.Default.JsonElement, CancellationToken.None);
        var health = client.GetHealth();

        Assert.Equal(5000, health.CentralRateLimit);
        Assert.Equal(4321, health.CentralRateLimitRemaining);
        Assert.Equal(new DateTimeOffset(2026, 7, 1, 9, 0, 0, TimeSpan.Zero), health.CentralRateLimitReset);
    }

    [Fact]
    public async Task Telemetry_ConcurrentExpiredCallers_CountsAvoidedRefreshes()
    {
        var telemetry = new CountingTelemetry();
        using var client = TestSetup.CreateClient(_time, _central, telemetry: telemetry);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _central.TokenResponder = async (_, _) =>
        {
            await gate.Task;
            return _central.IssueToken();
        };

        var callers = Enumerable.Range(0, 10).Select(_ => client.Tokens.GetTokenAsync(CancellationToken.None).AsTask()).ToList();
        gate.SetResult();
        await Task.WhenAll(callers);

        Assert.Equal(9, telemetry["refresh:avoided"]);
        Assert.Equal(1, telemetry["refresh:success"]);
    }

    [Fact]
    public async Task Telemetry_BreakerOpens_StateChangeReported()
    {
        var telemetry = new CountingTelemetry();
        using var client = TestSetup.CreateClient(_time, _central, telemetry: telemetry);
        _central.ApiResponder = (_, _) => Task.FromResult(Responses.Error(500, "HPE_GL_ERROR_INTERNAL_SERVER_ERROR"));

        for (var i = 0; i < 5; i++)
        {
            await client.SendAsync(CentralRequest.Get("/network-monitoring/v1/devices"), CentralJsonContext.Default.JsonElement, CancellationToken.None);
        }

        Assert.Equal(1, telemetry["breaker:Open"]);
        Assert.Equal(5, telemetry["call:5xx"]);
    }
}
