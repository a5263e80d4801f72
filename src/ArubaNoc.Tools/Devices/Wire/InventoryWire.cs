using System.Text.Json.Serialization;
using ArubaNoc.Central.Wire;

namespace ArubaNoc.Tools.Devices.Wire;

/// <summary>
/// One item of <c>GET /network-monitoring/v1/device-inventory</c>. v1 names the subscription tier <c>tier</c>;
/// older responses named it <c>subscriptionTier</c>. <see cref="SubscriptionKey"/> is read for presence only.
/// </summary>
public sealed class InventoryItem
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

    [JsonPropertyName("model")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Model { get; set; }

    [JsonPropertyName("tier")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Tier { get; set; }

    [JsonPropertyName("subscriptionTier")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? SubscriptionTier { get; set; }

    [JsonPropertyName("subscriptionKey")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? SubscriptionKey { get; set; }

    [JsonPropertyName("isProvisioned")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? IsProvisioned { get; set; }

    [JsonPropertyName("siteId")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? SiteId { get; set; }

    [JsonPropertyName("siteName")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? SiteName { get; set; }

    [JsonPropertyName("status")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Status { get; set; }

    [JsonPropertyName("deviceFunction")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? DeviceFunction { get; set; }
}
