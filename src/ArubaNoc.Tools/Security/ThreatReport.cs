using ArubaNoc.Tools.Framework;
using ArubaNoc.Tools.Security.Wire;

namespace ArubaNoc.Tools.Security;

/// <summary>
/// Computes the facts, sections and posture of <c>list_idps_threats</c> from the threats that matched the
/// local filters. The block rate divides by those matched threats, never by Central's <c>total</c>.
/// </summary>
internal static class ThreatReport
{
    private const int TopSignatures = 5;
    private const int CriticalRows = 5;

    public static readonly OutputField AvailableFact = new("available", OutputKind.Boolean);
    public static readonly OutputField TotalFact = new("total", OutputKind.Integer, "Total");
    public static readonly OutputField ReturnedFact = new("returned", OutputKind.Integer, "Returned");
    public static readonly OutputField MatchedFact = new("matched", OutputKind.Integer, "Matched (this page)");
    public static readonly OutputField CriticalFact = new("critical", OutputKind.Integer, "Critical");
    public static readonly OutputField HighFact = new("high", OutputKind.Integer, "High");
    public static readonly OutputField BlockedFact = new("blocked", OutputKind.Integer, "Blocked");
    public static readonly OutputField BlockRateFact = new("blockRatePct", OutputKind.Percent, "Block rate");
    public static readonly OutputField BySeverityFact = new("bySeverity", OutputKind.Counts);
    public static readonly OutputField ByActionFact = new("byAction", OutputKind.Counts);
    public static readonly OutputField TopSignaturesFact = new("topSignatures", OutputKind.Counts);

    public static readonly OutputField TimestampItem = new("timestamp", OutputKind.Time);
    public static readonly OutputField SeverityItem = new("severity", OutputKind.Text);
    public static readonly OutputField SignatureItem = new("signatureName", OutputKind.Text);
    public static readonly OutputField ActionItem = new("action", OutputKind.Text);
    public static readonly OutputField SrcIpItem = new("srcIp", OutputKind.Text);
    public static readonly OutputField DestIpItem = new("destIp", OutputKind.Text);
    public static readonly OutputField SerialItem = new("deviceSerialNum", OutputKind.Text);
    public static readonly OutputField SiteItem = new("siteName", OutputKind.Text);

    public static readonly OutputShape Shape = new(
        [AvailableFact, TotalFact, ReturnedFact, MatchedFact, CriticalFact, HighFact, BlockedFact, BlockRateFact, BySeverityFact, ByActionFact, TopSignaturesFact],
        [TimestampItem, SeverityItem, SignatureItem, ActionItem, SrcIpItem, DestIpItem, SerialItem, SiteItem]);

    public static void Describe(ToolResultBuilder result, int returned, long? total, List<ThreatItem> matched)
    {
        var bySeverity = Count(matched, item => item.Severity?.ToUpperInvariant());
        var byAction = Count(matched, item => item.Action);
        var topSignatures = Count(matched, item => item.Signature).Take(TopSignatures).ToList();
        var critical = matched.Count(item => Is(item.Severity, "CRITICAL"));
        var high = matched.Count(item => Is(item.Severity, "HIGH"));
        var blocked = matched.Count(item => Is(item.Action, "Blocked") || Is(item.Action, "Block") || Is(item.Action, "Dropped"));
        var blockRate = ValueFormat.PercentOf(blocked, matched.Count);
        result.Facts
            .Set(AvailableFact, true).Set(TotalFact, total).Set(ReturnedFact, returned).Set(MatchedFact, matched.Count)
            .Set(CriticalFact, critical).Set(HighFact, high).Set(BlockedFact, blocked).Set(BlockRateFact, blockRate)
            .Set(BySeverityFact, bySeverity).Set(ByActionFact, byAction).Set(TopSignaturesFact, topSignatures);

        foreach (var item in matched)
        {
            result.AddItem(result.Shape.NewItem()
                .Set(TimestampItem, item.Timestamp).Set(SeverityItem, item.Severity).Set(SignatureItem, item.Signature).Set(ActionItem, item.Action)
                .Set(SrcIpItem, item.Source).Set(DestIpItem, item.Destination).Set(SerialItem, item.DeviceSerialNum).Set(SiteItem, item.SiteName));
        }

        if (matched.Count == 0)
        {
            result.AddFinding(new Finding(FindingLevel.Ok, "NO_THREATS", "No threats in the window") { PrintsCode = false });
            return;
        }

        result.AddSection("By severity", bySeverity.Select(pair => new TextRow(SeverityToken(pair.Key), $"{pair.Key}: {ValueFormat.Integer(pair.Value)}")).ToList());
        result.AddSection("Top signatures", topSignatures.Select(pair => new TextRow(null, $"{pair.Key}: {ValueFormat.Integer(pair.Value)}")).ToList());
        result.AddSection("By action", byAction.Select(pair => new TextRow(null, $"{pair.Key}: {ValueFormat.Integer(pair.Value)}")).ToList());
        var severe = matched.Where(item => Is(item.Severity, "CRITICAL") || Is(item.Severity, "HIGH")).ToList();
        if (severe.Count > 0)
        {
            var rows = severe.Select(item => new TextRow(
                SeverityToken(item.Severity),
                $"{ValueFormat.Text(item.Signature)} · {ValueFormat.Text(item.Source)} -> {ValueFormat.Text(item.Destination)} · {ValueFormat.Time(item.Timestamp)} · {ValueFormat.Text(item.Action)}")).ToList();
            result.AddSection("Critical and high", rows, CriticalRows);
        }

        AddPosture(result, critical, high, blockRate);
    }

    /// <summary>Critical threats → CRIT; more than 5 high → WARN; then the block rate: over 90 % excellent, over 70 % good, else review.</summary>
    private static void AddPosture(ToolResultBuilder result, int critical, int high, double? blockRate)
    {
        if (critical > 0)
        {
            result.AddFinding(FindingLevel.Crit, "CRITICAL_THREATS", $"{critical} critical threats on this page");
        }

        if (high > 5)
        {
            result.AddFinding(FindingLevel.Warn, "HIGH_THREATS", $"{high} high-severity threats on this page");
        }

        var rate = ValueFormat.Percent(blockRate);
        switch (blockRate)
        {
            case > 90:
                result.AddFinding(FindingLevel.Ok, "BLOCK_RATE", $"excellent: {rate} of matched threats were blocked");
                break;
            case > 70:
                result.AddFinding(FindingLevel.Ok, "BLOCK_RATE", $"good: {rate} of matched threats were blocked");
                break;
            default:
                result.AddFinding(FindingLevel.Warn, "BLOCK_RATE", $"review the IPS policy: only {rate} of matched threats were blocked");
                break;
        }
    }

    private static string SeverityToken(string? severity) => severity?.ToUpperInvariant() switch
    {
        "CRITICAL" => StatusToken.Crit,
        "HIGH" => StatusToken.Warn,
        _ => StatusToken.Info,
    };

    private static bool Is(string? value, string expected) => string.Equals(value, expected, StringComparison.OrdinalIgnoreCase);

    private static List<KeyValuePair<string, long>> Count(IEnumerable<ThreatItem> items, Func<ThreatItem, string?> key) =>
        items.GroupBy(item => key(item) ?? "unknown", StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(group => group.Count())
            .ThenBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => KeyValuePair.Create(group.Key, (long)group.Count()))
            .ToList();
}
