using System.Net;
using ArubaNoc.Simulator.Tenant;
using ArubaNoc.Simulator.Tests.TestSupport;

namespace ArubaNoc.Simulator.Tests.Endpoints;

public sealed class PaginationTests
{
    private const string M = "/network-monitoring/v1";

    public static TheoryData<string, string, string> CursorLists => new()
    {
        { M + "/devices?limit=37", "items", "serialNumber" },
        { M + "/device-inventory?limit=41", "items", "serialNumber" },
        { M + "/gateways?limit=2", "items", "serialNumber" },
        { M + "/clients?limit=333", "items", "macAddress" },
        { M + "/clients?limit=97&filter=status%20in%20('Failed','Blocked','Disconnected','Connecting')", "items", "macAddress" },
        { "/network-services/v1/firmware-details?limit=55", "items", "serialNumber" },
        { M + "/wlans?limit=2", "items", "wlanName" },
        { M + "/clusters/HQ%20Cluster/members?limit=1", "items", "serialNumber" },
        { M + "/clusters/HQ%20Cluster/tunnels?limit=4", "items", "id" },
        { "/network-notifications/v1/alerts?limit=7", "items", "id" },
        { "/network-troubleshooting/v1/events?context-type=SITE&context-identifier=2778382&site-id=2778382&start-at=2026-06-30T12:00:00.000Z&end-at=2026-07-01T12:00:00.000Z&limit=13", "events", "eventIdentifier" },
    };

    [Theory]
    [MemberData(nameof(CursorLists))]
    public async Task CursorWalk_ReturnsTotalItemsOnce(string path, string listKey, string idField)
    {
        using var harness = new SimulatorHarness();

        var (items, total, _) = await Pages.WalkCursorAsync(harness, path, listKey);

        Assert.True(total > 0);
        Assert.Equal(total, items.Count);
        Assert.Equal(total, items.Select(i => i[idField]!.ToString()).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task SitesHealth_OffsetWalkReturnsEverySiteOnce()
    {
        using var harness = new SimulatorHarness();
        var ids = new List<string>();
        var offset = 0;
        int total;
        do
        {
            var (_, body, _) = await harness.GetAsync($"{M}/sites-health?limit=2&offset={offset}");
            Assert.Equal(offset, body!["offset"]!.GetValue<int>());
            total = body["total"]!.GetValue<int>();
            var page = body["items"]!.AsArray();
            ids.AddRange(page.Select(i => i!["id"]!.GetValue<string>()));
            offset += page.Count;
        }
        while (offset < total);

        Assert.Equal(harness.Handler.Tenant.Sites.Count, total);
        Assert.Equal(total, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task Interfaces_ResponseOffsetIsNextOffsetThenNull()
    {
        using var harness = new SimulatorHarness();
        var serial = harness.Handler.Tenant.Devices.First(d => d.DeviceType == "SWITCH" && d.StackId is null).SerialNumber;
        var names = new List<string>();
        string? offset = "0";
        var total = 0;
        while (offset is not null)
        {
            var (_, body, _) = await harness.GetAsync($"{M}/switches/{serial}/interfaces?limit=10&offset={offset}");
            total = body!["total"]!.GetValue<int>();
            names.AddRange(body["items"]!.AsArray().Select(i => i!["name"]!.GetValue<string>()));
            offset = body["offset"]?.GetValue<string>();
        }

        Assert.Equal(total, names.Count);
        Assert.Equal(total, names.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task Threats_OffsetWalkReturnsTotal()
    {
        using var harness = new SimulatorHarness();
        var ids = new List<string>();
        var offset = 0;
        int total;
        do
        {
            var (status, body, _) = await harness.GetAsync($"/network-monitoring/v1alpha1/threats?start-time=1782302400000&limit=50&offset={offset}");
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal(offset, body!["offset"]!.GetValue<int>());
            total = body["total"]!.GetValue<int>();
            var page = body["items"]!.AsArray();
            ids.AddRange(page.Select(i => i!["id"]!.GetValue<string>()));
            offset += page.Count;
        }
        while (offset < total);

        Assert.True(total > 0);
        Assert.Equal(total, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task Threats_CarryDeprecationHeaders()
    {
        using var harness = new SimulatorHarness();

        var (_, _, response) = await harness.GetAsync("/network-monitoring/v1alpha1/threats?start-time=1782302400000&limit=1");

        Assert.True(response.Headers.Contains("Deprecation"));
        Assert.True(response.Headers.Contains("Sunset"));
    }

    [Fact]
    public async Task Clients_250ConnectedIn3PagesOf100()
    {
        var tenant = SimulatedTenant.CreateBuilder().AddSite("1", "S").AddAccessPoints("1", 3).AddClients("1", 250).AddClients("1", 30, "Failed").Build();
        using var harness = new SimulatorHarness(tenant);

        var (items, total, requests) = await Pages.WalkCursorAsync(harness, M + "/clients?site-id=1&limit=100");

        Assert.Equal(250, total);
        Assert.Equal(3, requests);
        Assert.Equal(250, items.Select(i => i["macAddress"]!.GetValue<string>()).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task Clients_IgnoreOffset()
    {
        using var harness = new SimulatorHarness();

        var first = await harness.GetBytesAsync(M + "/clients?limit=10");
        var withOffset = await harness.GetBytesAsync(M + "/clients?limit=10&offset=10");

        Assert.True(first.AsSpan().SequenceEqual(withOffset));
    }

    [Fact]
    public async Task Clients_DefaultToConnectedUnlessStatusFiltered()
    {
        using var harness = new SimulatorHarness();
        var clients = harness.Handler.Tenant.Clients;

        var (_, connected, _) = await harness.GetAsync(M + "/clients?limit=1&filter=clientConnectionType%20eq%20'Wired'");
        var (_, failed, _) = await harness.GetAsync(M + "/clients?limit=1&filter=status%20eq%20'Failed'");

        Assert.Equal(clients.Count(c => c.Status == "Connected" && c.ConnectionType == "Wired"), connected!["total"]!.GetValue<int>());
        Assert.Equal(clients.Count(c => c.Status == "Failed"), failed!["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task Clients_5000InFivePages()
    {
        var tenant = SimulatedTenant.CreateBuilder().AddSite("1", "Big").AddAccessPoints("1", 40).AddClients("1", 5000).Build();
        using var harness = new SimulatorHarness(tenant);

        var (items, total, requests) = await Pages.WalkCursorAsync(harness, M + "/clients?limit=1000");

        Assert.Equal(5000, total);
        Assert.Equal(5, requests);
        Assert.Equal(5000, items.Count);
    }

    [Fact]
    public async Task NextAsInteger_SendsNumber()
    {
        using var harness = new SimulatorHarness(options: new SimulatorOptions { NextAsInteger = true });

        var (_, body, _) = await harness.GetAsync(M + "/devices?limit=10");

        Assert.Equal(System.Text.Json.JsonValueKind.Number, body!["next"]!.GetValueKind());
        Assert.Equal(2, body["next"]!.GetValue<int>());
    }

    [Fact]
    public async Task LastPage_HasNullNext()
    {
        using var harness = new SimulatorHarness();

        var (_, body, _) = await harness.GetAsync(M + "/wlans?limit=1000");

        Assert.Null(body!["next"]);
        Assert.True(body.AsObject().ContainsKey("next"));
    }

    [Fact]
    public async Task Sort_OrdersDescending()
    {
        using var harness = new SimulatorHarness();

        var (_, body, _) = await harness.GetAsync(M + "/devices?limit=1000&sort=deviceName%20desc");
        var names = body!["items"]!.AsArray().Select(i => i!["deviceName"]!.GetValue<string>()).ToList();

        Assert.Equal(names.OrderByDescending(n => n, StringComparer.OrdinalIgnoreCase).ThenByDescending(n => n, StringComparer.Ordinal), names);
    }

    [Fact]
    public async Task Filter_QuotedNameWithCommaAndApostrophe()
    {
        using var harness = new SimulatorHarness();
        var filter = Uri.EscapeDataString("siteName eq 'O''Hare, Bldg 2'");

        var (_, body, _) = await harness.GetAsync($"{M}/sites-health?filter={filter}");

        var item = Assert.Single(body!["items"]!.AsArray());
        Assert.Equal("O'Hare, Bldg 2", item!["siteName"]!.GetValue<string>());
    }

    [Fact]
    public async Task Filter_UnicodeDeviceName()
    {
        using var harness = new SimulatorHarness();
        var filter = Uri.EscapeDataString("deviceName eq 'Zürich–Süd 🚀'");

        var (_, body, _) = await harness.GetAsync($"{M}/devices?filter={filter}");

        var item = Assert.Single(body!["items"]!.AsArray());
        Assert.Equal("Zürich–Süd 🚀", item!["deviceName"]!.GetValue<string>());
    }

    [Fact]
    public async Task Filter_InMatchesAnyValue()
    {
        using var harness = new SimulatorHarness();
        var expected = harness.Handler.Tenant.Devices.Count(d => d.IsMonitored && d.DeviceType is "SWITCH" or "GATEWAY" && d.ClusterName != "ord-cluster-2");

        var (_, body, _) = await harness.GetAsync(M + "/devices?limit=1&filter=" + Uri.EscapeDataString("deviceType in ('SWITCH', 'GATEWAY')"));

        Assert.Equal(expected, body!["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task Gateways_MissingFromDevicesAreListedUnderGateways()
    {
        using var harness = new SimulatorHarness();

        var (_, devices, _) = await harness.GetAsync(M + "/devices?limit=1&filter=" + Uri.EscapeDataString("clusterName eq 'ord-cluster-2'"));
        var (_, gateways, _) = await harness.GetAsync(M + "/gateways?limit=1&filter=" + Uri.EscapeDataString("clusterName eq 'ord-cluster-2'"));

        Assert.Equal(0, devices!["total"]!.GetValue<int>());
        Assert.Equal(2, gateways!["total"]!.GetValue<int>());
        Assert.Equal("Online", gateways["items"]![0]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task LimitZero_ReturnsTotalOnly()
    {
        using var harness = new SimulatorHarness();

        var (_, body, _) = await harness.GetAsync(M + "/devices?limit=0");

        Assert.Empty(body!["items"]!.AsArray());
        Assert.True(body["total"]!.GetValue<int>() > 0);
        Assert.Null(body["next"]);
    }

    [Fact]
    public async Task Events_UnknownContextIs404()
    {
        using var harness = new SimulatorHarness();

        var (status, body, _) = await harness.GetAsync("/network-troubleshooting/v1/events?context-type=WIRELESS_CLIENT&context-identifier=00:00:00:00:00:00&site-id=2778382&start-at=2026-06-30T12:00:00.000Z&end-at=2026-07-01T12:00:00.000Z&limit=10");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.NotNull(body!["debugId"]);
    }

    [Fact]
    public async Task Wlan_NameWithSpaceAndUnicodeIsFound()
    {
        using var harness = new SimulatorHarness();

        var (status, body, _) = await harness.GetAsync(M + "/wlans/" + Uri.EscapeDataString("Café–Gäste"));
        var (spaced, _, _) = await harness.GetAsync(M + "/wlans/IoT%20devices");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Café–Gäste", body!["wlanName"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, spaced);
    }
}
