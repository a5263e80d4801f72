using ArubaNoc.Central.Http;
using ArubaNoc.Tools.Framework;
using ArubaNoc.Tools.Security.Wire;

namespace ArubaNoc.Tools.Security;

/// <summary>
/// <c>list_idps_threats</c>: IDS/IPS threat events from GET <c>/network-monitoring/v1alpha1/threats</c>, the one
/// endpoint that exists only in <c>v1alpha1</c>. A 404 is a normal result saying the tenant no longer serves it.
/// Only <c>start-time</c>, <c>end-time</c> (epoch ms), <c>limit</c> and <c>offset</c> are sent; severity and
/// gateway are matched on the returned page.
/// </summary>
internal sealed class ListIdpsThreatsTool(ToolEnvironment environment) : NocTool(environment.TimeProvider)
{
    public const string ThreatsPath = "/network-monitoring/v1alpha1/threats";

    public static readonly ToolParameter StartParam = ToolParameters.Time("start_time", "Window start (default: now - 7 days).");
    public static readonly ToolParameter EndParam = ToolParameters.Time("end_time", "Window end (default: now).");
    public static readonly ToolParameter SeverityParam = ToolParameters.Enum(
        "severity", "Keep only threats of this severity on the returned page (applied locally).",
        new EnumOption("CRITICAL"), new EnumOption("HIGH"), new EnumOption("MEDIUM"), new EnumOption("LOW"), new EnumOption("INFORMATIONAL"));
    public static readonly ToolParameter GatewayParam = ToolParameters.Serial("gateway_serial", "Keep only threats seen by this gateway serial number (applied locally).");
    public static readonly ToolParameter LimitParam = ToolParameters.Limit(1, 100, 100);
    public static readonly ToolParameter OffsetParam = ToolParameters.Offset();

    private static readonly WindowRule Window = new(StartParam.Name, EndParam.Name, EndBeforeNow: false, DefaultSpan: TimeSpan.FromDays(7));

    public override string Name => "list_idps_threats";

    public override string Title => "IDPS threats";

    public override string Description =>
        "Lists IDS/IPS threat events seen by gateways (default: the last 7 days) with counts by severity and action, " +
        "top signatures and the block rate. Uses the v1alpha1 endpoint, which some tenants no longer serve.";

    public override IReadOnlyList<ToolParameter> Parameters { get; } = [StartParam, EndParam, SeverityParam, GatewayParam, LimitParam, OffsetParam];

    public override OutputShape Output => ThreatReport.Shape;

    protected override async ValueTask<ToolResult> ExecuteAsync(ToolArguments arguments, ToolCallContext context, CancellationToken cancellationToken)
    {
        if (!TryResolveWindow(arguments, StartParam, EndParam, Window, out var window, out var rejection))
        {
            return rejection!;
        }

        var offset = arguments.GetInteger(OffsetParam) ?? 0;
        var request = CentralRequest.Get(ThreatsPath)
            .WithQuery("start-time", window.Start!.Value.ToUnixTimeMilliseconds())
            .WithQuery("end-time", window.End.ToUnixTimeMilliseconds())
            .WithQuery("limit", arguments.GetInteger(LimitParam))
            .WithQuery("offset", offset);
        var response = await environment.Central.SendAsync(request, SecurityJsonContext.Default.ThreatList, cancellationToken).ConfigureAwait(false);
        var scope = new ResultScope { StartAt = window.Start, EndAt = window.End };
        if (!response.IsSuccess)
        {
            return response.Error.Kind == CentralErrorKind.NotFound ? Unavailable(arguments, scope) : CentralErrors.ToResult(Name, response.Error);
        }

        var items = (response.Value.Items ?? []).OfType<ThreatItem>().ToList();
        var severity = arguments.GetString(SeverityParam);
        var gateway = arguments.GetString(GatewayParam);
        var matched = items
            .Where(item => severity is null || string.Equals(item.Severity, severity, StringComparison.OrdinalIgnoreCase))
            .Where(item => gateway is null || string.Equals(item.DeviceSerialNum, gateway, StringComparison.OrdinalIgnoreCase))
            .ToList();

        var total = response.Value.Total;
        var result = CreateResult(arguments, StatusToken.Security, $"IDPS threats: {items.Count} of {ValueFormat.Integer(total)}")
            .WithApi("v1alpha1")
            .WithScope(scope with { SerialNumber = gateway, Extra = severity is null ? [] : [$"severity {severity} (this page)"] })
            .WithPage(PageInfo.FromOffset(items.Count, total, offset));
        if (response.Deprecation is not null || response.Sunset is not null)
        {
            result.AddFinding(FindingLevel.Info, "DEPRECATED_ENDPOINT", $"Deprecation {ValueFormat.Text(response.Deprecation)}, Sunset {ValueFormat.Text(response.Sunset)}");
        }

        ThreatReport.Describe(result, items.Count, total, matched);
        return result.Build();
    }

    private ToolResult Unavailable(ToolArguments arguments, ResultScope scope)
    {
        var result = CreateResult(arguments, StatusToken.Security, "IDPS threats: unavailable").WithApi("v1alpha1").WithScope(scope);
        result.Facts.Set(ThreatReport.AvailableFact, false);
        result.AddFinding(new Finding(
            FindingLevel.Info,
            "ENDPOINT_UNAVAILABLE",
            $"IDPS threats are not available on this tenant: Central answered 404 for {ThreatsPath}; v1 has no replacement.") { PrintsCode = false });
        return result.Build();
    }
}
