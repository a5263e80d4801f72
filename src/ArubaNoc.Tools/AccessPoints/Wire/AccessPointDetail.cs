using System.Text.Json.Serialization;
using ArubaNoc.Central.Wire;

namespace ArubaNoc.Tools.AccessPoints.Wire;

/// <summary>
/// Body of GET <c>/network-monitoring/v1/aps/{serial-number}</c>. The modem block (IMEI, IMSI, ICCID) is
/// deliberately not declared, so those identifiers are never read.
/// </summary>
internal sealed class AccessPointDetail
{
    [JsonConverter(typeof(LenientStringConverter))]
    public string? DeviceName { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? SerialNumber { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? Model { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? Status { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? FirmwareVersion { get; set; }

    /// <summary>Older name of <see cref="FirmwareVersion"/>.</summary>
    [JsonConverter(typeof(LenientStringConverter))]
    public string? SoftwareVersion { get; set; }

    [JsonConverter(typeof(LenientInt64Converter))]
    public long? UptimeInMillis { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? SiteId { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? SiteName { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? Ipv4 { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? MacAddress { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? Deployment { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? Role { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? Mode { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? LastRebootReason { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? NegotiatedPower { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? CurrentUplinkInUse { get; set; }

    public AccessPointStats? ApStats { get; set; }

    /// <summary>Top-level form of <see cref="AccessPointStats.ClientCount"/> (v1alpha1).</summary>
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? ClientCount { get; set; }

    /// <summary>Top-level form of <see cref="AccessPointStats.CpuUtilization"/> (v1alpha1).</summary>
    [JsonConverter(typeof(LenientDoubleConverter))]
    public double? CpuUtilization { get; set; }

    /// <summary>Top-level form of <see cref="AccessPointStats.MemoryUtilization"/> (v1alpha1).</summary>
    [JsonConverter(typeof(LenientDoubleConverter))]
    public double? MemoryUtilization { get; set; }

    public List<AccessPointRadio>? Radios { get; set; }

    public List<AccessPointPort>? Ports { get; set; }

    public List<AccessPointWlan>? Wlans { get; set; }
}

/// <summary>Load figures of an access point.</summary>
internal sealed class AccessPointStats
{
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? ClientCount { get; set; }

    [JsonConverter(typeof(LenientDoubleConverter))]
    public double? CpuUtilization { get; set; }

    [JsonConverter(typeof(LenientDoubleConverter))]
    public double? MemoryUtilization { get; set; }
}

/// <summary>One radio inside the access point detail; <c>channel</c> and <c>power</c> arrive as strings or numbers.</summary>
internal sealed class AccessPointRadio
{
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? RadioNumber { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? Band { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? Channel { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? Bandwidth { get; set; }

    /// <summary>Transmit power in dBm.</summary>
    [JsonConverter(typeof(LenientDoubleConverter))]
    public double? Power { get; set; }

    /// <summary>Older name of <see cref="Power"/>.</summary>
    [JsonConverter(typeof(LenientDoubleConverter))]
    public double? TxPower { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? Status { get; set; }

    public AccessPointRadioStats? RadioStats { get; set; }
}

/// <summary>RF figures of one radio.</summary>
internal sealed class AccessPointRadioStats
{
    [JsonConverter(typeof(LenientDoubleConverter))]
    public double? ChannelUtilization { get; set; }

    /// <summary>Noise floor in dBm.</summary>
    [JsonConverter(typeof(LenientDoubleConverter))]
    public double? NoiseFloor { get; set; }
}

/// <summary>One Ethernet or USB port of an access point.</summary>
internal sealed class AccessPointPort
{
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Name { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? PortStatus { get; set; }

    /// <summary>Older name of <see cref="PortStatus"/>.</summary>
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Status { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? Speed { get; set; }

    [JsonConverter(typeof(LenientBooleanConverter))]
    public bool? IsUplink { get; set; }
}

/// <summary>One WLAN the access point broadcasts.</summary>
internal sealed class AccessPointWlan
{
    [JsonConverter(typeof(LenientStringConverter))]
    public string? WlanName { get; set; }

    /// <summary>Older spelling of <see cref="WlanName"/>.</summary>
    [JsonConverter(typeof(LenientStringConverter))]
    [JsonPropertyName("wLanName")]
    public string? OlderWlanName { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? SecurityLevel { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? Status { get; set; }
}
