using System.Text.Json.Serialization;
using ArubaNoc.Central.Wire;

namespace ArubaNoc.Tools.Security.Wire;

/// <summary>Response of GET <c>/network-monitoring/v1alpha1/threats</c> (offset paging; not in the v1 OpenAPI files).</summary>
internal sealed class ThreatList
{
    [JsonPropertyName("items")]
    public List<ThreatItem?>? Items { get; set; }

    [JsonPropertyName("count")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? Count { get; set; }

    [JsonPropertyName("total")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? Total { get; set; }

    [JsonPropertyName("offset")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? Offset { get; set; }
}

/// <summary>One IDPS threat event. Older responses use <c>threatName</c>, <c>sourceIp</c> and <c>destinationIp</c>.</summary>
internal sealed class ThreatItem
{
    [JsonPropertyName("severity")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Severity { get; set; }

    [JsonPropertyName("signatureName")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? SignatureName { get; set; }

    [JsonPropertyName("threatName")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? ThreatName { get; set; }

    [JsonPropertyName("action")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Action { get; set; }

    [JsonPropertyName("srcIp")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? SrcIp { get; set; }

    [JsonPropertyName("sourceIp")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? SourceIp { get; set; }

    [JsonPropertyName("destIp")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? DestIp { get; set; }

    [JsonPropertyName("destinationIp")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? DestinationIp { get; set; }

    /// <summary>Epoch milliseconds as a string in current responses, an ISO string in older ones.</summary>
    [JsonPropertyName("timestamp")]
    [JsonConverter(typeof(LenientDateTimeConverter))]
    public DateTimeOffset? Timestamp { get; set; }

    [JsonPropertyName("deviceSerialNum")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? DeviceSerialNum { get; set; }

    [JsonPropertyName("deviceName")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? DeviceName { get; set; }

    [JsonPropertyName("siteName")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? SiteName { get; set; }

    /// <summary>The signature name, v1 name first.</summary>
    [JsonIgnore]
    public string? Signature => SignatureName ?? ThreatName;

    [JsonIgnore]
    public string? Source => SrcIp ?? SourceIp;

    [JsonIgnore]
    public string? Destination => DestIp ?? DestinationIp;
}
