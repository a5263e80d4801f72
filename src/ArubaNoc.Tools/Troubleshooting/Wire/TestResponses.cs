using System.Text.Json.Serialization;
using ArubaNoc.Central.Wire;

namespace ArubaNoc.Tools.Troubleshooting.Wire;

/// <summary>The 202 response of a test start: the relative <c>location</c> of the result, <c>status</c> and <c>startTime</c>.</summary>
internal sealed class TestStartResponse
{
    [JsonPropertyName("location")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Location { get; set; }

    [JsonPropertyName("status")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Status { get; set; }

    [JsonPropertyName("startTime")]
    [JsonConverter(typeof(LenientDateTimeConverter))]
    public DateTimeOffset? StartTime { get; set; }
}

/// <summary>
/// A poll of an async test. <c>failReason</c> appears in Central's examples but not in its schema;
/// <c>output</c> is null until the test completes and all its numbers arrive as strings.
/// </summary>
internal sealed class TestResultResponse
{
    [JsonPropertyName("status")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Status { get; set; }

    [JsonPropertyName("progressPercent")]
    [JsonConverter(typeof(LenientDoubleConverter))]
    public double? ProgressPercent { get; set; }

    [JsonPropertyName("startTime")]
    [JsonConverter(typeof(LenientDateTimeConverter))]
    public DateTimeOffset? StartTime { get; set; }

    [JsonPropertyName("endTime")]
    [JsonConverter(typeof(LenientDateTimeConverter))]
    public DateTimeOffset? EndTime { get; set; }

    [JsonPropertyName("failReason")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? FailReason { get; set; }

    [JsonPropertyName("rawOutput")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? RawOutput { get; set; }

    [JsonPropertyName("output")]
    public TestOutput? Output { get; set; }
}

/// <summary>The union of the AP ping, gateway ping and traceroute outputs; each test fills its own fields.</summary>
internal sealed class TestOutput
{
    [JsonPropertyName("destination")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Destination { get; set; }

    [JsonPropertyName("resolvedIp")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? ResolvedIp { get; set; }

    [JsonPropertyName("transmittedPacketsCount")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? TransmittedPacketsCount { get; set; }

    [JsonPropertyName("sentPacketsCount")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? SentPacketsCount { get; set; }

    [JsonPropertyName("receivedPacketsCount")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? ReceivedPacketsCount { get; set; }

    [JsonPropertyName("packetLossPercent")]
    [JsonConverter(typeof(LenientDoubleConverter))]
    public double? PacketLossPercent { get; set; }

    [JsonPropertyName("successRatePercent")]
    [JsonConverter(typeof(LenientDoubleConverter))]
    public double? SuccessRatePercent { get; set; }

    [JsonPropertyName("minimumRoundTripTimeMilliseconds")]
    [JsonConverter(typeof(LenientDoubleConverter))]
    public double? MinimumRoundTripTimeMilliseconds { get; set; }

    [JsonPropertyName("averageRoundTripTimeMilliseconds")]
    [JsonConverter(typeof(LenientDoubleConverter))]
    public double? AverageRoundTripTimeMilliseconds { get; set; }

    [JsonPropertyName("maximumRoundTripTimeMilliseconds")]
    [JsonConverter(typeof(LenientDoubleConverter))]
    public double? MaximumRoundTripTimeMilliseconds { get; set; }

    [JsonPropertyName("minimumLatencyMilliseconds")]
    [JsonConverter(typeof(LenientDoubleConverter))]
    public double? MinimumLatencyMilliseconds { get; set; }

    [JsonPropertyName("averageLatencyMilliseconds")]
    [JsonConverter(typeof(LenientDoubleConverter))]
    public double? AverageLatencyMilliseconds { get; set; }

    [JsonPropertyName("maximumLatencyMilliseconds")]
    [JsonConverter(typeof(LenientDoubleConverter))]
    public double? MaximumLatencyMilliseconds { get; set; }

    [JsonPropertyName("replies")]
    public List<PingReply?>? Replies { get; set; }

    [JsonPropertyName("hops")]
    public List<TraceHop?>? Hops { get; set; }
}

/// <summary>One AP ping reply.</summary>
internal sealed class PingReply
{
    [JsonPropertyName("sentPacketAddress")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Address { get; set; }

    [JsonPropertyName("sentPacketIcmpSequenceNumber")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? Sequence { get; set; }

    [JsonPropertyName("sentPacketSizeBytes")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? SizeBytes { get; set; }

    [JsonPropertyName("sentPacketTimeMilliseconds")]
    [JsonConverter(typeof(LenientDoubleConverter))]
    public double? TimeMilliseconds { get; set; }

    [JsonPropertyName("sentPacketTimeToLive")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? TimeToLive { get; set; }
}

/// <summary>One traceroute hop with its probes.</summary>
internal sealed class TraceHop
{
    [JsonPropertyName("hop")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? Hop { get; set; }

    [JsonPropertyName("probes")]
    public List<TraceProbe?>? Probes { get; set; }
}

/// <summary>
/// One traceroute probe. Central's examples send <c>ipAddress</c> as the string <c>"null"</c> with the
/// address in <c>reverseDnsResolution</c>, times such as <c>"0.942 ms"</c>, and <c>"*"</c> for no reply.
/// </summary>
internal sealed class TraceProbe
{
    [JsonPropertyName("ipAddress")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? IpAddress { get; set; }

    [JsonPropertyName("reverseDnsResolution")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? ReverseDnsResolution { get; set; }

    [JsonPropertyName("responseTimeMilliseconds")]
    [JsonConverter(typeof(LenientDoubleConverter))]
    public double? ResponseTimeMilliseconds { get; set; }
}
