using System.Text.Json.Serialization;
using ArubaNoc.Central.Wire;
using ArubaNoc.Tools.Devices.Wire;

namespace ArubaNoc.Tools.Sites.Wire;

/// <summary>Source-generated metadata for the site and tenant health bodies.</summary>
[JsonSourceGenerationOptions(
    GenerationMode = JsonSourceGenerationMode.Metadata,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip)]
[JsonSerializable(typeof(SitesHealthPage))]
[JsonSerializable(typeof(SiteHealthDetail))]
[JsonSerializable(typeof(TenantDeviceHealth))]
[JsonSerializable(typeof(CentralList<DeviceItem>))]
internal sealed partial class SitesJsonContext : JsonSerializerContext;
