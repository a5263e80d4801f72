using System.Text.Json.Serialization;
using ArubaNoc.Central.Wire;

namespace ArubaNoc.Tools.Gateways.Wire;

/// <summary>
/// Body of GET <c>/network-monitoring/v1/gateways/{serial-number}</c>. <see cref="Uplinks"/> is the v1alpha1
/// field, read only when the uplinks call fails.
/// </summary>
internal sealed class GatewayDetail
{
    [JsonConverter(typeof(LenientStringConverter))]
    public string? DeviceName { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? SerialNumber { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? Model { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? Status { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? FirmwareVersion { get; set; }

    [JsonConverter(typeof(LenientInt64Converter))]
    public long? UptimeInMillis { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? SiteId { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? SiteName { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? Mode { get; set; }

    /// <summary>Older name of <see cref="Mode"/>.</summary>
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Deployment { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? Role { get; set; }

    /// <summary>Older name of <see cref="Role"/>.</summary>
    [JsonConverter(typeof(LenientStringConverter))]
    public string? ClusterRole { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? ClusterName { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? DeviceFunction { get; set; }

    [JsonConverter(typeof(LenientDoubleConverter))]
    public double? CpuUtilization { get; set; }

    [JsonConverter(typeof(LenientDoubleConverter))]
    public double? MemoryUtilization { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? IpAddress { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? MacAddress { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? RebootReason { get; set; }

    public List<GatewayUplink>? Uplinks { get; set; }
}

/// <summary>
/// Body of GET <c>/network-monitoring/v1/gateways/{serial-number}/wan-tunnels-health-summary</c>, one object in
/// the schema and an array in Central's example; callers read either form.
/// </summary>
internal sealed class WanTunnelHealthSummary
{
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Health { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? HealthReasons { get; set; }

    public TunnelHealthCounts? TunnelHealth { get; set; }
}

/// <summary>Tunnels by health; the counts may arrive as strings (<c>"2"</c>).</summary>
internal sealed class TunnelHealthCounts
{
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? Good { get; set; }

    [JsonConverter(typeof(LenientInt64Converter))]
    public long? Fair { get; set; }

    [JsonConverter(typeof(LenientInt64Converter))]
    public long? Poor { get; set; }
}
