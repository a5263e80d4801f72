using System.Text.Json.Serialization;
using ArubaNoc.Central.Wire;

namespace ArubaNoc.Tools.Sites.Wire;

/// <summary>A <c>health</c> block: name/value groups (Poor, Fair, Good) in any order.</summary>
public sealed class HealthSummary
{
    [JsonPropertyName("groups")]
    public List<HealthGroup>? Groups { get; set; }
}

/// <summary>One health group; <see cref="Value"/> is a device or client count, or a site score.</summary>
public sealed class HealthGroup
{
    [JsonPropertyName("name")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Name { get; set; }

    [JsonPropertyName("value")]
    [JsonConverter(typeof(LenientDoubleConverter))]
    public double? Value { get; set; }
}

/// <summary>A named health block, such as one device type of a site or of the tenant.</summary>
public sealed class NamedHealth
{
    [JsonPropertyName("name")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Name { get; set; }

    [JsonPropertyName("health")]
    public HealthSummary? Health { get; set; }
}

/// <summary>One health reason of a site: the group it lowers, a reason code and how many items it affects.</summary>
public sealed class HealthReason
{
    [JsonPropertyName("health")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Health { get; set; }

    [JsonPropertyName("reason")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Reason { get; set; }

    [JsonPropertyName("data")]
    public HealthReasonData? Data { get; set; }
}

/// <summary>The <c>data</c> block of a health reason.</summary>
public sealed class HealthReasonData
{
    [JsonPropertyName("count")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? Count { get; set; }
}
