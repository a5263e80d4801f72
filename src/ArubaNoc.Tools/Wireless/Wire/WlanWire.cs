using System.Text.Json.Serialization;
using ArubaNoc.Central.Wire;

namespace ArubaNoc.Tools.Wireless.Wire;

/// <summary>
/// A WLAN of <c>GET /network-monitoring/v1/wlans</c> and <c>…/wlans/{wlan-name}</c>. Older responses used
/// <c>name</c>, <c>securityType</c>, a boolean <c>enabled</c>, <c>vlanId</c> and <c>connectedClients</c>.
/// </summary>
public sealed class WlanItem
{
    [JsonPropertyName("wlanName")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? WlanName { get; set; }

    [JsonPropertyName("name")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Name { get; set; }

    [JsonPropertyName("securityLevel")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? SecurityLevel { get; set; }

    [JsonPropertyName("security")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Security { get; set; }

    [JsonPropertyName("securityType")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? SecurityType { get; set; }

    [JsonPropertyName("status")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Status { get; set; }

    [JsonPropertyName("enabled")]
    [JsonConverter(typeof(LenientBooleanConverter))]
    public bool? Enabled { get; set; }

    [JsonPropertyName("vlan")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Vlan { get; set; }

    [JsonPropertyName("vlanId")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? VlanId { get; set; }

    [JsonPropertyName("band")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Band { get; set; }

    [JsonPropertyName("clientCount")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? ClientCount { get; set; }

    [JsonPropertyName("connectedClients")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? ConnectedClients { get; set; }
}
