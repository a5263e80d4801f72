using ArubaNoc.Central.Http;
using ArubaNoc.Tools.Devices;
using ArubaNoc.Tools.Framework;
using ArubaNoc.Tools.Wireless.Wire;

namespace ArubaNoc.Tools.Wireless;

/// <summary>
/// <c>list_wlans</c>: one cursor page of <c>GET /network-monitoring/v1/wlans</c> with status, security and
/// band counts on the page, and a warning for enabled open WLANs.
/// </summary>
internal sealed class ListWlansTool(ToolEnvironment environment) : NocTool(environment.TimeProvider)
{
    public const string ToolName = "list_wlans";

    internal const string Path = "/network-monitoring/v1/wlans";

    internal static readonly ToolParameter SiteIdParam = ToolParameters.SiteId(maxLength: 16);
    internal static readonly ToolParameter SerialParam = ToolParameters.Serial("serial_number", "Serial number of an access point, to list the WLANs it broadcasts.").WithAlias("serial");
    internal static readonly ToolParameter BandParam = ToolParameters.Enum(
        "band", "Radio band: 2.4 GHz, 5 GHz or 6 GHz.",
        new EnumOption("2.4 GHz", null, "2.4GHz", "2.4", "2.4G"),
        new EnumOption("5 GHz", null, "5GHz", "5", "5G"),
        new EnumOption("6 GHz", null, "6GHz", "6", "6G"));
    internal static readonly ToolParameter FilterParam = ToolParameters.Filter(new FilterSpec("band"));
    internal static readonly ToolParameter SortParam = ToolParameters.Sort(new SortSpec("wlanName", "band", "status", "securityLevel", "security", "vlan"));
    internal static readonly ToolParameter LimitParam = ToolParameters.Limit(1, 1000, 100);
    internal static readonly ToolParameter NextParam = ToolParameters.Cursor();

    internal static readonly OutputField TotalFact = new("total", OutputKind.Integer, "Total");
    internal static readonly OutputField ReturnedFact = new("returned", OutputKind.Integer, "Returned");
    internal static readonly OutputField EnabledFact = new("enabled", OutputKind.Integer, "Enabled");
    internal static readonly OutputField DisabledFact = new("disabled", OutputKind.Integer, "Disabled");
    internal static readonly OutputField OpenFact = new("open", OutputKind.Integer, "Open");
    internal static readonly OutputField BySecurityLevelFact = new("bySecurityLevel", OutputKind.Counts);
    internal static readonly OutputField BySecurityFact = new("bySecurity", OutputKind.Counts);
    internal static readonly OutputField ByBandFact = new("byBand", OutputKind.Counts);

    private static readonly OutputField NameItem = new("wlanName", OutputKind.Text);
    private static readonly OutputField StatusItem = new("status", OutputKind.Text);
    private static readonly OutputField LevelItem = new("securityLevel", OutputKind.Text);
    private static readonly OutputField SecurityItem = new("security", OutputKind.Text);
    private static readonly OutputField VlanItem = new("vlan", OutputKind.Text);
    private static readonly OutputField BandItem = new("band", OutputKind.Text);

    private static readonly OutputShape Shape = new(
        [TotalFact, ReturnedFact, EnabledFact, DisabledFact, OpenFact, BySecurityLevelFact, BySecurityFact, ByBandFact],
        [NameItem, StatusItem, LevelItem, SecurityItem, VlanItem, BandItem]);

    public override string Name => ToolName;

    public override string Title => "WLAN list";

    public override string Description =>
        "Lists WLANs with status, security level, security, VLAN and band, counts them on the page and warns about enabled open WLANs.";

    public override IReadOnlyList<ToolParameter> Parameters { get; } = [SiteIdParam, SerialParam, BandParam, FilterParam, SortParam, LimitParam, NextParam];

    public override OutputShape Output => Shape;

    protected override async ValueTask<ToolResult> ExecuteAsync(ToolArguments arguments, ToolCallContext context, CancellationToken cancellationToken)
    {
        var clauses = new List<FilterClause>();
        if (arguments.GetOption(BandParam) is { } band)
        {
            clauses.Add(FilterClause.Eq("band", band.WireValue, BandParam.Name));
        }

        if (!TryBuildFilter(arguments, FilterParam, clauses, out var filter, out var rejection))
        {
            return rejection!;
        }

        var siteId = arguments.GetString(SiteIdParam);
        var serial = arguments.GetString(SerialParam);
        var sort = arguments.GetString(SortParam);
        var cursor = arguments.GetString(NextParam);
        var request = CentralRequest.Get(Path)
            .WithQuery("site-id", siteId)
            .WithQuery("serial-number", serial)
            .WithQuery("filter", filter)
            .WithQuery("sort", sort)
            .WithQuery("limit", arguments.GetInteger(LimitParam))
            .WithQuery("next", cursor);
        var response = await environment.Central.SendAsync(request, WirelessJsonContext.Default.CentralListWlanItem, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccess)
        {
            return CentralErrors.ToResult(Name, response.Error, suggestSiteId: siteId is null && serial is null);
        }

        var wlans = (response.Value.Items ?? []).Select(WlanView.From).ToList();
        var total = response.Value.Total;
        var result = CreateResult(arguments, StatusToken.Wireless, $"WLANs: {ValueFormat.Integer(wlans.Count)} of {ValueFormat.Integer(total)}")
            .WithScope(new ResultScope { SiteId = siteId, SerialNumber = serial, Filter = filter, Sort = sort, AllSitesWhenNoSite = true })
            .WithPage(PageInfo.FromCursor(wlans.Count, total, response.Value.Next, cursor));
        result.AddDeprecationNotice(response);
        Summarize(result, wlans, total);
        return result.Build();
    }

    private static void Summarize(ToolResultBuilder result, List<WlanView> wlans, long? total)
    {
        var byLevel = new CountTable();
        var bySecurity = new CountTable();
        var byBand = new CountTable();
        var rows = new List<TextRow>();
        foreach (var wlan in wlans)
        {
            byLevel.Add(wlan.SecurityLevel, "Unknown");
            bySecurity.Add(wlan.Security, "Unknown");
            foreach (var band in wlan.Bands())
            {
                byBand.Add(band, "Unknown");
            }

            var token = wlan.StatusToken;
            rows.Add(new TextRow(token, $"{ValueFormat.Text(wlan.Name)} · {ValueFormat.Text(wlan.SecurityLevel)} · {ValueFormat.Text(wlan.Security)} · VLAN {ValueFormat.Text(wlan.Vlan)} · {ValueFormat.Text(wlan.Band)}"));
            result.AddItem(result.Shape.NewItem()
                .Set(NameItem, wlan.Name).Set(StatusItem, wlan.Status).Set(LevelItem, wlan.SecurityLevel)
                .Set(SecurityItem, wlan.Security).Set(VlanItem, wlan.Vlan).Set(BandItem, wlan.Band));
        }

        long returned = wlans.Count;
        var openEnabled = wlans.Where(wlan => wlan.IsOpen && wlan.IsEnabled).ToList();
        result.Facts
            .Set(TotalFact, total).Set(ReturnedFact, returned)
            .Set(EnabledFact, wlans.Count(wlan => wlan.IsEnabled)).Set(DisabledFact, wlans.Count(wlan => wlan.IsDisabled))
            .Set(OpenFact, wlans.Count(wlan => wlan.IsOpen))
            .Set(BySecurityLevelFact, byLevel.ByCount()).Set(BySecurityFact, bySecurity.ByCount())
            .Set(ByBandFact, WlanView.BandNames.Select(band => new KeyValuePair<string, long>(band, byBand.Get(band))));

        result.AddSection("By security level (this page)", ResultNotes.ShareRows(byLevel.ByCount(), returned, _ => StatusToken.Security));
        result.AddSection("By security (this page)", ResultNotes.ShareRows(bySecurity.ByCount(), returned, _ => StatusToken.Security));
        var guests = wlans.Where(wlan => wlan.IsGuestLike)
            .Select(wlan => new TextRow(StatusToken.Wireless, $"{ValueFormat.Text(wlan.Name)} · {ValueFormat.Text(wlan.SecurityLevel)}"))
            .ToList();
        if (guests.Count > 0)
        {
            result.AddSection("Guest / captive portal", guests);
        }

        result.AddSection("WLANs", rows);
        if (openEnabled.Count > 0)
        {
            var names = string.Join(", ", openEnabled.Take(5).Select(wlan => ValueFormat.Text(wlan.Name)));
            result.AddFinding(FindingLevel.Warn, "OPEN_WLAN", $"{openEnabled.Count} enabled WLAN(s) without encryption: {names}");
        }
    }
}
