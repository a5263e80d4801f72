using System.Text.Json.Serialization;
using ArubaNoc.Central.Wire;

namespace ArubaNoc.Tools.Wireless.Wire;

/// <summary>Source-generated metadata for the WLAN and top-AP bodies.</summary>
[JsonSourceGenerationOptions(
    GenerationMode = JsonSourceGenerationMode.Metadata,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip)]
[JsonSerializable(typeof(CentralList<WlanItem>))]
[JsonSerializable(typeof(WlanItem))]
[JsonSerializable(typeof(CentralList<TopApItem>))]
internal sealed partial class WirelessJsonContext : JsonSerializerContext;
