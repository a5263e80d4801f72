using System.Text.Json.Serialization;

namespace ArubaNoc.Tools.Troubleshooting.Wire;

/// <summary>Source-generated JSON metadata of the ping and traceroute bodies; null fields are not written.</summary>
[JsonSourceGenerationOptions(
    GenerationMode = JsonSourceGenerationMode.Metadata,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip)]
[JsonSerializable(typeof(ApPingRequest))]
[JsonSerializable(typeof(GatewayPingRequest))]
[JsonSerializable(typeof(TracerouteRequest))]
[JsonSerializable(typeof(TestStartResponse))]
[JsonSerializable(typeof(TestResultResponse))]
internal sealed partial class TroubleshootingJsonContext : JsonSerializerContext;
