using System.Text.Json;
using System.Text.Json.Serialization;
using ArubaNoc.Central.Wire;

namespace ArubaNoc.Tools.Gateways.Wire;

/// <summary>
/// Source-generated JSON metadata of the gateway detail, uplink, cluster and tunnel bodies; unknown fields
/// are skipped. Summary bodies that arrive as an object or an array are read as <see cref="JsonElement"/>
/// and converted entry by entry (<see cref="SingleOrArray"/>).
/// </summary>
[JsonSourceGenerationOptions(
    GenerationMode = JsonSourceGenerationMode.Metadata,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip)]
[JsonSerializable(typeof(GatewayDetail))]
[JsonSerializable(typeof(CentralList<GatewayUplink>))]
[JsonSerializable(typeof(WanTunnelHealthSummary))]
[JsonSerializable(typeof(CentralList<ClusterMember>))]
[JsonSerializable(typeof(ClusterTunnelStatusSummary))]
[JsonSerializable(typeof(ClusterMemberTunnelHealth))]
[JsonSerializable(typeof(CentralList<ClusterTunnel>))]
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class GatewayDetailsJsonContext : JsonSerializerContext;
