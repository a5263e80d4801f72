using System.Text.Json.Serialization;
using ArubaNoc.Central.Wire;

namespace ArubaNoc.Tools.AccessPoints.Wire;

/// <summary>Source-generated JSON metadata of the access point bodies; unknown fields are skipped.</summary>
[JsonSourceGenerationOptions(
    GenerationMode = JsonSourceGenerationMode.Metadata,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip)]
[JsonSerializable(typeof(AccessPointDetail))]
[JsonSerializable(typeof(CentralList<RadioItem>))]
[JsonSerializable(typeof(CpuTrendBody))]
internal sealed partial class AccessPointDetailsJsonContext : JsonSerializerContext;
