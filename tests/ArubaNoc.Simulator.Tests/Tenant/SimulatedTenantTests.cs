using ArubaNoc.Simulator.Tenant;
using ArubaNoc.Simulator.Tests.TestSupport;

namespace ArubaNoc.Simulator.Tests.Tenant;

public sealed class SimulatedTenantTests
{
    private static readonly string[] DeterminismPaths =
    [
        "/network-monitoring/v1/devices?limit=50&next=2",
        "/network-monitoring/v1/clients?limit=200&sort=clientName%20desc",
        "/network-monitoring/v1/sites-health",
        "/network-monitoring/v1/aps/{ap}",
        "/network-monitoring/v1/aps/{ap}/radios",
        "/network-monitoring/v1/aps/{ap}/cpu-utilization-trends",
        "/network-monitoring/v1/clients-trend",
        "/network-monitoring/v1/top-aps-by-wireless-usage",
        "/network-monitoring/v1/clients-topn-usage?limit=20",
        "/network-notifications/v1/alerts?limit=100",
        "/network-monitoring/v1alpha1/threats?start-time=1782302400000&limit=100",
        "/network-monitoring/v1/devices?topN=1",
    ];

    [Fact]
    public void Default_HasSitesWithHardNames()
    {
        var names = SimulatorHarness.DefaultTenant.Sites.Select(s => s.Name).ToList();

        Assert.Contains("O'Hare, Bldg 2", names);
        Assert.Contains("Zürich–Süd 🚀", names);
        Assert.Contains("東京 本社", names);
        Assert.Contains(null, names);
        Assert.True(names.Count >= 6);
    }

    [Fact]
    public void Default_HasDevicesOfEveryKind()
    {
        var tenant = SimulatorHarness.DefaultTenant;
        var aps = tenant.Devices.Count(d => d.DeviceType == "ACCESS_POINT" && d.IsMonitored);

        Assert.InRange(aps, 200, 400);
        Assert.Contains(tenant.Devices, d => d.DeviceType == "SWITCH" && d.StackId == "01000c97-5f80e1c0");
        Assert.Equal(2, tenant.ClusterNames.Count);
        Assert.Contains(tenant.ClusterNames, n => n.Contains(' ', StringComparison.Ordinal));
        Assert.All(tenant.StackIds, id => Assert.Equal(17, id.Length));
        Assert.Contains(tenant.Devices, d => !d.IsOnline && d.DeviceType == "ACCESS_POINT");
        Assert.Contains(tenant.Devices, d => !d.IsMonitored);
        Assert.All(tenant.Devices, d => Assert.InRange(d.SerialNumber.Length, 1, 16));
    }

    [Fact]
    public void Default_HasClientsOfEveryStatusAndType()
    {
        var clients = SimulatorHarness.DefaultTenant.Clients;

        Assert.InRange(clients.Count, 2000, 5000);
        foreach (var status in new[] { "Connected", "Failed", "Connecting", "Disconnected", "Blocked" })
        {
            Assert.Contains(clients, c => c.Status == status);
        }

        Assert.Contains(clients, c => c.ConnectionType == "Wired");
        Assert.Contains(clients, c => c.ConnectionType == "Wireless");
        Assert.Equal(clients.Count, clients.Select(c => c.MacAddress).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task SameSeed_GivesByteIdenticalResponses()
    {
        using var first = new SimulatorHarness(SimulatedTenant.CreateDefault(seed: 7));
        using var second = new SimulatorHarness(SimulatedTenant.CreateDefault(seed: 7));
        var ap = first.Handler.Tenant.Devices.First(d => d.DeviceType == "ACCESS_POINT").SerialNumber;

        foreach (var path in DeterminismPaths.Select(p => p.Replace("{ap}", ap, StringComparison.Ordinal)))
        {
            var a = await first.GetBytesAsync(path);
            var b = await second.GetBytesAsync(path);

            Assert.True(a.AsSpan().SequenceEqual(b), $"Responses differ for {path}");
        }
    }

    [Fact]
    public async Task DifferentSeed_GivesDifferentData()
    {
        using var first = new SimulatorHarness(SimulatedTenant.CreateDefault(seed: 7));
        using var second = new SimulatorHarness(SimulatedTenant.CreateDefault(seed: 8));

        var a = await first.GetBytesAsync("/network-monitoring/v1/devices?limit=20");
        var b = await second.GetBytesAsync("/network-monitoring/v1/devices?limit=20");

        Assert.False(a.AsSpan().SequenceEqual(b));
    }

    [Fact]
    public void Builder_BuildsExactlyTheRequestedClients()
    {
        var tenant = SimulatedTenant.CreateBuilder(seed: 3)
            .AddSite("100", "Paging Site")
            .AddAccessPoints("100", 5)
            .AddClients("100", 250)
            .AddClients("100", 7, "Failed")
            .Build();

        Assert.Equal(250, tenant.Clients.Count(c => c.Status == "Connected"));
        Assert.Equal(7, tenant.Clients.Count(c => c.Status == "Failed"));
        Assert.All(tenant.Clients, c => Assert.Equal("100", c.SiteId));
    }

    [Fact]
    public void Builder_RejectsUnknownSite()
    {
        var builder = SimulatedTenant.CreateBuilder();

        Assert.Throws<ArgumentException>(() => builder.AddAccessPoints("404", 1));
    }

    [Fact]
    public void DemoHandler_DatesDataFromItsClock()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2027, 3, 4, 5, 6, 7, TimeSpan.Zero));

        using var handler = new SimulatorHandler(options: new SimulatorOptions { TimeProvider = clock });

        Assert.Equal(new DateTimeOffset(2027, 3, 4, 5, 6, 0, TimeSpan.Zero), handler.Tenant.ReferenceTime);
        Assert.Equal(SimulatedTenant.DefaultSeed, handler.Tenant.Seed);
    }
}
