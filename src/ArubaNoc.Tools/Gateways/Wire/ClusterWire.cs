using System.Text.Json.Serialization;
using ArubaNoc.Central.Wire;
using ArubaNoc.Tools.Devices;

namespace ArubaNoc.Tools.Gateways.Wire;

/// <summary>One item of GET <c>/network-monitoring/v1/clusters/{cluster-name}/members</c>.</summary>
internal sealed class ClusterMember
{
    [JsonConverter(typeof(LenientStringConverter))]
    public string? DeviceName { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? SerialNumber { get; set; }

    /// <summary><c>Isoleader</c>, <c>Leader</c> or <c>Member</c>.</summary>
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Role { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? Status { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? Model { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? FirmwareVersion { get; set; }

    /// <summary>Older name of <see cref="FirmwareVersion"/>.</summary>
    [JsonConverter(typeof(LenientStringConverter))]
    public string? SoftwareVersion { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? SiteName { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? Ipv4 { get; set; }

    [JsonConverter(typeof(LenientDateTimeConverter))]
    public DateTimeOffset? LastSeenAt { get; set; }
}

/// <summary>Body of GET <c>/network-monitoring/v1/clusters/{cluster-name}/tunnels-status-summary</c>.</summary>
internal sealed class ClusterTunnelStatusSummary
{
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? Up { get; set; }

    [JsonConverter(typeof(LenientInt64Converter))]
    public long? Down { get; set; }
}

/// <summary>
/// Body of GET <c>/network-monitoring/v1/clusters/{cluster-name}/tunnels-health-summary</c>: one object in the
/// schema, one entry per member in Central's example.
/// </summary>
internal sealed class ClusterMemberTunnelHealth
{
    [JsonConverter(typeof(LenientStringConverter))]
    public string? DeviceName { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? SerialNumber { get; set; }

    public TunnelHealthCounts? TunnelHealth { get; set; }
}

/// <summary>One item of GET <c>/network-monitoring/v1/clusters/{cluster-name}/tunnels</c>.</summary>
internal sealed class ClusterTunnel
{
    [JsonConverter(typeof(LenientStringConverter))]
    public string? TunnelName { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? Status { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? Health { get; set; }

    [JsonConverter(typeof(LenientTextListConverter))]
    public List<string>? HealthReasons { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? Encapsulation { get; set; }

    /// <summary>Older name of <see cref="Encapsulation"/>.</summary>
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Type { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? Mode { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? Gateway { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? GatewayRole { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? SourceIpAddress { get; set; }

    /// <summary>Older name of <see cref="SourceIpAddress"/>.</summary>
    [JsonConverter(typeof(LenientStringConverter))]
    public string? LocalEndpoint { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? DestinationIpAddress { get; set; }

    /// <summary>Older name of <see cref="DestinationIpAddress"/>.</summary>
    [JsonConverter(typeof(LenientStringConverter))]
    public string? RemoteEndpoint { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? DestinationName { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? DestinationSite { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? Ssid { get; set; }

    [JsonConverter(typeof(LenientInt64Converter))]
    public long? Vni { get; set; }
}
