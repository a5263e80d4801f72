using System.Text.Json.Serialization;
using ArubaNoc.Central.Wire;

namespace ArubaNoc.Tools.Clients.Wire;

/// <summary>Body of <c>GET /network-monitoring/v1/clients-trend</c>: series keys and samples whose <c>data</c> aligns with <c>keys</c>.</summary>
public sealed class ClientTrendBody
{
    [JsonPropertyName("interval")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Interval { get; set; }

    [JsonPropertyName("keys")]
    public List<string?>? Keys { get; set; }

    [JsonPropertyName("samples")]
    public List<ClientTrendSample>? Samples { get; set; }
}

/// <summary>One sample: its time and one value per key (null when not reported).</summary>
public sealed class ClientTrendSample
{
    [JsonPropertyName("ts")]
    [JsonConverter(typeof(LenientDateTimeConverter))]
    public DateTimeOffset? Ts { get; set; }

    [JsonPropertyName("data")]
    public List<LenientNumber>? Data { get; set; }
}

/// <summary>A number inside an array that Central may send as a number, a string or null.</summary>
[JsonConverter(typeof(LenientNumberConverter))]
public readonly record struct LenientNumber(double? Value);
