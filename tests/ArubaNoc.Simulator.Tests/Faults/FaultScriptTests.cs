using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using ArubaNoc.Simulator.Faults;
using ArubaNoc.Simulator.Tests.TestSupport;

namespace ArubaNoc.Simulator.Tests.Faults;

public sealed class FaultScriptTests
{
    private const string Devices = "/network-monitoring/v1/devices";

    [Fact]
    public async Task RateLimitedUntilReset_OmitsRetryAfter()
    {
        using var harness = new SimulatorHarness();
        harness.Handler.Faults.Arm(FaultScript.RateLimitedUntilReset(TimeSpan.FromSeconds(3)), Devices, times: 1);

        var (status, body, response) = await harness.GetAsync(Devices + "?limit=1");
        var (after, _, _) = await harness.GetAsync(Devices + "?limit=1");

        Assert.Equal(HttpStatusCode.TooManyRequests, status);
        Assert.Equal("HPE_GL_ERROR_TOO_MANY_REQUESTS", body!["errorCode"]!.GetValue<string>());
        Assert.False(response.Headers.Contains("Retry-After"));
        Assert.Equal("0", Assert.Single(response.Headers.GetValues("X-RateLimit-Remaining")));
        var reset = DateTimeOffset.Parse(Assert.Single(response.Headers.GetValues("X-RateLimit-Reset")), CultureInfo.InvariantCulture);
        Assert.Equal(harness.Time.GetUtcNow().AddSeconds(3), reset);
        Assert.Equal(HttpStatusCode.OK, after);
    }

    [Fact]
    public async Task RateLimitedRetryAfter_SendsSeconds()
    {
        using var harness = new SimulatorHarness();
        harness.Handler.Faults.Arm(FaultScript.RateLimitedRetryAfter(7), Devices);

        var (status, _, response) = await harness.GetAsync(Devices);

        Assert.Equal(HttpStatusCode.TooManyRequests, status);
        Assert.Equal(TimeSpan.FromSeconds(7), response.Headers.RetryAfter!.Delta);
    }

    [Fact]
    public async Task RateLimitedRetryAfter_CanSendHttpDate()
    {
        using var harness = new SimulatorHarness();
        harness.Handler.Faults.Arm(FaultScript.RateLimitedRetryAfter(12, asHttpDate: true), Devices);

        var (_, _, response) = await harness.GetAsync(Devices);

        Assert.Equal(harness.Time.GetUtcNow().AddSeconds(12), response.Headers.RetryAfter!.Date);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task ServerErrorBurst_LastsArmedCount(int code)
    {
        using var harness = new SimulatorHarness();
        harness.Handler.Faults.Arm(FaultScript.ServerError(code), Devices, times: 3);

        var statuses = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((int)(await harness.GetAsync(Devices + "?limit=1")).Status);
        }

        Assert.Equal([code, code, code, 200], statuses);
    }

    [Fact]
    public async Task Skip_LetsRequestsPassFirst()
    {
        using var harness = new SimulatorHarness();
        var armed = harness.Handler.Faults.Arm(FaultScript.ServerError(), Devices, times: 1, skip: 2);

        var statuses = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((int)(await harness.GetAsync(Devices + "?limit=1")).Status);
        }

        Assert.Equal([200, 200, 503, 200], statuses);
        Assert.Equal(1, armed.HitCount);
        Assert.False(armed.IsActive);
    }

    [Fact]
    public async Task Disarm_StopsFault()
    {
        using var harness = new SimulatorHarness();
        var armed = harness.Handler.Faults.Arm(FaultScript.Forbidden());

        var (before, body, _) = await harness.GetAsync(Devices);
        armed.Disarm();
        var (after, _, _) = await harness.GetAsync(Devices);

        Assert.Equal(HttpStatusCode.Forbidden, before);
        Assert.Equal("HPE_GL_ERROR_FORBIDDEN", body!["errorCode"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, after);
    }

    [Fact]
    public async Task TemplatePath_MatchesAnySerial()
    {
        using var harness = new SimulatorHarness();
        var serial = harness.Handler.Tenant.Devices.First(d => d.DeviceType == "ACCESS_POINT").SerialNumber;
        harness.Handler.Faults.Arm(FaultScript.Unauthorized(), "/network-monitoring/v1/aps/{serial-number}");

        var (ap, _, _) = await harness.GetAsync("/network-monitoring/v1/aps/" + serial);
        var (radios, _, _) = await harness.GetAsync($"/network-monitoring/v1/aps/{serial}/radios");

        Assert.Equal(HttpStatusCode.Unauthorized, ap);
        Assert.Equal(HttpStatusCode.OK, radios);
    }

    [Fact]
    public async Task ExpiredTokenBadRequest_HasIamCode()
    {
        using var harness = new SimulatorHarness();
        harness.Handler.Faults.Arm(FaultScript.ExpiredTokenBadRequest(), times: 1);

        var (status, body, _) = await harness.GetAsync(Devices);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("HPE_GL_IAM_EXPIRED_TOKEN", body!["errorCode"]!.GetValue<string>());
    }

    [Fact]
    public async Task ExpireToken_MidPaginationNeedsNewToken()
    {
        using var harness = new SimulatorHarness();
        harness.Handler.Faults.Arm(FaultScript.ExpireToken(), "/network-monitoring/v1/clients", times: 1, skip: 1);

        var (first, _, _) = await harness.GetAsync("/network-monitoring/v1/clients?limit=100");
        var (second, body, _) = await harness.GetAsync("/network-monitoring/v1/clients?limit=100&next=2");
        var (third, _, _) = await harness.GetAsync("/network-monitoring/v1/clients?limit=100&next=2");
        harness.Client.DefaultRequestHeaders.Authorization = new("Bearer", harness.Handler.IssueToken());
        var (renewed, _, _) = await harness.GetAsync("/network-monitoring/v1/clients?limit=100&next=2");

        Assert.Equal(HttpStatusCode.OK, first);
        Assert.Equal(HttpStatusCode.Unauthorized, second);
        Assert.Equal("Unauthorized: the access token has expired.", body!["message"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Unauthorized, third);
        Assert.Equal(HttpStatusCode.OK, renewed);
    }

    [Fact]
    public async Task InvalidClient_OnTokenEndpoint()
    {
        using var harness = new SimulatorHarness();
        harness.Handler.Faults.Arm(FaultScript.InvalidClient(), SimulatorCredentials.TokenPath);
        using var form = new FormUrlEncodedContent(
        [
            new("grant_type", "client_credentials"), new("client_id", SimulatorCredentials.ClientId), new("client_secret", SimulatorCredentials.ClientSecret),
        ]);

        using var response = await harness.Client.PostAsync(new Uri(SimulatorCredentials.TokenPath, UriKind.Relative), form, TestContext.Current.CancellationToken);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("invalid_client", body!["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task MalformedJson_DoesNotParse()
    {
        using var harness = new SimulatorHarness();
        harness.Handler.Faults.Arm(FaultScript.MalformedJson(), Devices);

        var bytes = await harness.GetBytesAsync(Devices);

        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(bytes));
    }

    [Fact]
    public async Task TruncatedJson_IsPrefixOfNormalBody()
    {
        using var harness = new SimulatorHarness();
        var normal = await harness.GetBytesAsync(Devices + "?limit=5");
        harness.Handler.Faults.Arm(FaultScript.TruncatedJson(), Devices);

        var truncated = await harness.GetBytesAsync(Devices + "?limit=5");

        Assert.True(truncated.Length < normal.Length);
        Assert.True(normal.AsSpan().StartsWith(truncated));
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(truncated));
    }

    [Fact]
    public async Task HtmlErrorPage_IsNotJson()
    {
        using var harness = new SimulatorHarness();
        harness.Handler.Faults.Arm(FaultScript.HtmlErrorPage(502), Devices);

        using var response = await harness.Client.GetAsync(new Uri(Devices, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.True(response.Headers.Contains("X-RateLimit-Limit"));
    }

    [Fact]
    public async Task EndlessCursor_KeepsGivingNext()
    {
        using var harness = new SimulatorHarness();
        harness.Handler.Faults.Arm(FaultScript.EndlessCursor(), "/network-monitoring/v1/wlans");

        var (_, past, _) = await harness.GetAsync("/network-monitoring/v1/wlans?limit=1000&next=5");

        Assert.Empty(past!["items"]!.AsArray());
        Assert.Equal("6", past["next"]!.GetValue<string>());
    }

    [Fact]
    public async Task EndlessCursor_CanRepeatSameCursor()
    {
        using var harness = new SimulatorHarness();
        harness.Handler.Faults.Arm(FaultScript.EndlessCursor(repeatSameCursor: true), Devices);

        var (_, body, _) = await harness.GetAsync(Devices + "?limit=10&next=3");

        Assert.Equal("3", body!["next"]!.GetValue<string>());
    }

    [Fact]
    public async Task OversizedPage_IgnoresLimit()
    {
        using var harness = new SimulatorHarness();
        harness.Handler.Faults.Arm(FaultScript.OversizedPage(1500), "/network-monitoring/v1/clients");

        var (_, body, _) = await harness.GetAsync("/network-monitoring/v1/clients?limit=100");

        Assert.Equal(1500, body!["items"]!.AsArray().Count);
    }

    [Fact]
    public async Task Latency_WaitsOnSimulatedClock()
    {
        using var harness = new SimulatorHarness();
        harness.Handler.Faults.Arm(FaultScript.Latency(TimeSpan.FromSeconds(30)), Devices, times: 1);

        var pending = harness.Client.GetAsync(new Uri(Devices + "?limit=1", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.False(pending.IsCompleted);
        harness.Time.Advance(TimeSpan.FromSeconds(30));
        using var response = await pending;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(harness.Time.GetUtcNow().AddSeconds(-30), harness.Handler.RequestLog.Snapshot()[0].ReceivedAt);
    }

    [Fact]
    public async Task Latency_CancelledRequestIsLoggedAsAborted()
    {
        using var harness = new SimulatorHarness();
        harness.Handler.Faults.Arm(FaultScript.Latency(TimeSpan.FromSeconds(30)), Devices);
        using var cancellation = new CancellationTokenSource();

        var pending = harness.Client.GetAsync(new Uri(Devices, UriKind.Relative), cancellation.Token);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pending);
        var entry = Assert.Single(harness.Handler.RequestLog.Snapshot());
        Assert.True(entry.Aborted);
        Assert.Equal(0, entry.StatusCode);
    }

    [Fact]
    public async Task SameScriptAndRequests_GiveSameBytes()
    {
        async Task<List<byte[]>> RunAsync()
        {
            using var harness = new SimulatorHarness();
            harness.Handler.Faults.Arm(FaultScript.ServerError(502), Devices, times: 2, skip: 1);
            harness.Handler.Faults.Arm(FaultScript.TruncatedJson(), "/network-monitoring/v1/clients", times: 1);
            var bodies = new List<byte[]>();
            foreach (var path in new[] { Devices, Devices, Devices, Devices, "/network-monitoring/v1/clients?limit=3" })
            {
                bodies.Add(await harness.GetBytesAsync(path));
            }

            return bodies;
        }

        var first = await RunAsync();
        var second = await RunAsync();

        Assert.Equal(first.Count, second.Count);
        for (var i = 0; i < first.Count; i++)
        {
            Assert.True(first[i].AsSpan().SequenceEqual(second[i]), $"Response {i} differs");
        }
    }

    [Fact]
    public void ServerError_RejectsOtherStatus()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => FaultScript.ServerError(501));
    }

    [Fact]
    public async Task NotFound_ModelsTenantWithoutAlphaPath()
    {
        using var harness = new SimulatorHarness();
        harness.Handler.Faults.Arm(FaultScript.NotFound(), "/network-monitoring/v1alpha1/threats");

        var (status, body, _) = await harness.GetAsync("/network-monitoring/v1alpha1/threats?start-time=1782302400000");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("HPE_GL_ERROR_NOT_FOUND", body!["errorCode"]!.GetValue<string>());
    }

    [Fact]
    public async Task ConcurrentRequests_AreAllServedAndLogged()
    {
        using var harness = new SimulatorHarness();
        harness.Handler.Faults.Arm(FaultScript.ServerError(), Devices, times: 10);

        var statuses = await Task.WhenAll(Enumerable.Range(0, 64).Select(async _ => (int)(await harness.GetAsync(Devices + "?limit=5")).Status));

        Assert.Equal(10, statuses.Count(s => s == 503));
        Assert.Equal(54, statuses.Count(s => s == 200));
        Assert.Equal(64, harness.Handler.RequestLog.Count);
    }

    [Fact]
    public async Task TruncatedJson_AppliesToTokenEndpoint()
    {
        using var harness = new SimulatorHarness(authorize: false);
        harness.Handler.Faults.Arm(FaultScript.TruncatedJson(), SimulatorCredentials.TokenPath, times: 1);
        using var form = new FormUrlEncodedContent(
        [
            new("grant_type", "client_credentials"), new("client_id", SimulatorCredentials.ClientId), new("client_secret", SimulatorCredentials.ClientSecret),
        ]);

        using var response = await harness.Client.PostAsync(new Uri(SimulatorCredentials.TokenPath, UriKind.Relative), form, TestContext.Current.CancellationToken);
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(bytes));
    }
}
