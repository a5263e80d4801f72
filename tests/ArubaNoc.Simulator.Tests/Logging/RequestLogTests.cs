using System.Net.Http.Headers;
using ArubaNoc.Simulator.Tests.TestSupport;

namespace ArubaNoc.Simulator.Tests.Logging;

public sealed class RequestLogTests
{
    [Fact]
    public async Task Entry_RecordsDecodedQueryAndRawPath()
    {
        using var harness = new SimulatorHarness();
        var filter = Uri.EscapeDataString("siteName eq 'O''Hare, Bldg 2'");

        await harness.GetAsync($"/network-monitoring/v1/sites-health?filter={filter}&limit=1");
        await harness.GetAsync("/network-monitoring/v1/wlans/" + Uri.EscapeDataString("Café–Gäste"));

        var entries = harness.Handler.RequestLog.Snapshot();
        Assert.Equal(2, entries.Count);
        Assert.Equal("GET", entries[0].Method);
        Assert.Equal("/network-monitoring/v1/sites-health", entries[0].Path);
        Assert.Equal(["filter", "limit"], entries[0].QueryKeys());
        Assert.Equal("siteName eq 'O''Hare, Bldg 2'", entries[0].QueryValue("filter"));
        Assert.Equal(200, entries[0].StatusCode);
        Assert.Equal("/network-monitoring/v1/wlans/Caf%C3%A9%E2%80%93G%C3%A4ste", entries[1].Path);
        Assert.Equal("/network-monitoring/v1/wlans/{wlan-name}", entries[1].RouteTemplate);
    }

    [Fact]
    public async Task Entry_NeverHoldsAuthorizationValue()
    {
        using var harness = new SimulatorHarness(authorize: false);
        var token = harness.Handler.IssueToken();
        harness.Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        await harness.GetAsync("/network-monitoring/v1/devices?limit=1");

        var entry = Assert.Single(harness.Handler.RequestLog.Snapshot());
        Assert.True(entry.HadAuthorization);
        Assert.DoesNotContain(token, entry.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(entry.Query, pair => pair.Value.Contains(token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TokenRequest_BodyIsRecordedWithoutHeaderValue()
    {
        using var harness = new SimulatorHarness(authorize: false);
        using var form = new FormUrlEncodedContent([new("grant_type", "client_credentials"), new("client_id", "x"), new("client_secret", "y")]);

        using var _ = await harness.Client.PostAsync(new Uri("/as/token.oauth2", UriKind.Relative), form, TestContext.Current.CancellationToken);

        var entry = Assert.Single(harness.Handler.RequestLog.Snapshot());
        Assert.Equal("/as/token.oauth2", entry.RouteTemplate);
        Assert.False(entry.HadAuthorization);
        Assert.Equal(401, entry.StatusCode);
        Assert.Contains("grant_type=client_credentials", entry.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Counts_ArePerPathAndPerRoute()
    {
        using var harness = new SimulatorHarness();
        var aps = harness.Handler.Tenant.Devices.Where(d => d.DeviceType == "ACCESS_POINT").Take(3).ToList();

        foreach (var ap in aps)
        {
            await harness.GetAsync("/network-monitoring/v1/aps/" + ap.SerialNumber);
        }

        await harness.GetAsync("/network-monitoring/v1/aps/" + aps[0].SerialNumber);

        var log = harness.Handler.RequestLog;
        Assert.Equal(4, log.CountRoute("/network-monitoring/v1/aps/{serial-number}"));
        Assert.Equal(2, log.CountPath("/network-monitoring/v1/aps/" + aps[0].SerialNumber));
        Assert.Equal(3, log.CountsByPath().Count);
        Assert.Equal(0, log.CountRoute("/network-monitoring/v1/clients"));
    }

    [Fact]
    public async Task Clear_EmptiesLog()
    {
        using var harness = new SimulatorHarness();
        await harness.GetAsync("/network-monitoring/v1/devices?limit=1");

        harness.Handler.RequestLog.Clear();

        Assert.Equal(0, harness.Handler.RequestLog.Count);
    }
}
