namespace ArubaNoc.Simulator.Tenant;

/// <summary>
/// A simulated Central tenant: sites, devices, clients, WLANs, alerts, events, threats and trend series.
/// Immutable once built, so one tenant can back many handlers and concurrent requests.
/// </summary>
/// <remarks>
/// The same seed and reference time always give byte-identical responses for the same request
/// sequence. Use <see cref="CreateDefault"/> for the demo tenant, or <see cref="CreateBuilder"/> for
/// a small tenant shaped for one test (for example one site with exactly 250 connected clients).
/// </remarks>
public sealed class SimulatedTenant
{
    /// <summary>Seed of the default tenant.</summary>
    public const int DefaultSeed = 20260701;

    /// <summary>
    /// Task ID of the finished example ping that every handler over this tenant serves, so a demo user (or a
    /// client that starts a new process per call) can read a test result without starting one first.
    /// </summary>
    public const string ExampleTaskId = "00000000-0000-4000-8000-00000000e001";

    /// <summary>Reference time used when none is given: 2026-07-01T12:00:00Z.</summary>
    public static readonly DateTimeOffset DefaultReferenceTime = new(2026, 7, 1, 12, 0, 0, TimeSpan.Zero);

    internal SimulatedTenant(TenantData data, int seed, DateTimeOffset referenceTime)
    {
        Data = data;
        Seed = seed;
        ReferenceTime = referenceTime;
        Sites = [.. data.Sites.Select(s => new SimulatedSite(s.Id, s.Name))];
        Devices = [.. data.Devices.Select(d => new SimulatedDevice(
            d.Serial, d.Name, DeviceTypeName(d.Kind), d.Site.Id, d.Online, d.Monitored, d.ClusterName, d.StackId))];
        Clients = [.. data.Clients.Select(c => new SimulatedClient(
            c.Mac, c.Name, c.Status, c.Wireless ? "Wireless" : "Wired", c.Site.Id, c.ConnectedDevice?.Serial))];
        ClusterNames = [.. data.Clusters.Select(c => c.Name)];
        StackIds = [.. data.Stacks.Select(s => s.Id)];
        WlanNames = [.. data.Wlans.Select(w => w.Name)];
        ExampleAccessPoint = data.Devices.LastOrDefault(d => d.Kind == DeviceKind.AccessPoint && d.Online && d.Monitored)?.Serial;
    }

    /// <summary>Seed the tenant was built with.</summary>
    public int Seed { get; }

    /// <summary>Time that generated timestamps are relative to.</summary>
    public DateTimeOffset ReferenceTime { get; }

    /// <summary>Sites in creation order.</summary>
    public IReadOnlyList<SimulatedSite> Sites { get; }

    /// <summary>Access points, switches and gateways in creation order, inventory-only devices included.</summary>
    public IReadOnlyList<SimulatedDevice> Devices { get; }

    /// <summary>Clients of every status in creation order.</summary>
    public IReadOnlyList<SimulatedClient> Clients { get; }

    /// <summary>Gateway cluster names.</summary>
    public IReadOnlyList<string> ClusterNames { get; }

    /// <summary>Switch stack ids (17 characters, such as <c>01000c97-5f80e1c0</c>).</summary>
    public IReadOnlyList<string> StackIds { get; }

    /// <summary>WLAN names.</summary>
    public IReadOnlyList<string> WlanNames { get; }

    /// <summary>
    /// Task handle of the example ping (<see cref="ExampleTaskId"/>): a finished ping to 10.1.1.1 from the last
    /// online access point, which stays readable for the handler's lifetime. Null when the tenant has no online access point.
    /// </summary>
    public string? ExampleTaskHandle => ExampleAccessPoint is { } serial
        ? $"/network-troubleshooting/v1/aps/{serial}/ping/async-operations/{ExampleTaskId}"
        : null;

    /// <summary>Serial number of the access point that ran the example ping.</summary>
    internal string? ExampleAccessPoint { get; }

    internal TenantData Data { get; }

    /// <summary>Starts an empty tenant for a test to fill.</summary>
    public static TenantBuilder CreateBuilder(int seed = DefaultSeed, DateTimeOffset? referenceTime = null) =>
        new(seed, referenceTime ?? DefaultReferenceTime);

    /// <summary>
    /// Builds the demo tenant: six sites (one just created, without a name), about 290 access points,
    /// switches with two stacks, gateways in two clusters, about 3,300 clients of every status, WLANs,
    /// alerts, events and threats.
    /// </summary>
    public static SimulatedTenant CreateDefault(int seed = DefaultSeed, DateTimeOffset? referenceTime = null) =>
        DefaultTenantContent.Fill(CreateBuilder(seed, referenceTime)).Build();

    internal static string DeviceTypeName(DeviceKind kind) => kind switch
    {
        DeviceKind.AccessPoint => "ACCESS_POINT",
        DeviceKind.Switch => "SWITCH",
        _ => "GATEWAY",
    };
}
