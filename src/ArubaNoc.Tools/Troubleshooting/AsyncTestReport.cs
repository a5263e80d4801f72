using System.Globalization;
using System.Net;
using ArubaNoc.Tools.Framework;
using ArubaNoc.Tools.Troubleshooting.Wire;

namespace ArubaNoc.Tools.Troubleshooting;

/// <summary>
/// Interprets one poll of an async test: still running, failed, or a completed ping or traceroute with
/// its assessment. All numbers in Central's output arrive as strings and are read leniently.
/// </summary>
internal sealed class AsyncTestReport
{
    /// <summary>Characters of <c>rawOutput</c> printed at most.</summary>
    public const int MaxRawOutputLength = 2000;

    public static readonly OutputField DoneFact = new("done", OutputKind.Boolean);
    public static readonly OutputField StatusFact = new("status", OutputKind.Text, "Status");
    public static readonly OutputField ProgressFact = new("progressPct", OutputKind.Percent, "Progress");
    public static readonly OutputField StartTimeFact = new("startTime", OutputKind.Time);
    public static readonly OutputField EndTimeFact = new("endTime", OutputKind.Time);
    public static readonly OutputField ElapsedFact = new("elapsedSeconds", OutputKind.Integer, "Elapsed (s)");
    public static readonly OutputField FailReasonFact = new("failReason", OutputKind.Text);
    public static readonly OutputField DestinationFact = new("destination", OutputKind.Text, "Destination");
    public static readonly OutputField ResolvedIpFact = new("resolvedIp", OutputKind.Text, "Resolved IP");
    public static readonly OutputField SummaryFact = new("summary", OutputKind.Text, "Result");
    public static readonly OutputField SentFact = new("sent", OutputKind.Integer);
    public static readonly OutputField ReceivedFact = new("received", OutputKind.Integer);
    public static readonly OutputField LossFact = new("lossPct", OutputKind.Percent);
    public static readonly OutputField MinFact = new("minMs", OutputKind.Number);
    public static readonly OutputField AvgFact = new("avgMs", OutputKind.Number);
    public static readonly OutputField MaxFact = new("maxMs", OutputKind.Number);
    public static readonly OutputField HopsFact = new("hops", OutputKind.Integer);
    public static readonly OutputField ReachedFact = new("reached", OutputKind.Boolean);
    public static readonly OutputField RawOutputFact = new("rawOutput", OutputKind.Text);

    public static readonly OutputField HopItem = new("hop", OutputKind.Integer);
    public static readonly OutputField AddressItem = new("address", OutputKind.Text);
    public static readonly OutputField NameItem = new("name", OutputKind.Text);
    public static readonly OutputField TimesItem = new("timesMs", OutputKind.NumberList);
    public static readonly OutputField SeqItem = new("seq", OutputKind.Integer);
    public static readonly OutputField TtlItem = new("ttl", OutputKind.Integer);
    public static readonly OutputField TimeItem = new("timeMs", OutputKind.Number);
    public static readonly OutputField SizeItem = new("sizeBytes", OutputKind.Integer);

    public static readonly OutputShape Shape = new(
        [
            DoneFact, StatusFact, ProgressFact, StartTimeFact, EndTimeFact, ElapsedFact, FailReasonFact, DestinationFact, ResolvedIpFact,
            SummaryFact, SentFact, ReceivedFact, LossFact, MinFact, AvgFact, MaxFact, HopsFact, ReachedFact, RawOutputFact,
        ],
        [HopItem, AddressItem, NameItem, TimesItem, SeqItem, TtlItem, TimeItem, SizeItem]);

    private readonly AsyncTestAddress _address;
    private readonly TestResultResponse _poll;
    private readonly DateTimeOffset _now;
    private readonly bool _includeRawOutput;

    public AsyncTestReport(AsyncTestAddress address, TestResultResponse poll, DateTimeOffset now, bool includeRawOutput)
    {
        _address = address;
        _poll = poll;
        _now = now;
        _includeRawOutput = includeRawOutput;
    }

    /// <summary>Whether the test ended (COMPLETED or FAILED, in any case).</summary>
    public static bool IsDone(string? status) =>
        string.Equals(status, "COMPLETED", StringComparison.OrdinalIgnoreCase) || string.Equals(status, "FAILED", StringComparison.OrdinalIgnoreCase);

    private bool IsPing => _address.Test == "ping";

    public string HeadingToken => (IsDone(_poll.Status), IsPing) switch
    {
        (false, _) => StatusToken.Async,
        (true, true) => StatusToken.Ping,
        _ => StatusToken.Trace,
    };

    public string Title => (IsDone(_poll.Status), IsPing) switch
    {
        (false, _) => "Test running",
        (true, true) => "Ping result",
        _ => "Traceroute result",
    };

    /// <summary>The failure reason of an ended test, or null when it succeeded.</summary>
    private string? FailureReason()
    {
        if (string.Equals(_poll.Status, "FAILED", StringComparison.OrdinalIgnoreCase))
        {
            return _poll.FailReason ?? "no reason given";
        }

        return _poll.FailReason ?? (_poll.Output is null ? "no output" : null);
    }

    public ToolResult Build(ToolResultBuilder result)
    {
        var done = IsDone(_poll.Status);
        result.WithScope(new ResultScope
        {
            SerialNumber = _address.Serial,
            Extra = [$"{_address.DeviceType} {_address.Test} task {_address.TaskId}"],
        });
        result.Facts
            .Set(DoneFact, done)
            .Set(StatusFact, _poll.Status)
            .Set(ProgressFact, _poll.ProgressPercent)
            .Set(StartTimeFact, _poll.StartTime)
            .Set(EndTimeFact, _poll.EndTime)
            .Set(ElapsedFact, _poll.StartTime is { } start ? (long)Math.Max(0, ((_poll.EndTime ?? _now) - start).TotalSeconds) : null)
            .Set(FailReasonFact, _poll.FailReason)
            .Set(DestinationFact, _poll.Output?.Destination)
            .Set(ResolvedIpFact, _poll.Output?.ResolvedIp);
        AddRawOutput(result);

        if (!done)
        {
            result.AddSection("Next", [new TextRow(StatusToken.Async, $"still running: call get_async_test_result again with task_handle=\"{_address.Handle}\" (add wait_seconds=20 to wait)")]);
            return result.Build();
        }

        if (FailureReason() is { } reason)
        {
            result.Facts.Set(SummaryFact, "test failed");
            result.AddFinding(FindingLevel.Crit, "TEST_FAILED", reason);
            return result.Build();
        }

        if (IsPing)
        {
            DescribePing(result, _poll.Output!);
        }
        else
        {
            TracerouteReport.Describe(result, _poll.Output!);
        }

        return result.Build();
    }

    private void DescribePing(ToolResultBuilder result, TestOutput output)
    {
        var gateway = _address.DeviceType == "gateways";
        var sent = output.TransmittedPacketsCount ?? output.SentPacketsCount;
        var received = output.ReceivedPacketsCount;
        var loss = gateway && output.SuccessRatePercent is { } success ? 100 - success : output.PacketLossPercent;
        if (loss is null && sent is > 0 && received is { } count)
        {
            loss = (sent.Value - count) * 100.0 / sent.Value;
        }

        var min = output.MinimumRoundTripTimeMilliseconds ?? output.MinimumLatencyMilliseconds;
        var avg = output.AverageRoundTripTimeMilliseconds ?? output.AverageLatencyMilliseconds;
        var max = output.MaximumRoundTripTimeMilliseconds ?? output.MaximumLatencyMilliseconds;
        result.Facts
            .Set(SentFact, sent).Set(ReceivedFact, received).Set(LossFact, loss)
            .Set(MinFact, min).Set(AvgFact, avg).Set(MaxFact, max)
            .Set(SummaryFact, string.Create(CultureInfo.InvariantCulture,
                $"sent {ValueFormat.Integer(sent)}, received {ValueFormat.Integer(received)}, loss {ValueFormat.Percent(loss)}, min/avg/max {ValueFormat.Number(min)}/{ValueFormat.Number(avg)}/{ValueFormat.Number(max)} ms"));

        var rows = new List<TextRow>();
        foreach (var reply in output.Replies ?? [])
        {
            if (reply is null)
            {
                continue;
            }

            result.AddItem(result.Shape.NewItem()
                .Set(SeqItem, reply.Sequence).Set(AddressItem, reply.Address).Set(TtlItem, reply.TimeToLive)
                .Set(TimeItem, reply.TimeMilliseconds).Set(SizeItem, reply.SizeBytes));
            rows.Add(new TextRow(null, $"seq {ValueFormat.Integer(reply.Sequence)} · {ValueFormat.Text(reply.Address)} · ttl {ValueFormat.Integer(reply.TimeToLive)} · {ValueFormat.Number(reply.TimeMilliseconds)} ms"));
        }

        if (rows.Count > 0)
        {
            result.AddSection("Replies", rows);
        }

        result.AddFinding(Assess(received, loss, avg));
    }

    /// <summary>Rates a ping: nothing received is unreachable; then by loss and average round trip.</summary>
    internal static Finding Assess(long? received, double? lossPct, double? avgMs) => (received, lossPct, avgMs) switch
    {
        (0, _, _) => new Finding(FindingLevel.Crit, "UNREACHABLE", "no reply was received"),
        (_, 0, < 50) => new Finding(FindingLevel.Ok, "EXCELLENT", "no loss and average round trip under 50 ms"),
        (_, < 5, < 100) => new Finding(FindingLevel.Ok, "GOOD", "loss under 5 % and average round trip under 100 ms"),
        (_, < 20, _) => new Finding(FindingLevel.Warn, "DEGRADED", $"loss {ValueFormat.Percent(lossPct)}, average round trip {ValueFormat.Number(avgMs)} ms"),
        _ => new Finding(FindingLevel.Crit, "POOR", $"loss {ValueFormat.Percent(lossPct)}, average round trip {ValueFormat.Number(avgMs)} ms"),
    };

    private void AddRawOutput(ToolResultBuilder result)
    {
        if (!_includeRawOutput || string.IsNullOrEmpty(_poll.RawOutput))
        {
            return;
        }

        var raw = _poll.RawOutput.Length > MaxRawOutputLength ? _poll.RawOutput[..MaxRawOutputLength] : _poll.RawOutput;
        result.Facts.Set(RawOutputFact, raw);
        var lines = raw.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => new TextRow(null, line))
            .ToList();
        result.AddSection("Raw output", lines, TextSection.ExtendedCap);
    }

    /// <summary>Whether <paramref name="text"/> is an IP address literal.</summary>
    internal static bool IsIpAddress(string? text) => text is not null && IPAddress.TryParse(text, out _);
}
