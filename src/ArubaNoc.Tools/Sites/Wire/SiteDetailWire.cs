using System.Text.Json.Serialization;

namespace ArubaNoc.Tools.Sites.Wire;

/// <summary>Body of <c>GET /network-monitoring/v1/site-health/{site-id}</c>.</summary>
public sealed class SiteHealthDetail
{
    [JsonPropertyName("health")]
    public HealthSummary? Health { get; set; }

    [JsonPropertyName("deviceTypes")]
    public List<NamedHealth>? DeviceTypes { get; set; }

    [JsonPropertyName("clientTypes")]
    public List<NamedHealth>? ClientTypes { get; set; }

    [JsonPropertyName("compute")]
    public List<NamedHealth>? Compute { get; set; }

    [JsonPropertyName("reasons")]
    public List<HealthReason>? Reasons { get; set; }
}

/// <summary>Body of <c>GET /network-monitoring/v1/tenant-device-health</c>.</summary>
public sealed class TenantDeviceHealth
{
    [JsonPropertyName("deviceTypes")]
    public List<NamedHealth>? DeviceTypes { get; set; }
}
