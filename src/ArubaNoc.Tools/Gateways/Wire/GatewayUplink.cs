using System.Text.Json.Serialization;
using ArubaNoc.Central.Wire;

namespace ArubaNoc.Tools.Gateways.Wire;

/// <summary>One item of GET <c>/network-monitoring/v1/gateways/{serial-number}/uplinks</c>.</summary>
internal sealed class GatewayUplink
{
    /// <summary>Display name of the uplink; may hold spaces and punctuation such as <c>/</c>.</summary>
    [JsonConverter(typeof(LenientStringConverter))]
    public string? LinkTag { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? Status { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? LinkStatus { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? WanStatus { get; set; }

    [JsonConverter(typeof(LenientBooleanConverter))]
    public bool? IsBackupUplink { get; set; }

    /// <summary>Older name of <see cref="IsBackupUplink"/>.</summary>
    [JsonConverter(typeof(LenientBooleanConverter))]
    public bool? WanBackup { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? PrivateIpAddress { get; set; }

    /// <summary>Older name of <see cref="PrivateIpAddress"/>.</summary>
    [JsonConverter(typeof(LenientStringConverter))]
    public string? PrivateIp { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? PublicIpAddress { get; set; }

    /// <summary>Older name of <see cref="PublicIpAddress"/>.</summary>
    [JsonConverter(typeof(LenientStringConverter))]
    public string? PublicIp { get; set; }

    [JsonConverter(typeof(LenientInt64Converter))]
    public long? VlanId { get; set; }

    /// <summary>Current rate in bytes per second.</summary>
    public UplinkCounters? Throughput { get; set; }

    /// <summary>Volume in bytes.</summary>
    public UplinkCounters? Usage { get; set; }

    /// <summary>Whether the uplink is a backup. False when Central sends neither flag.</summary>
    [JsonIgnore]
    public bool IsBackup => IsBackupUplink ?? WanBackup ?? false;

    [JsonIgnore]
    public string? PublicAddress => PublicIpAddress ?? PublicIp;

    [JsonIgnore]
    public string? PrivateAddress => PrivateIpAddress ?? PrivateIp;
}

/// <summary>Sent and received counters; <see cref="Total"/> only on usage.</summary>
internal sealed class UplinkCounters
{
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? Sent { get; set; }

    [JsonConverter(typeof(LenientInt64Converter))]
    public long? Received { get; set; }

    [JsonConverter(typeof(LenientInt64Converter))]
    public long? Total { get; set; }
}
