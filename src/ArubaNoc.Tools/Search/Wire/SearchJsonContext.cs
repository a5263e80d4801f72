using System.Text.Json.Serialization;
using ArubaNoc.Central.Wire;

namespace ArubaNoc.Tools.Search.Wire;

/// <summary>Source-generated JSON metadata of the device and client lists read by the search tools.</summary>
[JsonSourceGenerationOptions(
    GenerationMode = JsonSourceGenerationMode.Metadata,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip)]
[JsonSerializable(typeof(CentralList<FoundDevice>))]
[JsonSerializable(typeof(CentralList<FoundClient>))]
[JsonSerializable(typeof(FoundClient))]
internal sealed partial class SearchJsonContext : JsonSerializerContext;
