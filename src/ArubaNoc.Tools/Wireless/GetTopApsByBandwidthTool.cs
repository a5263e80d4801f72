using ArubaNoc.Central.Http;
using ArubaNoc.Tools.Clients;
using ArubaNoc.Tools.Devices;
using ArubaNoc.Tools.Framework;
using ArubaNoc.Tools.Wireless.Wire;

namespace ArubaNoc.Tools.Wireless;

/// <summary>
/// <c>get_top_aps_by_bandwidth</c>: <c>GET /network-monitoring/v1/top-aps-by-wireless-usage</c>, APs ranked by
/// wireless bytes over a window. Central requires the end to be earlier than now and the span to be under 30 days.
/// </summary>
internal sealed class GetTopApsByBandwidthTool(ToolEnvironment environment) : NocTool(environment.TimeProvider)
{
    public const string ToolName = "get_top_aps_by_bandwidth";

    internal const string Path = "/network-monitoring/v1/top-aps-by-wireless-usage";

    /// <summary>Longest span Central accepts; it must stay below 30 days.</summary>
    internal static readonly TimeSpan MaxSpan = TimeSpan.FromDays(30) - TimeWindow.EndMargin;

    internal static readonly ToolParameter SiteIdParam = ToolParameters.SiteId(maxLength: 16);
    internal static readonly ToolParameter SiteNameParam = ToolParameters.SiteName();
    internal static readonly ToolParameter LimitParam = ToolParameters.Limit(1, 25, 10);
    internal static readonly ToolParameter RangeParam = ToolParameters.Enum(
        "time_range", "Window ending now: 1hour, 24hours (default), 7days or 30days.",
        new EnumOption("1hour"), new EnumOption("24hours"), new EnumOption("7days"), new EnumOption("30days")).WithDefault("24hours");
    internal static readonly ToolParameter StartParam = ToolParameters.Time("start_time", "Window start; with end_time, overrides time_range.");
    internal static readonly ToolParameter EndParam = ToolParameters.Time("end_time", "Window end; with start_time, overrides time_range.");

    internal static readonly OutputField ApsFact = new("aps", OutputKind.Integer, "APs");
    internal static readonly OutputField TotalBytesFact = new("totalBytes", OutputKind.Bytes, "Total bytes");
    internal static readonly OutputField MeanBytesFact = new("meanBytes", OutputKind.Bytes);
    internal static readonly OutputField TopSerialFact = new("topSerial", OutputKind.Text, "Top AP");
    internal static readonly OutputField TopShareFact = new("topSharePct", OutputKind.Percent, "Top share");

    private static readonly OutputField RankItem = new("rank", OutputKind.Integer);
    private static readonly OutputField SerialItem = new("serialNumber", OutputKind.Text);
    private static readonly OutputField NameItem = new("deviceName", OutputKind.Text);
    private static readonly OutputField BytesItem = new("bytes", OutputKind.Bytes);
    private static readonly OutputField ShareItem = new("sharePct", OutputKind.Percent);

    private static readonly OutputShape Shape = new(
        [ApsFact, TotalBytesFact, MeanBytesFact, TopSerialFact, TopShareFact],
        [RankItem, SerialItem, NameItem, BytesItem, ShareItem]);

    public override string Name => ToolName;

    public override string Title => "Top APs by wireless usage";

    public override string Description => "Ranks access points by wireless data volume over a window, with each AP's share of the combined bytes.";

    public override IReadOnlyList<ToolParameter> Parameters { get; } = [SiteIdParam, SiteNameParam, LimitParam, RangeParam, StartParam, EndParam];

    public override OutputShape Output => Shape;

    protected override async ValueTask<ToolResult> ExecuteAsync(ToolArguments arguments, ToolCallContext context, CancellationToken cancellationToken)
    {
        if ((ClientArguments.CheckOneSite(arguments, SiteIdParam, SiteNameParam) ?? TopWindows.CheckBothOrNeither(arguments, StartParam, EndParam)) is { } conflict)
        {
            return Reject(conflict);
        }

        var range = TopWindows.RangeOf(arguments.GetString(RangeParam)!);
        var span = range > MaxSpan ? MaxSpan : range;
        var rule = new WindowRule(StartParam.Name, EndParam.Name, EndBeforeNow: true, DefaultSpan: span, MaxSpan: MaxSpan);
        if (!TryResolveWindow(arguments, StartParam, EndParam, rule, out var window, out var rejection))
        {
            return rejection!;
        }

        var siteId = arguments.GetString(SiteIdParam);
        var siteName = arguments.GetString(SiteNameParam);
        var request = CentralRequest.Get(Path)
            .WithQuery("site-id", siteId)
            .WithQuery("site-name", siteName)
            .WithQuery("limit", arguments.GetInteger(LimitParam))
            .WithQuery("start-at", TimeArgument.ToWire(window.Start!.Value))
            .WithQuery("end-at", TimeArgument.ToWire(window.End));
        var response = await environment.Central.SendAsync(request, WirelessJsonContext.Default.CentralListTopApItem, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccess)
        {
            return CentralErrors.ToResult(Name, response.Error, suggestSiteId: siteId is null && siteName is null);
        }

        var aps = response.Value.Items ?? [];
        var windowText = arguments.IsGiven(StartParam) ? "custom window" : arguments.GetString(RangeParam)!;
        var result = CreateResult(arguments, StatusToken.Rank, $"Top APs by wireless usage ({windowText})")
            .WithScope(new ResultScope { SiteId = siteId, SiteName = siteName, StartAt = window.Start, EndAt = window.End, AllSitesWhenNoSite = true });
        if (window.EndClamped)
        {
            result.AddFinding(window.ClampFinding(EndParam.Name));
        }

        result.AddDeprecationNotice(response);
        Summarize(result, aps);
        return result.Build();
    }

    private static void Summarize(ToolResultBuilder result, List<TopApItem> aps)
    {
        var bytes = aps.Select(ap => ap.TotalValue ?? ap.TotalBytes).ToList();
        var sum = bytes.Sum(value => value ?? 0);
        var rows = new List<TextRow>();
        for (var i = 0; i < aps.Count; i++)
        {
            var name = aps[i].DeviceName ?? aps[i].ApName;
            var share = bytes[i] is { } value && sum > 0 ? value * 100.0 / sum : (double?)null;
            rows.Add(new TextRow(null, $"#{i + 1} {ValueFormat.Text(name)} ({ValueFormat.Text(aps[i].SerialNumber)}) {ValueFormat.Bytes(bytes[i])} · {ValueFormat.Percent(share)}"));
            result.AddItem(result.Shape.NewItem()
                .Set(RankItem, i + 1).Set(SerialItem, aps[i].SerialNumber).Set(NameItem, name).Set(BytesItem, bytes[i]).Set(ShareItem, share));
        }

        var topShare = aps.Count > 0 && bytes[0] is { } top && sum > 0 ? top * 100.0 / sum : (double?)null;
        result.Facts
            .Set(ApsFact, aps.Count)
            .Set(TotalBytesFact, sum)
            .Set(MeanBytesFact, aps.Count > 0 ? sum / aps.Count : null)
            .Set(TopSerialFact, aps.Count > 0 ? aps[0].SerialNumber : null)
            .Set(TopShareFact, topShare);
        if (rows.Count > 0)
        {
            result.AddSection("Ranking", rows);
        }

        if (topShare > 50 && aps.Count >= 3)
        {
            result.AddFinding(FindingLevel.Info, "USAGE_CONCENTRATED", $"the top AP carries {ValueFormat.Percent(topShare)} of the wireless bytes of the {aps.Count} APs returned");
        }
    }
}
