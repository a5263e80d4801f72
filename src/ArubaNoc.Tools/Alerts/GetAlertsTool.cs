using ArubaNoc.Central.Http;
using ArubaNoc.Central.Wire;
using ArubaNoc.Tools.Alerts.Wire;
using ArubaNoc.Tools.Framework;

namespace ArubaNoc.Tools.Alerts;

/// <summary>
/// <c>get_alerts</c>: one page of Central alerts plus, unless disabled, a severity breakdown of all matching
/// alerts from the classification endpoint. The alerts list has no severity filter, so <c>severity</c> is
/// applied to the page locally.
/// </summary>
internal sealed class GetAlertsTool(ToolEnvironment environment) : NocTool(environment.TimeProvider)
{
    public const string AlertsPath = "/network-notifications/v1/alerts";
    public const string ClassificationPath = "/network-notifications/v1/alerts/classification";

    /// <summary>Alerts have no documented filter maximum; this server caps the merged filter here.</summary>
    public const int MaxFilterLength = 512;

    /// <summary>Summary characters printed per row.</summary>
    private const int MaxSummaryLength = 120;

    /// <summary>Active alerts older than this add <c>STALE_ACTIVE</c>.</summary>
    private static readonly TimeSpan StaleAge = TimeSpan.FromDays(7);

    public static readonly ToolParameter SiteIdParam = ToolParameters.SiteId(description: "Only alerts of this site ID.");
    public static readonly ToolParameter StatusParam = ToolParameters.Enum(
        "status", "Alert status (default ACTIVE); ALL sends no status clause.",
        new EnumOption("ACTIVE", "Active"), new EnumOption("DEFERRED", "Deferred"), new EnumOption("CLEARED", "Cleared"), new EnumOption("ALL"))
        .WithDefault("ACTIVE");
    public static readonly ToolParameter CategoryParam = ToolParameters.Enum(
        "category", "Alert category.",
        new EnumOption("Clients"), new EnumOption("System"), new EnumOption("LAN"), new EnumOption("WLAN"), new EnumOption("WAN"),
        new EnumOption("Cluster"), new EnumOption("Routing"), new EnumOption("Security"));
    public static readonly ToolParameter DeviceTypeParam = ToolParameters.Enum(
        "device_type", "Device type the alert is about.",
        new EnumOption("ACCESS_POINT", "Access Point"), new EnumOption("GATEWAY", "Gateway"), new EnumOption("SWITCH", "Switch"), new EnumOption("BRIDGE", "Bridge"));
    public static readonly ToolParameter TypeIdParam = ToolParameters.Text("type_id", "Alert type ID (1-16 digits).", maxLength: 16) with { Example = "102" };
    public static readonly ToolParameter SeverityParam = ToolParameters.Enum(
        "severity", "Keep only alerts of this severity on the returned page (applied locally).",
        new EnumOption("CRITICAL", "Critical"), new EnumOption("MAJOR", "Major"), new EnumOption("MINOR", "Minor"), new EnumOption("INFO", "Info"));
    public static readonly ToolParameter FilterParam = ToolParameters.Filter(new FilterSpec("siteId", "typeId", "status", "category", "deviceType") { MaxLength = MaxFilterLength });
    public static readonly ToolParameter SortParam = ToolParameters.Sort(new SortSpec("createdAt", "severity", "status", "name", "priority") { UpperCaseDirection = true });
    public static readonly ToolParameter LimitParam = ToolParameters.Limit(1, 100, 50);
    public static readonly ToolParameter NextParam = ToolParameters.Cursor();
    public static readonly ToolParameter BreakdownParam = ToolParameters.Boolean("include_breakdown", "Also read the severity counts of all matching alerts (default true).").WithDefault(true);

    public override string Name => "get_alerts";

    public override string Title => "Alerts";

    public override string Description =>
        "Lists Central alerts (default: Active) with a severity breakdown across all matching alerts, by category and priority, " +
        "and the age of the oldest active alert. Filter by site, status, category, device type, type ID or severity.";

    public override IReadOnlyList<ToolParameter> Parameters { get; } =
        [SiteIdParam, StatusParam, CategoryParam, DeviceTypeParam, TypeIdParam, SeverityParam, FilterParam, SortParam, LimitParam, NextParam, BreakdownParam];

    public override OutputShape Output => AlertReport.Shape;

    protected override async ValueTask<ToolResult> ExecuteAsync(ToolArguments arguments, ToolCallContext context, CancellationToken cancellationToken)
    {
        if (arguments.GetString(TypeIdParam) is { } typeId && !typeId.All(char.IsAsciiDigit))
        {
            return Reject(new ValidationFailure(TypeIdParam.Name, "must be 1-16 digits", ValueDescription.Of(typeId)));
        }

        if (!TryBuildFilter(arguments, FilterParam, TypedClauses(arguments), out var filter, out var rejection))
        {
            return rejection!;
        }

        var sort = arguments.GetString(SortParam) ?? "createdAt DESC";
        var cursor = arguments.GetString(NextParam);
        var request = CentralRequest.Get(AlertsPath)
            .WithQuery("filter", filter)
            .WithQuery("sort", sort)
            .WithQuery("limit", arguments.GetInteger(LimitParam))
            .WithQuery("next", cursor);
        var response = await environment.Central.SendAsync(request, AlertsJsonContext.Default.CentralListAlertItem, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccess)
        {
            return CentralErrors.ToResult(Name, response.Error);
        }

        AlertClassification? classification = null;
        CentralError? classificationError = null;
        if (arguments.GetBoolean(BreakdownParam) != false)
        {
            var breakdown = CentralRequest.Get(ClassificationPath).WithQuery("type", "severity").WithQuery("filter", filter);
            var classified = await environment.Central.SendAsync(breakdown, AlertsJsonContext.Default.AlertClassification, cancellationToken).ConfigureAwait(false);
            classification = classified.Value;
            classificationError = classified.Error;
        }

        var page = response.Value;
        var items = (page.Items ?? []).OfType<AlertItem>().ToList();
        var severity = arguments.GetOption(SeverityParam);
        var matched = severity is null ? items : items.Where(item => string.Equals(item.Severity, severity.WireValue, StringComparison.OrdinalIgnoreCase)).ToList();

        var result = CreateResult(arguments, StatusToken.Alert, $"Alerts: {items.Count} of {ValueFormat.Integer(page.Total)}")
            .WithScope(new ResultScope { SiteId = arguments.GetString(SiteIdParam), Filter = filter, Sort = sort, AllSitesWhenNoSite = true, Extra = severity is null ? [] : [$"severity {severity.WireValue} (this page)"] })
            .WithPage(PageInfo.FromCursor(items.Count, page.Total, page.Next, cursor));
        if (response.Deprecation is not null || response.Sunset is not null)
        {
            result.AddFinding(FindingLevel.Info, "DEPRECATED_ENDPOINT", $"Deprecation {ValueFormat.Text(response.Deprecation)}, Sunset {ValueFormat.Text(response.Sunset)}");
        }

        if (classificationError is not null)
        {
            result.AddSubError("severity breakdown", new SubError(ClassificationPath, classificationError.HttpStatus, classificationError.ErrorCode, classificationError.Message, classificationError.DebugId));
        }

        new AlertReport(TimeProvider.GetUtcNow(), StaleAge, MaxSummaryLength).Describe(result, items, matched, page.Total, classification);
        return result.Build();
    }

    private static List<FilterClause> TypedClauses(ToolArguments arguments)
    {
        var clauses = new List<FilterClause>();
        if (arguments.GetString(SiteIdParam) is { } siteId)
        {
            clauses.Add(FilterClause.Eq("siteId", siteId, SiteIdParam.Name));
        }

        // The default status applies only when the raw filter has no status clause of its own.
        var rawHasStatus = arguments.GetFilter(FilterParam)?.HasField("status") == true;
        if (arguments.GetOption(StatusParam) is { Value: not "ALL" } status && (arguments.IsGiven(StatusParam) || !rawHasStatus))
        {
            clauses.Add(FilterClause.Eq("status", status.WireValue, StatusParam.Name));
        }

        if (arguments.GetOption(CategoryParam) is { } category)
        {
            clauses.Add(FilterClause.Eq("category", category.WireValue, CategoryParam.Name));
        }

        if (arguments.GetOption(DeviceTypeParam) is { } deviceType)
        {
            clauses.Add(FilterClause.Eq("deviceType", deviceType.WireValue, DeviceTypeParam.Name));
        }

        if (arguments.GetString(TypeIdParam) is { } typeId)
        {
            clauses.Add(FilterClause.Eq("typeId", typeId, TypeIdParam.Name));
        }

        return clauses;
    }
}
