using System.Globalization;
using System.Text.Json.Nodes;

namespace ArubaNoc.Simulator.Tenant;

/// <summary>
/// Builds the wire form of every record once, in a fixed order, from one seeded <see cref="Random"/>.
/// Deliberate mess that Central is known to send (<c>"-"</c>, <c>""</c>, null in required fields,
/// numbers as strings, <c>siteId</c> as a number, mixed status casing) is placed at fixed record
/// indexes so tests can rely on it.
/// </summary>
internal sealed partial class WireBuilder
{
    private readonly TenantData _data;
    private readonly Random _random;
    private readonly DateTimeOffset _now;

    public WireBuilder(TenantData data, Random random, DateTimeOffset referenceTime)
    {
        _data = data;
        _random = random;
        _now = referenceTime;
    }

    public void BuildAll()
    {
        foreach (var device in _data.Devices)
        {
            BuildDevice(device);
        }

        foreach (var client in _data.Clients)
        {
            BuildClient(client);
        }

        foreach (var wlan in _data.Wlans)
        {
            BuildWlan(wlan);
        }

        foreach (var device in _data.Devices.Where(d => d.Kind == DeviceKind.AccessPoint && d.Monitored))
        {
            BuildAccessPointDetail(device);
        }

        foreach (var cluster in _data.Clusters)
        {
            BuildCluster(cluster);
        }

        foreach (var stack in _data.Stacks)
        {
            BuildStack(stack);
        }

        foreach (var site in _data.Sites)
        {
            BuildSiteHealth(site);
        }

        BuildAlerts();
        BuildEvents();
        BuildThreats();
    }

    internal static string Rfc3339(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Text(double value, string format = "0.#") => value.ToString(format, CultureInfo.InvariantCulture);

    /// <summary>Returns a deterministic UUID-shaped id from the seeded random.</summary>
    private string NextId()
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);
        return new Guid(bytes).ToString("D");
    }

    private double Between(double min, double max) => min + (_random.NextDouble() * (max - min));

    private static string? SiteNameOrNull(SiteRecord site) => site.Name;
}
