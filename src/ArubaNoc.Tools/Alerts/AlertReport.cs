using ArubaNoc.Tools.Alerts.Wire;
using ArubaNoc.Tools.Framework;

namespace ArubaNoc.Tools.Alerts;

/// <summary>
/// Computes the facts, rows and findings of <c>get_alerts</c>. Severity counts cover all matching alerts when
/// the classification call succeeded, else only the page. Category, priority and the oldest active alert
/// always describe the page.
/// </summary>
internal sealed class AlertReport(DateTimeOffset now, TimeSpan staleAge, int maxSummaryLength)
{
    public static readonly OutputField TotalFact = new("total", OutputKind.Integer, "Total");
    public static readonly OutputField ReturnedFact = new("returned", OutputKind.Integer, "Returned");
    public static readonly OutputField CriticalFact = new("critical", OutputKind.Integer, "Critical");
    public static readonly OutputField MajorFact = new("major", OutputKind.Integer, "Major");
    public static readonly OutputField MinorFact = new("minor", OutputKind.Integer, "Minor");
    public static readonly OutputField InfoFact = new("info", OutputKind.Integer, "Info");
    public static readonly OutputField OldestActiveAgeFact = new("oldestActiveAge", OutputKind.Text, "Oldest active age (this page)");
    public static readonly OutputField BySeverityFact = new("bySeverity", OutputKind.Counts);
    public static readonly OutputField SeverityScopeFact = new("severityScope", OutputKind.Text, "Severity counts over");
    public static readonly OutputField ByCategoryFact = new("byCategory", OutputKind.Counts);
    public static readonly OutputField ByPriorityFact = new("byPriority", OutputKind.Counts);
    public static readonly OutputField OldestActiveAtFact = new("oldestActiveAt", OutputKind.Time);

    public static readonly OutputField IdItem = new("id", OutputKind.Text);
    public static readonly OutputField NameItem = new("name", OutputKind.Text);
    public static readonly OutputField SeverityItem = new("severity", OutputKind.Text);
    public static readonly OutputField PriorityItem = new("priority", OutputKind.Text);
    public static readonly OutputField StatusItem = new("status", OutputKind.Text);
    public static readonly OutputField CategoryItem = new("category", OutputKind.Text);
    public static readonly OutputField DeviceTypeItem = new("deviceType", OutputKind.Text);
    public static readonly OutputField SummaryItem = new("summary", OutputKind.Text);
    public static readonly OutputField CreatedAtItem = new("createdAt", OutputKind.Time);

    public static readonly OutputShape Shape = new(
        [TotalFact, ReturnedFact, CriticalFact, MajorFact, MinorFact, InfoFact, OldestActiveAgeFact, SeverityScopeFact, BySeverityFact, ByCategoryFact, ByPriorityFact, OldestActiveAtFact],
        [IdItem, NameItem, SeverityItem, PriorityItem, StatusItem, CategoryItem, DeviceTypeItem, SummaryItem, CreatedAtItem]);

    /// <param name="items">The whole page, which page counts describe.</param>
    /// <param name="matched">The page after the local severity filter, which rows list.</param>
    public void Describe(ToolResultBuilder result, List<AlertItem> items, List<AlertItem> matched, long? total, AlertClassification? classification)
    {
        var allSeverities = classification?.ClassificationData is { } data
            ? data.OfType<ClassificationEntry>().Where(entry => entry.Name is not null).Select(entry => KeyValuePair.Create(entry.Name!, entry.Count ?? 0)).ToList()
            : null;
        var bySeverity = allSeverities ?? Count(items, item => item.Severity);
        long SeverityCount(string name) => bySeverity.Where(pair => string.Equals(pair.Key, name, StringComparison.OrdinalIgnoreCase)).Sum(pair => pair.Value);

        var oldestActive = items
            .Where(item => string.Equals(item.Status, "Active", StringComparison.OrdinalIgnoreCase) && item.CreatedAt is not null)
            .Select(item => item.CreatedAt!.Value)
            .DefaultIfEmpty()
            .Min();
        DateTimeOffset? oldestActiveAt = oldestActive == default ? null : oldestActive;

        result.Facts
            .Set(TotalFact, total)
            .Set(ReturnedFact, items.Count)
            .Set(CriticalFact, SeverityCount("Critical"))
            .Set(MajorFact, SeverityCount("Major"))
            .Set(MinorFact, SeverityCount("Minor"))
            .Set(InfoFact, SeverityCount("Info"))
            .Set(SeverityScopeFact, allSeverities is null ? "page" : "all")
            .Set(BySeverityFact, bySeverity)
            .Set(ByCategoryFact, Count(items, item => item.Category))
            .Set(ByPriorityFact, Count(items, item => item.Priority))
            .Set(OldestActiveAtFact, oldestActiveAt)
            .Set(OldestActiveAgeFact, oldestActiveAt is { } at ? ValueFormat.Duration((long)(now - at).TotalMilliseconds) : null);

        var rows = new List<TextRow>();
        foreach (var item in matched)
        {
            result.AddItem(result.Shape.NewItem()
                .Set(IdItem, item.Id).Set(NameItem, item.Name).Set(SeverityItem, item.Severity).Set(PriorityItem, item.Priority)
                .Set(StatusItem, item.Status).Set(CategoryItem, item.Category).Set(DeviceTypeItem, item.DeviceType)
                .Set(SummaryItem, item.Summary).Set(CreatedAtItem, item.CreatedAt));
            var summary = item.Summary is { Length: > 0 } text && text.Length > maxSummaryLength ? text[..maxSummaryLength] : item.Summary;
            rows.Add(new TextRow(
                SeverityToken(item.Severity),
                $"{ValueFormat.Text(item.Severity)} · {ValueFormat.Text(item.Name)} · {ValueFormat.Text(item.DeviceType)} · {ValueFormat.Time(item.CreatedAt)} · {ValueFormat.Text(summary)}"));
        }

        if (rows.Count > 0)
        {
            result.AddSection("Alerts", rows);
        }

        AddFindings(result, items, SeverityCount("Critical"), SeverityCount("Major"), allSeverities is null);
    }

    private void AddFindings(ToolResultBuilder result, List<AlertItem> items, long critical, long major, bool pageOnly)
    {
        var where = pageOnly ? " on this page" : string.Empty;
        if (critical > 0)
        {
            result.AddFinding(FindingLevel.Crit, "CRITICAL_ALERTS", $"{ValueFormat.Integer(critical)} critical alerts{where}");
        }

        if (major > 0)
        {
            result.AddFinding(FindingLevel.Warn, "MAJOR_ALERTS", $"{ValueFormat.Integer(major)} major alerts{where}");
        }

        var stale = items.Count(item =>
            string.Equals(item.Status, "Active", StringComparison.OrdinalIgnoreCase) && item.CreatedAt is { } created && now - created > staleAge);
        if (stale > 0)
        {
            result.AddFinding(FindingLevel.Info, "STALE_ACTIVE", $"{stale} active alerts on this page are older than {staleAge.TotalDays:0} days");
        }

        if (items.Count == 0)
        {
            result.AddFinding(FindingLevel.Ok, "NO_ALERTS", "no alerts match");
        }
    }

    /// <summary>Critical → CRIT, Major → WARN, Minor and Info → INFO, anything else → unknown.</summary>
    internal static string SeverityToken(string? severity) => severity?.ToUpperInvariant() switch
    {
        "CRITICAL" => StatusToken.Crit,
        "MAJOR" => StatusToken.Warn,
        "MINOR" or "INFO" => StatusToken.Info,
        _ => StatusToken.Unknown,
    };

    /// <summary>Counts items by a text value, case-insensitively; missing values count as <c>unknown</c>.</summary>
    internal static List<KeyValuePair<string, long>> Count<T>(IEnumerable<T> items, Func<T, string?> key) =>
        items.GroupBy(item => key(item) ?? "unknown", StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(group => group.Count())
            .ThenBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => KeyValuePair.Create(group.Key, (long)group.Count()))
            .ToList();
}
