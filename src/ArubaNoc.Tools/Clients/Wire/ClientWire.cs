using System.Text.Json.Serialization;
using ArubaNoc.Central.Wire;

namespace ArubaNoc.Tools.Clients.Wire;

/// <summary>
/// One item of <c>GET /network-monitoring/v1/clients</c>. Fields renamed since v1alpha1 are read under both
/// names: <c>macAddress</c> (<c>mac</c>), <c>clientName</c> (<c>name</c>), <c>clientConnectionType</c> (<c>type</c>),
/// <c>wlanName</c> (<c>network</c>), <c>connectedAt</c> (<c>connectedSince</c>).
/// </summary>
public sealed class ClientItem
{
    [JsonPropertyName("macAddress")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? MacAddress { get; set; }

    [JsonPropertyName("mac")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Mac { get; set; }

    [JsonPropertyName("clientName")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? ClientName { get; set; }

    [JsonPropertyName("name")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Name { get; set; }

    [JsonPropertyName("clientConnectionType")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? ClientConnectionType { get; set; }

    [JsonPropertyName("type")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Type { get; set; }

    [JsonPropertyName("status")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Status { get; set; }

    [JsonPropertyName("ipv4")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Ipv4 { get; set; }

    [JsonPropertyName("connectedDeviceSerial")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? ConnectedDeviceSerial { get; set; }

    [JsonPropertyName("connectedTo")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? ConnectedTo { get; set; }

    [JsonPropertyName("wlanName")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? WlanName { get; set; }

    [JsonPropertyName("network")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Network { get; set; }

    [JsonPropertyName("vlanId")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? VlanId { get; set; }

    [JsonPropertyName("wirelessBand")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? WirelessBand { get; set; }

    [JsonPropertyName("snr")]
    [JsonConverter(typeof(LenientDoubleConverter))]
    public double? Snr { get; set; }

    [JsonPropertyName("experience")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Experience { get; set; }

    [JsonPropertyName("siteName")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? SiteName { get; set; }

    [JsonPropertyName("lastSeenAt")]
    [JsonConverter(typeof(LenientDateTimeConverter))]
    public DateTimeOffset? LastSeenAt { get; set; }

    [JsonIgnore]
    public string? ResolvedMac => string.IsNullOrWhiteSpace(MacAddress) ? Mac : MacAddress;

    [JsonIgnore]
    public string? ResolvedName => string.IsNullOrWhiteSpace(ClientName) ? Name : ClientName;

    [JsonIgnore]
    public string? ResolvedConnectionType => string.IsNullOrWhiteSpace(ClientConnectionType) ? Type : ClientConnectionType;

    [JsonIgnore]
    public string? ResolvedWlan => string.IsNullOrWhiteSpace(WlanName) ? Network : WlanName;
}
