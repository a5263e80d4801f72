using System.Text.Json.Serialization;
using ArubaNoc.Central.Wire;

namespace ArubaNoc.Tools.Wireless.Wire;

/// <summary>
/// One item of <c>GET /network-monitoring/v1/top-aps-by-wireless-usage</c>. Older responses used <c>apName</c>
/// and <c>totalBytes</c> for <c>deviceName</c> and <c>totalValue</c>; <c>units</c> is <c>Bytes</c>.
/// </summary>
public sealed class TopApItem
{
    [JsonPropertyName("deviceName")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? DeviceName { get; set; }

    [JsonPropertyName("apName")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? ApName { get; set; }

    [JsonPropertyName("serialNumber")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? SerialNumber { get; set; }

    [JsonPropertyName("totalValue")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? TotalValue { get; set; }

    [JsonPropertyName("totalBytes")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? TotalBytes { get; set; }

    [JsonPropertyName("units")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Units { get; set; }
}
