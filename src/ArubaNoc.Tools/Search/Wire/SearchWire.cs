using System.Text.Json.Serialization;
using ArubaNoc.Central.Wire;

namespace ArubaNoc.Tools.Search.Wire;

/// <summary>
/// The fields <c>find_device</c> reads from items of <c>/devices</c>, <c>/gateways</c> and <c>/device-inventory</c>.
/// Gateways carry <c>ipAddress</c> and <c>mode</c> where devices carry <c>ipv4</c> and <c>deployment</c>.
/// </summary>
internal sealed class FoundDevice
{
    [JsonPropertyName("serialNumber")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? SerialNumber { get; set; }

    [JsonPropertyName("deviceName")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? DeviceName { get; set; }

    [JsonPropertyName("deviceType")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? DeviceType { get; set; }

    [JsonPropertyName("status")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Status { get; set; }

    [JsonPropertyName("model")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Model { get; set; }

    [JsonPropertyName("macAddress")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? MacAddress { get; set; }

    [JsonPropertyName("ipv4")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Ipv4 { get; set; }

    [JsonPropertyName("ipAddress")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? IpAddress { get; set; }

    [JsonPropertyName("siteId")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? SiteId { get; set; }

    [JsonPropertyName("siteName")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? SiteName { get; set; }

    [JsonPropertyName("firmwareVersion")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? FirmwareVersion { get; set; }

    [JsonPropertyName("softwareVersion")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? SoftwareVersion { get; set; }

    [JsonPropertyName("deployment")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Deployment { get; set; }

    [JsonPropertyName("mode")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Mode { get; set; }

    [JsonPropertyName("clusterName")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? ClusterName { get; set; }

    [JsonPropertyName("isProvisioned")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? IsProvisioned { get; set; }

    [JsonPropertyName("tier")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Tier { get; set; }
}

/// <summary>The fields <c>find_client</c> reads from <c>/clients</c> items and <c>/clients/{mac-address}</c>; older names are fallbacks.</summary>
internal sealed class FoundClient
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

    [JsonPropertyName("hostName")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? HostName { get; set; }

    [JsonPropertyName("userName")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? UserName { get; set; }

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

    [JsonPropertyName("ipv6")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Ipv6 { get; set; }

    [JsonPropertyName("connectedDeviceSerial")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? ConnectedDeviceSerial { get; set; }

    [JsonPropertyName("connectedDeviceType")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? ConnectedDeviceType { get; set; }

    [JsonPropertyName("connectedTo")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? ConnectedTo { get; set; }

    [JsonPropertyName("port")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Port { get; set; }

    [JsonPropertyName("wlanName")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? WlanName { get; set; }

    [JsonPropertyName("network")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Network { get; set; }

    [JsonPropertyName("vlanId")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? VlanId { get; set; }

    [JsonPropertyName("role")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Role { get; set; }

    [JsonPropertyName("wirelessBand")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? WirelessBand { get; set; }

    [JsonPropertyName("wirelessChannel")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? WirelessChannel { get; set; }

    [JsonPropertyName("snr")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? Snr { get; set; }

    [JsonPropertyName("siteId")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? SiteId { get; set; }

    [JsonPropertyName("siteName")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? SiteName { get; set; }

    [JsonPropertyName("connectedAt")]
    [JsonConverter(typeof(LenientDateTimeConverter))]
    public DateTimeOffset? ConnectedAt { get; set; }

    [JsonPropertyName("connectedSince")]
    [JsonConverter(typeof(LenientDateTimeConverter))]
    public DateTimeOffset? ConnectedSince { get; set; }

    [JsonPropertyName("lastSeenAt")]
    [JsonConverter(typeof(LenientDateTimeConverter))]
    public DateTimeOffset? LastSeenAt { get; set; }

    [JsonPropertyName("authenticationType")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? AuthenticationType { get; set; }

    [JsonPropertyName("keyManagement")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? KeyManagement { get; set; }

    [JsonPropertyName("wirelessSecurity")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? WirelessSecurity { get; set; }

    [JsonPropertyName("phyType")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? PhyType { get; set; }

    [JsonPropertyName("clientOperatingSystem")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? ClientOperatingSystem { get; set; }

    [JsonPropertyName("clientManufacturer")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? ClientManufacturer { get; set; }

    [JsonIgnore]
    public string? MacValue => MacAddress ?? Mac;

    [JsonIgnore]
    public string? NameValue => ClientName ?? Name;

    [JsonIgnore]
    public string? ConnectionType => ClientConnectionType ?? Type;

    [JsonIgnore]
    public string? Wlan => WlanName ?? Network;

    [JsonIgnore]
    public DateTimeOffset? Connected => ConnectedAt ?? ConnectedSince;
}
