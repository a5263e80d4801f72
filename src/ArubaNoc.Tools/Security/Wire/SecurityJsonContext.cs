using System.Text.Json.Serialization;

namespace ArubaNoc.Tools.Security.Wire;

/// <summary>Source-generated JSON metadata of the threat list.</summary>
[JsonSourceGenerationOptions(
    GenerationMode = JsonSourceGenerationMode.Metadata,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip)]
[JsonSerializable(typeof(ThreatList))]
internal sealed partial class SecurityJsonContext : JsonSerializerContext;
