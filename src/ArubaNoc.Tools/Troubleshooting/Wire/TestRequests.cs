using System.Text.Json.Serialization;

namespace ArubaNoc.Tools.Troubleshooting.Wire;

/// <summary>Body of POST <c>/network-troubleshooting/v1/aps/{serial-number}/ping</c>; null fields are not sent.</summary>
internal sealed class ApPingRequest
{
    [JsonPropertyName("destination")]
    public required string Destination { get; init; }

    [JsonPropertyName("count")]
    public long? Count { get; init; }

    [JsonPropertyName("packetSize")]
    public long? PacketSize { get; init; }

    [JsonPropertyName("vlan")]
    public long? Vlan { get; init; }

    [JsonPropertyName("interfacePort")]
    public string? InterfacePort { get; init; }

    [JsonPropertyName("includeRawOutput")]
    public bool? IncludeRawOutput { get; init; }
}

/// <summary>Body of POST <c>/network-troubleshooting/v1/gateways/{serial-number}/ping</c>; null fields are not sent.</summary>
internal sealed class GatewayPingRequest
{
    [JsonPropertyName("destination")]
    public required string Destination { get; init; }

    [JsonPropertyName("count")]
    public long? Count { get; init; }

    [JsonPropertyName("packetSize")]
    public long? PacketSize { get; init; }

    [JsonPropertyName("sourceInterface")]
    public string? SourceInterface { get; init; }

    [JsonPropertyName("vlan")]
    public long? Vlan { get; init; }

    [JsonPropertyName("ttl")]
    public long? Ttl { get; init; }

    [JsonPropertyName("dscp")]
    public long? Dscp { get; init; }

    [JsonPropertyName("dontFragmentFlag")]
    public bool? DontFragmentFlag { get; init; }

    [JsonPropertyName("useIpv6")]
    public bool? UseIpv6 { get; init; }

    [JsonPropertyName("includeRawOutput")]
    public bool? IncludeRawOutput { get; init; }
}

/// <summary>Body of POST <c>/network-troubleshooting/v1/aps/{serial-number}/traceroute</c>; null fields are not sent.</summary>
internal sealed class TracerouteRequest
{
    [JsonPropertyName("destination")]
    public required string Destination { get; init; }

    [JsonPropertyName("sourceInterface")]
    public string? SourceInterface { get; init; }

    [JsonPropertyName("includeRawOutput")]
    public bool? IncludeRawOutput { get; init; }
}
