using ArubaNoc.Tools.Alerts.Wire;
using ArubaNoc.Tools.Framework;

namespace ArubaNoc.Tools.Alerts;

/// <summary>Computes the page breakdowns, rows and findings of <c>get_events</c>.</summary>
internal static class EventReport
{
    /// <summary>Entries of the top-event and top-source lists.</summary>
    private const int TopCount = 5;

    public static readonly OutputField TotalFact = new("total", OutputKind.Integer, "Total");
    public static readonly OutputField ReturnedFact = new("returned", OutputKind.Integer, "Returned");
    public static readonly OutputField NegativeFact = new("negative", OutputKind.Integer, "Negative (this page)");
    public static readonly OutputField PositiveFact = new("positive", OutputKind.Integer, "Positive (this page)");
    public static readonly OutputField NeutralFact = new("neutral", OutputKind.Integer, "Neutral (this page)");
    public static readonly OutputField OldestFact = new("oldestAt", OutputKind.Time, "Oldest");
    public static readonly OutputField NewestFact = new("newestAt", OutputKind.Time, "Newest");
    public static readonly OutputField NegativeShareFact = new("negativePct", OutputKind.Percent, "Negative share (this page)");
    public static readonly OutputField BySeverityFact = new("bySeverity", OutputKind.Counts);
    public static readonly OutputField ByCategoryFact = new("byCategory", OutputKind.Counts);
    public static readonly OutputField TopEventsFact = new("topEvents", OutputKind.Counts);
    public static readonly OutputField TopNegativeSourcesFact = new("topNegativeSources", OutputKind.Counts);

    public static readonly OutputField TimeItem = new("timeAt", OutputKind.Time);
    public static readonly OutputField NameItem = new("eventName", OutputKind.Text);
    public static readonly OutputField IdItem = new("eventId", OutputKind.Text);
    public static readonly OutputField SeverityItem = new("severity", OutputKind.Text);
    public static readonly OutputField CategoryItem = new("category", OutputKind.Text);
    public static readonly OutputField SourceTypeItem = new("sourceType", OutputKind.Text);
    public static readonly OutputField SourceNameItem = new("sourceName", OutputKind.Text);
    public static readonly OutputField SerialItem = new("serialNumber", OutputKind.Text);
    public static readonly OutputField ClientMacItem = new("clientMacAddress", OutputKind.Text);
    public static readonly OutputField ReasonItem = new("reason", OutputKind.Text);

    public static readonly OutputShape Shape = new(
        [TotalFact, ReturnedFact, NegativeFact, PositiveFact, NeutralFact, OldestFact, NewestFact, NegativeShareFact, BySeverityFact, ByCategoryFact, TopEventsFact, TopNegativeSourcesFact],
        [TimeItem, NameItem, IdItem, SeverityItem, CategoryItem, SourceTypeItem, SourceNameItem, SerialItem, ClientMacItem, ReasonItem]);

    public static void Describe(ToolResultBuilder result, List<EventItem> events, long? total)
    {
        long CountOf(string severity) => events.Count(item => string.Equals(item.Severity, severity, StringComparison.OrdinalIgnoreCase));
        var negative = CountOf("negative");
        var topEvents = AlertReport.Count(events, item => item.EventName).Take(TopCount).ToList();
        var times = events.Where(item => item.TimeAt is not null).Select(item => item.TimeAt!.Value).ToList();
        result.Facts
            .Set(TotalFact, total)
            .Set(ReturnedFact, events.Count)
            .Set(NegativeFact, negative)
            .Set(PositiveFact, CountOf("positive"))
            .Set(NeutralFact, CountOf("neutral"))
            .Set(OldestFact, times.Count == 0 ? null : times.Min())
            .Set(NewestFact, times.Count == 0 ? null : times.Max())
            .Set(NegativeShareFact, ValueFormat.PercentOf(negative, events.Count))
            .Set(BySeverityFact, AlertReport.Count(events, item => item.Severity))
            .Set(ByCategoryFact, AlertReport.Count(events, item => item.Category))
            .Set(TopEventsFact, topEvents)
            .Set(TopNegativeSourcesFact, AlertReport.Count(events.Where(IsNegative), item => item.SourceName).Take(TopCount));

        var rows = new List<TextRow>();
        foreach (var item in events)
        {
            result.AddItem(result.Shape.NewItem()
                .Set(TimeItem, item.TimeAt).Set(NameItem, item.EventName).Set(IdItem, item.EventId).Set(SeverityItem, item.Severity)
                .Set(CategoryItem, item.Category).Set(SourceTypeItem, item.SourceType).Set(SourceNameItem, item.SourceName)
                .Set(SerialItem, item.SerialNumber).Set(ClientMacItem, item.ClientMacAddress).Set(ReasonItem, item.Reason));
            rows.Add(new TextRow(
                SeverityToken(item.Severity),
                $"{ValueFormat.Time(item.TimeAt)} · {ValueFormat.Text(item.EventName)} · {ValueFormat.Text(item.SourceName)} · {ValueFormat.Text(item.Reason)}"));
        }

        if (rows.Count > 0)
        {
            result.AddSection("Events", rows);
        }

        if (negative > 0)
        {
            result.AddFinding(FindingLevel.Warn, "NEGATIVE_EVENTS", $"{ValueFormat.Integer(negative)} negative events on this page");
        }

        if (topEvents.Count > 0 && topEvents[0].Value * 2 >= events.Count)
        {
            result.AddFinding(FindingLevel.Info, "REPEATED_EVENT", $"'{topEvents[0].Key}' is {ValueFormat.Percent(ValueFormat.PercentOf(topEvents[0].Value, events.Count))} of this page");
        }

        if (events.Count == 0)
        {
            result.AddFinding(FindingLevel.Ok, "NO_EVENTS", "no events in the window");
        }
    }

    private static bool IsNegative(EventItem item) => string.Equals(item.Severity, "negative", StringComparison.OrdinalIgnoreCase);

    /// <summary>negative → WARN, positive → OK, neutral → INFO, anything else → unknown.</summary>
    internal static string SeverityToken(string? severity) => severity?.ToLowerInvariant() switch
    {
        "negative" => StatusToken.Warn,
        "positive" => StatusToken.Ok,
        "neutral" => StatusToken.Info,
        _ => StatusToken.Unknown,
    };
}
