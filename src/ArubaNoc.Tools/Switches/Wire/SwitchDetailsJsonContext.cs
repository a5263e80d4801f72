using System.Text.Json.Serialization;

namespace ArubaNoc.Tools.Switches.Wire;

/// <summary>Source-generated JSON metadata of the switch and stack bodies; unknown fields are skipped.</summary>
[JsonSourceGenerationOptions(
    GenerationMode = JsonSourceGenerationMode.Metadata,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip)]
[JsonSerializable(typeof(SwitchDetail))]
[JsonSerializable(typeof(SwitchInterfacePage))]
[JsonSerializable(typeof(StackMembersBody))]
internal sealed partial class SwitchDetailsJsonContext : JsonSerializerContext;
