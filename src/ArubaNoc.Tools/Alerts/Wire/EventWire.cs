using System.Text.Json.Serialization;
using ArubaNoc.Central.Wire;

namespace ArubaNoc.Tools.Alerts.Wire;

/// <summary>Response of GET <c>/network-troubleshooting/v1/events</c>; the list key is <c>events</c>, not <c>items</c>.</summary>
internal sealed class EventList
{
    [JsonPropertyName("events")]
    public List<EventItem?>? Events { get; set; }

    [JsonPropertyName("count")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? Count { get; set; }

    [JsonPropertyName("total")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? Total { get; set; }

    [JsonPropertyName("next")]
    [JsonConverter(typeof(LenientCursorConverter))]
    public string? Next { get; set; }
}

/// <summary>One network event.</summary>
internal sealed class EventItem
{
    [JsonPropertyName("timeAt")]
    [JsonConverter(typeof(LenientDateTimeConverter))]
    public DateTimeOffset? TimeAt { get; set; }

    [JsonPropertyName("eventName")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? EventName { get; set; }

    [JsonPropertyName("eventId")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? EventId { get; set; }

    [JsonPropertyName("category")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Category { get; set; }

    /// <summary><c>positive</c>, <c>negative</c> or <c>neutral</c>.</summary>
    [JsonPropertyName("severity")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Severity { get; set; }

    [JsonPropertyName("sourceType")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? SourceType { get; set; }

    [JsonPropertyName("sourceName")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? SourceName { get; set; }

    [JsonPropertyName("serialNumber")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? SerialNumber { get; set; }

    [JsonPropertyName("clientMacAddress")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? ClientMacAddress { get; set; }

    [JsonPropertyName("deviceMacAddress")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? DeviceMacAddress { get; set; }

    [JsonPropertyName("description")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Description { get; set; }

    [JsonPropertyName("reason")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Reason { get; set; }
}
