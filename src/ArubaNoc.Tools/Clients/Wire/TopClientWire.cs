using System.Text.Json.Serialization;
using ArubaNoc.Central.Wire;

namespace ArubaNoc.Tools.Clients.Wire;

/// <summary>
/// One item of <c>GET /network-monitoring/v1/clients-topn-usage</c>. Older names: <c>hostname</c> for
/// <c>clientName</c>, <c>connectionType</c> for <c>clientConnectionType</c>, <c>totalBytes</c> for <c>usage</c>.
/// </summary>
public sealed class TopClientItem
{
    [JsonPropertyName("clientName")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? ClientName { get; set; }

    [JsonPropertyName("hostname")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Hostname { get; set; }

    [JsonPropertyName("macAddress")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? MacAddress { get; set; }

    [JsonPropertyName("clientConnectionType")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? ClientConnectionType { get; set; }

    [JsonPropertyName("connectionType")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? ConnectionType { get; set; }

    [JsonPropertyName("usage")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? Usage { get; set; }

    [JsonPropertyName("totalBytes")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? TotalBytes { get; set; }

    [JsonPropertyName("siteName")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? SiteName { get; set; }
}
