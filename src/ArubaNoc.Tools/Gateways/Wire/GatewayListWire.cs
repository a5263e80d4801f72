using System.Text.Json.Serialization;
using ArubaNoc.Central.Wire;

namespace ArubaNoc.Tools.Gateways.Wire;

/// <summary>
/// One item of <c>GET /network-monitoring/v1/gateways</c>. Status is <c>Online</c>/<c>Offline</c>. Items carry
/// <c>mode</c> (older responses <c>deployment</c>) although the filter field is <c>deployment</c>.
/// </summary>
public sealed class GatewayListItem
{
    [JsonPropertyName("serialNumber")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? SerialNumber { get; set; }

    [JsonPropertyName("deviceName")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? DeviceName { get; set; }

    [JsonPropertyName("status")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Status { get; set; }

    [JsonPropertyName("mode")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Mode { get; set; }

    [JsonPropertyName("deployment")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Deployment { get; set; }

    [JsonPropertyName("role")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Role { get; set; }

    [JsonPropertyName("clusterName")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? ClusterName { get; set; }

    [JsonPropertyName("model")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Model { get; set; }

    [JsonPropertyName("deviceFunction")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? DeviceFunction { get; set; }

    [JsonPropertyName("siteName")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? SiteName { get; set; }

    [JsonPropertyName("firmwareVersion")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? FirmwareVersion { get; set; }

    [JsonPropertyName("cpuUtilization")]
    [JsonConverter(typeof(LenientDoubleConverter))]
    public double? CpuUtilization { get; set; }

    [JsonPropertyName("memoryUtilization")]
    [JsonConverter(typeof(LenientDoubleConverter))]
    public double? MemoryUtilization { get; set; }

    [JsonIgnore]
    public string? ResolvedMode => string.IsNullOrWhiteSpace(Mode) ? Deployment : Mode;
}
