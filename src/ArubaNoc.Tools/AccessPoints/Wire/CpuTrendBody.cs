using System.Text.Json;
using System.Text.Json.Serialization;
using ArubaNoc.Central.Wire;

namespace ArubaNoc.Tools.AccessPoints.Wire;

/// <summary>
/// Body of GET <c>/network-monitoring/v1/aps/{serial-number}/cpu-utilization-trends</c>; <see cref="Trends"/>
/// is the v1alpha1 form, read when <see cref="Graph"/> is absent.
/// </summary>
internal sealed class CpuTrendBody
{
    public CpuTrendGraph? Graph { get; set; }

    public List<CpuTrendAlphaPoint>? Trends { get; set; }
}

/// <summary>Samples whose <c>data</c> values line up with <see cref="Keys"/>.</summary>
internal sealed class CpuTrendGraph
{
    [JsonConverter(typeof(Devices.LenientTextListConverter))]
    public List<string>? Keys { get; set; }

    public List<CpuTrendSample>? Samples { get; set; }

    [JsonConverter(typeof(LenientInt64Converter))]
    public long? SamplingIntervalInMinutes { get; set; }
}

/// <summary>One sample; <see cref="Data"/> entries may be numbers, numeric strings or null.</summary>
internal sealed class CpuTrendSample
{
    [JsonConverter(typeof(LenientDateTimeConverter))]
    public DateTimeOffset? Timestamp { get; set; }

    public List<JsonElement>? Data { get; set; }
}

/// <summary>One v1alpha1 trend point.</summary>
internal sealed class CpuTrendAlphaPoint
{
    [JsonConverter(typeof(LenientDateTimeConverter))]
    public DateTimeOffset? Timestamp { get; set; }

    [JsonConverter(typeof(LenientDoubleConverter))]
    public double? CpuUtilization { get; set; }
}
