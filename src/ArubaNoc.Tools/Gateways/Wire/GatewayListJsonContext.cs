using System.Text.Json.Serialization;
using ArubaNoc.Central.Wire;

namespace ArubaNoc.Tools.Gateways.Wire;

/// <summary>Source-generated metadata for the gateway list body.</summary>
[JsonSourceGenerationOptions(
    GenerationMode = JsonSourceGenerationMode.Metadata,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip)]
[JsonSerializable(typeof(CentralList<GatewayListItem>))]
internal sealed partial class GatewayListJsonContext : JsonSerializerContext;
