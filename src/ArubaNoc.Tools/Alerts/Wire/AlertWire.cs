using System.Text.Json.Serialization;
using ArubaNoc.Central.Wire;

namespace ArubaNoc.Tools.Alerts.Wire;

/// <summary>One item of GET <c>/network-notifications/v1/alerts</c>.</summary>
internal sealed class AlertItem
{
    [JsonPropertyName("id")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Id { get; set; }

    [JsonPropertyName("name")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Name { get; set; }

    [JsonPropertyName("severity")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Severity { get; set; }

    [JsonPropertyName("priority")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Priority { get; set; }

    [JsonPropertyName("status")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Status { get; set; }

    [JsonPropertyName("category")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Category { get; set; }

    [JsonPropertyName("deviceType")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? DeviceType { get; set; }

    [JsonPropertyName("summary")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Summary { get; set; }

    [JsonPropertyName("createdAt")]
    [JsonConverter(typeof(LenientDateTimeConverter))]
    public DateTimeOffset? CreatedAt { get; set; }

    [JsonPropertyName("updatedAt")]
    [JsonConverter(typeof(LenientDateTimeConverter))]
    public DateTimeOffset? UpdatedAt { get; set; }

    [JsonPropertyName("typeId")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? TypeId { get; set; }

    [JsonPropertyName("clearedReason")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? ClearedReason { get; set; }
}

/// <summary>Response of GET <c>/network-notifications/v1/alerts/classification</c>.</summary>
internal sealed class AlertClassification
{
    [JsonPropertyName("type")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Type { get; set; }

    [JsonPropertyName("classificationData")]
    public List<ClassificationEntry?>? ClassificationData { get; set; }
}

/// <summary>One group of an alert classification.</summary>
internal sealed class ClassificationEntry
{
    [JsonPropertyName("name")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Name { get; set; }

    [JsonPropertyName("count")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? Count { get; set; }
}
