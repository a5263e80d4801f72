using ArubaNoc.Central.Http;
using ArubaNoc.Tools.Clients.Wire;
using ArubaNoc.Tools.Devices;
using ArubaNoc.Tools.Framework;

namespace ArubaNoc.Tools.Clients;

/// <summary>
/// <c>get_client_trends</c>: <c>GET /network-monitoring/v1/clients-trend</c>, a time series of client counts
/// per key (type, role, VLAN, …) with peak, mean, minimum, trend and per-key shares.
/// </summary>
internal sealed partial class GetClientTrendsTool(ToolEnvironment environment) : NocTool(environment.TimeProvider)
{
    public const string ToolName = "get_client_trends";

    internal const string Path = "/network-monitoring/v1/clients-trend";

    internal static readonly ToolParameter SiteIdParam = ToolParameters.SiteId();
    internal static readonly ToolParameter SiteNameParam = ToolParameters.SiteName();
    internal static readonly ToolParameter SerialParam = ToolParameters.Serial("serial_number", "Serial number of a device, to trend only its clients.").WithAlias("serial");
    internal static readonly ToolParameter StartParam = ToolParameters.Time("start_time", "Window start (default: end minus 24 hours).");
    internal static readonly ToolParameter EndParam = ToolParameters.Time("end_time", "Window end (default: now); at most 7 days after the start tenant-wide, 31 days with a site.");
    internal static readonly ToolParameter GroupByParam = ToolParameters.Enum(
        "group_by", "Series to split the counts into: TYPE (default), ROLE, VLAN, WLAN, RADIO, SECURITY or PROTOCOL.",
        new EnumOption("TYPE"), new EnumOption("ROLE"), new EnumOption("VLAN"), new EnumOption("WLAN"), new EnumOption("RADIO"), new EnumOption("SECURITY"), new EnumOption("PROTOCOL"))
        .WithDefault("TYPE");
    internal static readonly ToolParameter ClientTypeParam = ToolParameters.Enum(
        "client_type", "Clients to count: ALL (default), WIRELESS or WIRED.", new EnumOption("ALL"), new EnumOption("WIRELESS"), new EnumOption("WIRED")).WithDefault("ALL");
    internal static readonly ToolParameter IntervalParam = ToolParameters.Enum(
        "interval", "Ignored: Central samples every 5 minutes for windows up to 1 day and every 3 hours beyond.",
        new EnumOption("5min"), new EnumOption("15min"), new EnumOption("1hour"), new EnumOption("1day")).AsDeprecated();

    public override string Name => ToolName;

    public override string Title => "Client trend";

    public override string Description =>
        "Time series of client counts over a window (default the last 24 hours), split by type, role, VLAN, WLAN, radio, security or protocol, with peak, mean, minimum and trend.";

    public override IReadOnlyList<ToolParameter> Parameters { get; } =
        [SiteIdParam, SiteNameParam, SerialParam, StartParam, EndParam, GroupByParam, ClientTypeParam, IntervalParam];

    public override OutputShape Output => Shape;

    protected override async ValueTask<ToolResult> ExecuteAsync(ToolArguments arguments, ToolCallContext context, CancellationToken cancellationToken)
    {
        if (ClientArguments.CheckOneSite(arguments, SiteIdParam, SiteNameParam) is { } conflict)
        {
            return Reject(conflict);
        }

        var siteId = arguments.GetString(SiteIdParam);
        var siteName = arguments.GetString(SiteNameParam);
        var maxSpan = siteId is null && siteName is null ? ClientArguments.TenantWideMaxSpan : ClientArguments.SiteMaxSpan;
        var rule = new WindowRule(StartParam.Name, EndParam.Name, EndBeforeNow: false, DefaultSpan: TimeSpan.FromHours(24), MaxSpan: maxSpan);
        if (!TryResolveWindow(arguments, StartParam, EndParam, rule, out var window, out var rejection))
        {
            return rejection!;
        }

        var serial = arguments.GetString(SerialParam);
        var groupBy = arguments.GetString(GroupByParam)!;
        var request = CentralRequest.Get(Path)
            .WithQuery("site-id", siteId)
            .WithQuery("site-name", siteName)
            .WithQuery("serial-number", serial)
            .WithQuery("start-at", TimeArgument.ToWire(window.Start!.Value))
            .WithQuery("end-at", TimeArgument.ToWire(window.End))
            .WithQuery("group-by", groupBy)
            .WithQuery("type", arguments.GetString(ClientTypeParam));
        var response = await environment.Central.SendAsync(request, ClientsJsonContext.Default.ClientTrendBody, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccess)
        {
            return CentralErrors.ToResult(Name, response.Error, suggestSiteId: siteId is null && siteName is null);
        }

        var interval = response.Value.Interval;
        var result = CreateResult(arguments, StatusToken.Trend, "Client trend")
            .WithScope(new ResultScope
            {
                SiteId = siteId, SiteName = siteName, SerialNumber = serial, StartAt = window.Start, EndAt = window.End, AllSitesWhenNoSite = true,
                Extra = [$"interval {ValueFormat.Text(interval)}", $"grouped by {groupBy}"],
            });
        result.AddDeprecationNotice(response);
        Summarize(result, response.Value, groupBy);
        return result.Build();
    }
}
