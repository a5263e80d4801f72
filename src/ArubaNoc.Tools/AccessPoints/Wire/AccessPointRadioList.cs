using System.Text.Json.Serialization;
using ArubaNoc.Central.Wire;

namespace ArubaNoc.Tools.AccessPoints.Wire;

/// <summary>
/// One item of GET <c>/network-monitoring/v1/aps/{serial-number}/radios</c>. The schema types most numbers as
/// strings (<c>"87"</c>, <c>"-50"</c>); the lenient converters read either form.
/// </summary>
internal sealed class RadioItem
{
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? RadioNumber { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? Band { get; set; }

    /// <summary>Channel text such as <c>36+</c> or <c>149E</c>.</summary>
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Channel { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? Bandwidth { get; set; }

    [JsonConverter(typeof(LenientDoubleConverter))]
    public double? Power { get; set; }

    /// <summary>Older name of <see cref="Power"/>.</summary>
    [JsonConverter(typeof(LenientDoubleConverter))]
    public double? TxPower { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? Status { get; set; }

    [JsonConverter(typeof(LenientInt64Converter))]
    public long? ClientCount { get; set; }

    [JsonConverter(typeof(LenientDoubleConverter))]
    public double? ChannelUtilization { get; set; }

    /// <summary>Older name of <see cref="ChannelUtilization"/>.</summary>
    [JsonConverter(typeof(LenientDoubleConverter))]
    public double? UtilizationPercent { get; set; }

    [JsonConverter(typeof(LenientDoubleConverter))]
    public double? NoiseFloor { get; set; }

    [JsonConverter(typeof(LenientDoubleConverter))]
    public double? ChannelQuality { get; set; }

    [JsonConverter(typeof(LenientDoubleConverter))]
    public double? NonWifiInterference { get; set; }

    [JsonConverter(typeof(LenientDoubleConverter))]
    public double? Retries { get; set; }

    [JsonConverter(typeof(LenientDoubleConverter))]
    public double? Drops { get; set; }

    [JsonConverter(typeof(LenientDoubleConverter))]
    public double? TxUtilization { get; set; }

    [JsonConverter(typeof(LenientDoubleConverter))]
    public double? RxUtilization { get; set; }

    /// <summary>Channel changes during the last 3 hours.</summary>
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? ChannelChangeCount { get; set; }

    [JsonConverter(typeof(LenientInt64Converter))]
    public long? PowerChangeCount { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? Mode { get; set; }
}
