using System.Text.Json.Serialization;
using ArubaNoc.Central.Wire;

namespace ArubaNoc.Tools.Devices.Wire;

/// <summary>Source-generated metadata for the device list and device inventory bodies.</summary>
[JsonSourceGenerationOptions(
    GenerationMode = JsonSourceGenerationMode.Metadata,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip)]
[JsonSerializable(typeof(CentralList<DeviceItem>))]
[JsonSerializable(typeof(CentralList<InventoryItem>))]
internal sealed partial class DevicesJsonContext : JsonSerializerContext;
