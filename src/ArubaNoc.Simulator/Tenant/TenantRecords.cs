using System.Text.Json.Nodes;

namespace ArubaNoc.Simulator.Tenant;

// Internal records of the simulated tenant. Key fields drive routing, filtering and relations; the
// JsonObject members hold the exact wire form that endpoints write, built once by TenantBuilder.Build.
// Records are immutable after Build, so concurrent requests read them without locks.

internal enum DeviceKind
{
    AccessPoint,
    Switch,
    Gateway,
}

internal sealed class SiteRecord
{
    /// <summary>Placeholder site of inventory devices that no site has claimed yet; not listed as a site.</summary>
    public static readonly SiteRecord Unassigned = new() { Id = "" };

    public required string Id { get; init; }

    /// <summary>Site name; null for a site created moments ago that has no name yet.</summary>
    public string? Name { get; init; }

    public string? City { get; init; }

    public string? Country { get; init; }

    public JsonObject HealthItem { get; set; } = [];

    public JsonObject HealthDetail { get; set; } = [];
}

internal sealed class DeviceRecord
{
    public required DeviceKind Kind { get; init; }

    public required string Serial { get; init; }

    public required string Name { get; init; }

    public required SiteRecord Site { get; init; }

    public required bool Online { get; init; }

    public required string Model { get; init; }

    public required string Firmware { get; init; }

    public required string Mac { get; init; }

    public required string Ipv4 { get; init; }

    /// <summary>False for devices known to the inventory but never onboarded to monitoring.</summary>
    public bool Monitored { get; init; } = true;

    /// <summary>False for gateways that Central lists under /gateways only, not under /devices.</summary>
    public bool ListedInDevices { get; init; } = true;

    public string? ClusterName { get; init; }

    public string? ClusterRole { get; init; }

    public string? StackId { get; init; }

    public int StackMemberId { get; init; }

    public int Index { get; init; }

    public JsonObject? DeviceItem { get; set; }

    public JsonObject InventoryItem { get; set; } = [];

    public JsonObject? FirmwareItem { get; set; }

    public JsonObject? Detail { get; set; }

    public JsonObject? GatewayItem { get; set; }

    public JsonObject? ClusterMemberItem { get; set; }

    public JsonObject? WanHealth { get; set; }

    public List<JsonObject> Radios { get; } = [];

    public List<JsonObject> Interfaces { get; } = [];

    public List<JsonObject> Uplinks { get; } = [];

    /// <summary>Bytes of wireless traffic in the last day, for the top-APs ranking.</summary>
    public long WirelessBytes { get; set; }

    public int ClientCount { get; set; }
}

internal sealed class ClusterRecord
{
    public required string Name { get; init; }

    public required SiteRecord Site { get; init; }

    public List<DeviceRecord> Members { get; } = [];

    public List<JsonObject> Tunnels { get; } = [];

    public JsonArray TunnelHealth { get; set; } = [];

    public JsonObject TunnelStatus { get; set; } = [];
}

internal sealed class StackRecord
{
    public required string Id { get; init; }

    public required SiteRecord Site { get; init; }

    public List<DeviceRecord> Members { get; } = [];

    public JsonObject Wire { get; set; } = [];
}

internal sealed class WlanRecord
{
    public required string Name { get; init; }

    public required string SecurityLevel { get; init; }

    public required string Security { get; init; }

    public required string Band { get; init; }

    public required string Vlan { get; init; }

    public required bool Enabled { get; init; }

    public JsonObject Wire { get; set; } = [];
}

internal sealed class ClientRecord
{
    public required string Mac { get; init; }

    public required string? Name { get; init; }

    public required string Status { get; init; }

    public required bool Wireless { get; init; }

    public required SiteRecord Site { get; init; }

    public DeviceRecord? ConnectedDevice { get; init; }

    public WlanRecord? Wlan { get; init; }

    public required long UsageBytes { get; init; }

    public int Index { get; init; }

    public JsonObject Wire { get; set; } = [];
}

internal sealed class AlertRecord
{
    public required SiteRecord Site { get; init; }

    public required JsonObject Wire { get; init; }
}

internal sealed class EventRecord
{
    public required SiteRecord Site { get; init; }

    /// <summary>Identifiers this event is found under, by context type (SITE, ACCESS_POINT, …).</summary>
    public required IReadOnlyDictionary<string, string> Contexts { get; init; }

    public required DateTimeOffset Time { get; init; }

    public required JsonObject Wire { get; init; }
}

internal sealed class ThreatRecord
{
    public required long TimeMilliseconds { get; init; }

    public required JsonObject Wire { get; init; }
}
