using System.Text.Json.Serialization;
using ArubaNoc.Central.Wire;

namespace ArubaNoc.Tools.Devices.Wire;

/// <summary>One item of <c>GET /network-monitoring/v1/devices</c>. v1 names the firmware <c>firmwareVersion</c>; v1alpha1 named it <c>softwareVersion</c>.</summary>
public sealed class DeviceItem
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

    [JsonPropertyName("status")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Status { get; set; }

    [JsonPropertyName("deployment")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Deployment { get; set; }

    [JsonPropertyName("model")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Model { get; set; }

    [JsonPropertyName("siteId")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? SiteId { get; set; }

    [JsonPropertyName("siteName")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? SiteName { get; set; }

    [JsonPropertyName("firmwareVersion")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? FirmwareVersion { get; set; }

    [JsonPropertyName("softwareVersion")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? SoftwareVersion { get; set; }

    [JsonPropertyName("ipv4")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Ipv4 { get; set; }

    [JsonPropertyName("macAddress")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? MacAddress { get; set; }

    [JsonPropertyName("uptimeInMillis")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? UptimeInMillis { get; set; }

    [JsonPropertyName("clusterName")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? ClusterName { get; set; }

    [JsonPropertyName("configStatus")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? ConfigStatus { get; set; }
}
