using System.Net;
using ArubaNoc.Simulator.Tests.TestSupport;

namespace ArubaNoc.Simulator.Tests.Endpoints;

public sealed class QueryValidationTests
{
    private const string M = "/network-monitoring/v1";

    public static TheoryData<string, string> Rejected => new()
    {
        { M + "/devices?end=1", "Unknown query parameter: end" },
        { M + "/devices?topN=5", "Query parameter must be in kebab-case: topN" },
        { M + "/clients?site_id=1", "Query parameter must be in kebab-case: site_id" },
        { M + "/top-aps-by-wireless-usage?time-range=3H", "Unknown query parameter: time-range" },
        { M + "/tenant-device-health?filter=x", "Unknown query parameter: filter" },
        { M + "/devices?limit=1001", "Invalid value for query parameter limit: must be between 0 and 1000" },
        { M + "/clients?limit=0", "Invalid value for query parameter limit: must be between 1 and 1000" },
        { M + "/devices?next=0", "Invalid value for query parameter next: must be between 1 and 2147483647" },
        { M + "/devices?next=abc", "Invalid value for query parameter next: must be an integer" },
        { M + "/device-inventory?site-assigned=YES", "Invalid value for query parameter site-assigned: must be one of ASSIGNED, UNASSIGNED" },
        { M + "/devices?filter=status%20eq%20'ONLINE'%20or%20model%20eq%20'x'", "Invalid filter: expected 'and' at position 19, found 'or'" },
        { M + "/devices?filter=status%20ne%20'ONLINE'", "Invalid filter: unsupported operator 'ne' after field 'status'" },
        { M + "/devices?filter=status%20eq%20'ONLINE", "Invalid filter: unterminated string value" },
        { M + "/devices?filter=macAddress%20eq%20'aa'", "Invalid filter: field 'macAddress' is not supported; supported fields are siteId, siteName, serialNumber, deviceName, deviceType, status, model, firmwareVersion, deployment, clusterName" },
        { M + "/devices?sort=status", "Invalid sort: 'status'; supported fields are siteId, siteName, serialNumber, deviceName, deployment, model with asc or desc" },
        { M + "/devices?sort=model%20up", "Invalid sort direction 'up'; use asc or desc" },
        { "/network-notifications/v1/alerts/classification", "Missing required query parameter: type" },
        { "/network-monitoring/v1alpha1/threats?limit=10", "Missing required query parameter: start-time" },
    };

    [Theory]
    [MemberData(nameof(Rejected))]
    public async Task Request_IsRejectedWithCentralErrorBody(string path, string message)
    {
        using var harness = new SimulatorHarness();

        var (status, body, _) = await harness.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(message, body!["message"]!.GetValue<string>());
        Assert.StartsWith("HPE_GL_", body["errorCode"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(body["debugId"]!.GetValue<string>()));
        Assert.Equal(400, body["httpStatusCode"]!.GetValue<int>());
    }

    [Fact]
    public async Task Filter_LongerThan256IsRejected()
    {
        using var harness = new SimulatorHarness();
        var value = new string('a', 250);

        var (status, body, _) = await harness.GetAsync($"{M}/devices?filter=siteName%20eq%20'{value}'");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("Invalid value for query parameter filter: must be at most 256 characters", body!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task UnknownSerial_Is404()
    {
        using var harness = new SimulatorHarness();

        var (status, body, _) = await harness.GetAsync(M + "/aps/NOSUCHAP");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("HPE_GL_ERROR_NOT_FOUND", body!["errorCode"]!.GetValue<string>());
        Assert.NotNull(body["debugId"]);
    }

    [Fact]
    public async Task StatusCodeAsString_QuotesErrorStatus()
    {
        using var harness = new SimulatorHarness(options: new SimulatorOptions { StatusCodeAsString = true });

        var (status, body, _) = await harness.GetAsync(M + "/aps/NOSUCHAP");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("404", body!["httpStatusCode"]!.GetValue<string>());
        Assert.Equal("HPE_GL_ERROR_NOT_FOUND", body["errorCode"]!.GetValue<string>());
    }

    [Fact]
    public async Task UnknownWlan_HasWlanErrorCode()
    {
        using var harness = new SimulatorHarness();

        var (status, body, _) = await harness.GetAsync(M + "/wlans/nope");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("HPE_GL_NETWORK_MONITORING_WLAN_NOT_FOUND", body!["errorCode"]!.GetValue<string>());
    }

    [Fact]
    public async Task UnknownPath_Is404()
    {
        using var harness = new SimulatorHarness();

        var (status, _, _) = await harness.GetAsync(M + "/no-such-thing");

        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    [Fact]
    public async Task WrongMethod_Is405()
    {
        using var harness = new SimulatorHarness();

        using var response = await harness.Client.DeleteAsync(new Uri(M + "/devices", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task EveryResponse_CarriesRateLimitHeaders()
    {
        using var harness = new SimulatorHarness();
        using var anonymous = new HttpClient(harness.Handler, disposeHandler: false) { BaseAddress = SimulatorHarness.BaseAddress };

        var (_, _, ok) = await harness.GetAsync(M + "/devices?limit=1");
        var (_, _, bad) = await harness.GetAsync(M + "/devices?end=1");
        using var unauthorized = await anonymous.GetAsync(new Uri(M + "/devices", UriKind.Relative), TestContext.Current.CancellationToken);

        foreach (var response in new[] { ok, bad, unauthorized })
        {
            Assert.Equal("5000", Assert.Single(response.Headers.GetValues("X-RateLimit-Limit")));
            Assert.True(int.Parse(Assert.Single(response.Headers.GetValues("X-RateLimit-Remaining")), System.Globalization.CultureInfo.InvariantCulture) < 5000);
            var reset = DateTimeOffset.Parse(Assert.Single(response.Headers.GetValues("X-RateLimit-Reset")), System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(SimulatedTenantTime.NextHour, reset);
        }
    }
}

/// <summary>Times the fake clock of <see cref="SimulatorHarness"/> starts from.</summary>
internal static class SimulatedTenantTime
{
    public static DateTimeOffset NextHour => ArubaNoc.Simulator.Tenant.SimulatedTenant.DefaultReferenceTime.AddHours(1);
}
