using ArubaNoc.Central.Http;
using ArubaNoc.Tools.Alerts.Wire;
using ArubaNoc.Tools.Framework;

namespace ArubaNoc.Tools.Alerts;

/// <summary>
/// <c>get_events</c>: network events of a site, device or client over a time window. Central requires
/// <c>site-id</c>, the context, both window ends and <c>limit</c>, so the tool always sends them; the end
/// must be earlier than now and a later one is clamped to now − 60 s.
/// </summary>
internal sealed class GetEventsTool(ToolEnvironment environment) : NocTool(environment.TimeProvider)
{
    public const string EventsPath = "/network-troubleshooting/v1/events";

    public static readonly ToolParameter SiteIdParam = ToolParameters.SiteId(description: "Site ID whose events are read (required by Central).").AsRequired();
    public static readonly ToolParameter ContextTypeParam = ToolParameters.Enum(
        "context_type", "What the events are about (default SITE).",
        new EnumOption("SITE"), new EnumOption("ACCESS_POINT"), new EnumOption("SWITCH"), new EnumOption("GATEWAY"),
        new EnumOption("WIRELESS_CLIENT"), new EnumOption("WIRED_CLIENT"), new EnumOption("BRIDGE"))
        .WithDefault("SITE");
    public static readonly ToolParameter ContextIdParam = ToolParameters.Text(
        "context_identifier", "Serial number for device contexts, MAC address for client contexts; defaults to site_id for SITE.", maxLength: 128) with { Example = "24833497" };
    public static readonly ToolParameter StartParam = ToolParameters.Time("start_time", "Window start (default: end - 24 h); the window must be shorter than 30 days.");
    public static readonly ToolParameter EndParam = ToolParameters.Time("end_time", "Window end (default: now - 60 s); a later end is moved back to now - 60 s.");
    public static readonly ToolParameter SearchParam = ToolParameters.Text("search", "Text to look for in names, serial numbers, host names and client or device MAC addresses.");
    public static readonly ToolParameter CategoryParam = ToolParameters.Text("category", "Event category, such as Client or System.", maxLength: 64) with { Example = "Client" };
    public static readonly ToolParameter SourceTypeParam = ToolParameters.Enum(
        "source_type", "Kind of source that raised the event.",
        new EnumOption("Access Point"), new EnumOption("Switch"), new EnumOption("Gateway"),
        new EnumOption("Wireless Client"), new EnumOption("Wired Client"), new EnumOption("Bridge"));
    public static readonly ToolParameter EventIdParam = ToolParameters.Text("event_id", "Event type ID (1-10 digits).", maxLength: 10) with { Example = "1002" };
    public static readonly ToolParameter FilterParam = ToolParameters.Filter(new FilterSpec("eventId", "category", "sourceType") { MaxLength = 512 });
    public static readonly ToolParameter SortParam = ToolParameters.Sort(new SortSpec("timeAt")) with { MaxLength = 128 };
    public static readonly ToolParameter LimitParam = ToolParameters.Limit(1, 1000, 50);
    public static readonly ToolParameter NextParam = ToolParameters.Cursor();

    private static readonly WindowRule Window = new(StartParam.Name, EndParam.Name, EndBeforeNow: true, DefaultSpan: TimeSpan.FromHours(24), MaxSpan: TimeSpan.FromDays(30));

    public override string Name => "get_events";

    public override string Title => "Events";

    public override string Description =>
        "Lists network events of a site, or of one device or client in it, over a time window (default: the last 24 hours), " +
        "with counts by severity and category, the most frequent events and the sources of negative events.";

    public override IReadOnlyList<ToolParameter> Parameters { get; } =
    [
        SiteIdParam, ContextTypeParam, ContextIdParam, StartParam, EndParam, SearchParam, CategoryParam, SourceTypeParam,
        EventIdParam, FilterParam, SortParam, LimitParam, NextParam,
    ];

    public override OutputShape Output => EventReport.Shape;

    protected override async ValueTask<ToolResult> ExecuteAsync(ToolArguments arguments, ToolCallContext context, CancellationToken cancellationToken)
    {
        var siteId = arguments.GetRequiredString(SiteIdParam);
        var contextType = arguments.GetString(ContextTypeParam) ?? "SITE";
        var identifier = ResolveIdentifier(arguments, contextType, siteId, out var rejection);
        if (identifier is null)
        {
            return rejection!;
        }

        if (arguments.GetString(EventIdParam) is { } eventId && !eventId.All(char.IsAsciiDigit))
        {
            return Reject(new ValidationFailure(EventIdParam.Name, "must be 1-10 digits", ValueDescription.Of(eventId)));
        }

        if (!TryBuildFilter(arguments, FilterParam, TypedClauses(arguments), out var filter, out rejection) ||
            !TryResolveWindow(arguments, StartParam, EndParam, Window, out var window, out rejection))
        {
            return rejection!;
        }

        var sort = arguments.GetString(SortParam) ?? "timeAt desc";
        var cursor = arguments.GetString(NextParam);
        var request = CentralRequest.Get(EventsPath)
            .WithQuery("context-type", contextType)
            .WithQuery("context-identifier", identifier)
            .WithQuery("start-at", TimeArgument.ToWire(window.Start!.Value))
            .WithQuery("end-at", TimeArgument.ToWire(window.End))
            .WithQuery("site-id", siteId)
            .WithQuery("search", arguments.GetString(SearchParam))
            .WithQuery("filter", filter)
            .WithQuery("sort", sort)
            .WithQuery("limit", arguments.GetInteger(LimitParam))
            .WithQuery("next", cursor);
        var response = await environment.Central.SendAsync(request, AlertsJsonContext.Default.EventList, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccess)
        {
            return response.Error.Kind == CentralErrorKind.NotFound
                ? Fail(ContextNotFound(contextType, identifier, siteId, response.Error))
                : CentralErrors.ToResult(Name, response.Error);
        }

        var events = (response.Value.Events ?? []).OfType<EventItem>().ToList();
        var result = CreateResult(arguments, StatusToken.Event, $"Events for {contextType} {identifier}: {events.Count} of {ValueFormat.Integer(response.Value.Total)}")
            .WithScope(new ResultScope { SiteId = siteId, StartAt = window.Start, EndAt = window.End, Filter = filter, Sort = sort })
            .WithPage(PageInfo.FromCursor(events.Count, response.Value.Total, response.Value.Next, cursor));
        if (window.EndClamped)
        {
            result.AddFinding(window.ClampFinding(EndParam.Name));
        }

        if (response.Deprecation is not null || response.Sunset is not null)
        {
            result.AddFinding(FindingLevel.Info, "DEPRECATED_ENDPOINT", $"Deprecation {ValueFormat.Text(response.Deprecation)}, Sunset {ValueFormat.Text(response.Sunset)}");
        }

        EventReport.Describe(result, events, response.Value.Total);
        return result.Build();
    }

    private string? ResolveIdentifier(ToolArguments arguments, string contextType, string siteId, out ToolResult? rejection)
    {
        rejection = null;
        var given = arguments.GetString(ContextIdParam);
        if (contextType == "SITE")
        {
            return given ?? siteId;
        }

        if (given is null)
        {
            rejection = Reject(new ValidationFailure(ContextIdParam.Name, $"is required when context_type is {contextType}", "no value"));
            return null;
        }

        var isClient = contextType is "WIRELESS_CLIENT" or "WIRED_CLIENT";
        var normalized = isClient ? Framework.ShapeRules.Mac(given) : Framework.ShapeRules.Serial(given);
        if (normalized is null)
        {
            var rule = isClient ? "must be a MAC address for client contexts" : "must be a serial number (1-16 letters or digits) for device contexts";
            rejection = Reject(new ValidationFailure(ContextIdParam.Name, rule, ValueDescription.Of(given)));
        }

        return normalized;
    }

    private static List<FilterClause> TypedClauses(ToolArguments arguments)
    {
        var clauses = new List<FilterClause>();
        if (arguments.GetString(CategoryParam) is { } category)
        {
            clauses.Add(FilterClause.Eq("category", category, CategoryParam.Name));
        }

        if (arguments.GetOption(SourceTypeParam) is { } sourceType)
        {
            clauses.Add(FilterClause.Eq("sourceType", sourceType.WireValue, SourceTypeParam.Name));
        }

        if (arguments.GetString(EventIdParam) is { } eventId)
        {
            clauses.Add(FilterClause.Eq("eventId", eventId, EventIdParam.Name));
        }

        return clauses;
    }

    private static ToolError ContextNotFound(string contextType, string identifier, string siteId, CentralError error)
    {
        var line = $"Event context {contextType} '{identifier}' not found in site '{siteId}' (404 {error.ErrorCode ?? ValueFormat.Missing}, debugId {error.DebugId ?? ValueFormat.Missing})";
        return new ToolError(ToolErrorKind.NotFound, $"{StatusToken.Error} {line}", line) { HttpStatus = 404, ErrorCode = error.ErrorCode, DebugId = error.DebugId };
    }
}
