using System.Text.Json.Serialization;
using ArubaNoc.Central.Wire;

namespace ArubaNoc.Tools.Firmware.Wire;

/// <summary>
/// One item of <c>GET /network-services/v1/firmware-details</c>. Every field may be null or <c>""</c> although
/// the spec marks them required. v1 names the running version <c>firmwareVersion</c>; older responses <c>softwareVersion</c>.
/// </summary>
public sealed class FirmwareItem
{
    [JsonPropertyName("serialNumber")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? SerialNumber { get; set; }

    [JsonPropertyName("deviceName")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? DeviceName { get; set; }

    [JsonPropertyName("deviceType")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? DeviceType { get; set; }

    [JsonPropertyName("firmwareVersion")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? FirmwareVersion { get; set; }

    [JsonPropertyName("softwareVersion")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? SoftwareVersion { get; set; }

    [JsonPropertyName("recommendedVersion")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? RecommendedVersion { get; set; }

    [JsonPropertyName("upgradeStatus")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? UpgradeStatus { get; set; }

    [JsonPropertyName("firmwareClassification")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? FirmwareClassification { get; set; }

    [JsonPropertyName("siteName")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? SiteName { get; set; }

    [JsonIgnore]
    public string? ResolvedVersion => string.IsNullOrWhiteSpace(FirmwareVersion) ? SoftwareVersion : FirmwareVersion;
}
