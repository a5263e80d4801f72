using System.Text.Json.Serialization;
using ArubaNoc.Central.Wire;

namespace ArubaNoc.Tools.Firmware.Wire;

/// <summary>Source-generated metadata for the firmware details body.</summary>
[JsonSourceGenerationOptions(
    GenerationMode = JsonSourceGenerationMode.Metadata,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip)]
[JsonSerializable(typeof(CentralList<FirmwareItem>))]
internal sealed partial class FirmwareJsonContext : JsonSerializerContext;
