using ArubaNoc.Central.Http;
using ArubaNoc.Tools.Clients.Wire;
using ArubaNoc.Tools.Devices;
using ArubaNoc.Tools.Framework;
using ArubaNoc.Tools.Wireless;

namespace ArubaNoc.Tools.Clients;

/// <summary>
/// <c>get_top_clients_by_usage</c>: <c>GET /network-monitoring/v1/clients-topn-usage</c>, clients ranked by bytes
/// over a window. v1 has no connection-type parameter, so a <c>connection_type</c> other than ALL requests the
/// top 100 and keeps the first <c>limit</c> clients of that type.
/// </summary>
internal sealed class GetTopClientsByUsageTool(ToolEnvironment environment) : NocTool(environment.TimeProvider)
{
    public const string ToolName = "get_top_clients_by_usage";

    internal const string Path = "/network-monitoring/v1/clients-topn-usage";

    /// <summary>Usage above which a client is reported as heavy: 100 GiB.</summary>
    internal const long HeavyClientBytes = 100L * 1024 * 1024 * 1024;

    /// <summary>Clients requested when filtering by connection type locally, Central's maximum.</summary>
    internal const long LocalFilterLimit = 100;

    internal static readonly ToolParameter SiteIdParam = ToolParameters.SiteId();
    internal static readonly ToolParameter SiteNameParam = ToolParameters.SiteName();
    internal static readonly ToolParameter SerialParam = ToolParameters.Serial("serial_number", "Serial number of a device, to rank only its clients.").WithAlias("serial");
    internal static readonly ToolParameter LimitParam = ToolParameters.Limit(1, 100, 10);
    internal static readonly ToolParameter RangeParam = ToolParameters.Enum(
        "time_range", "Window ending now: 1hour, 24hours (default) or 7days.",
        new EnumOption("1hour"), new EnumOption("24hours"), new EnumOption("7days")).WithDefault("24hours");
    internal static readonly ToolParameter StartParam = ToolParameters.Time("start_time", "Window start; with end_time, overrides time_range.");
    internal static readonly ToolParameter EndParam = ToolParameters.Time("end_time", "Window end; with start_time, overrides time_range.");
    internal static readonly ToolParameter ConnectionParam = ToolParameters.Enum(
        "connection_type", "ALL (default), WIRELESS or WIRED; applied by this server to the top 100.",
        new EnumOption("ALL"), new EnumOption("WIRELESS", "Wireless"), new EnumOption("WIRED", "Wired")).WithDefault("ALL");

    internal static readonly OutputField ClientsFact = new("clients", OutputKind.Integer, "Clients");
    internal static readonly OutputField TotalBytesFact = new("totalBytes", OutputKind.Bytes, "Combined bytes");
    internal static readonly OutputField TopMacFact = new("topMac", OutputKind.Text, "Top client");
    internal static readonly OutputField TopShareFact = new("topSharePct", OutputKind.Percent, "Top share");
    internal static readonly OutputField FilteredFact = new("filteredLocally", OutputKind.Boolean);

    private static readonly OutputField RankItem = new("rank", OutputKind.Integer);
    private static readonly OutputField MacItem = new("macAddress", OutputKind.Text);
    private static readonly OutputField NameItem = new("clientName", OutputKind.Text);
    private static readonly OutputField TypeItem = new("clientConnectionType", OutputKind.Text);
    private static readonly OutputField BytesItem = new("bytes", OutputKind.Bytes);
    private static readonly OutputField ShareItem = new("sharePct", OutputKind.Percent);
    private static readonly OutputField SiteItem = new("siteName", OutputKind.Text);

    private static readonly OutputShape Shape = new(
        [ClientsFact, TotalBytesFact, TopMacFact, TopShareFact, FilteredFact],
        [RankItem, MacItem, NameItem, TypeItem, BytesItem, ShareItem, SiteItem]);

    public override string Name => ToolName;

    public override string Title => "Top clients by usage";

    public override string Description => "Ranks clients by data volume over a window, with each client's share and a warning for clients above 100 GiB.";

    public override IReadOnlyList<ToolParameter> Parameters { get; } = [SiteIdParam, SiteNameParam, SerialParam, LimitParam, RangeParam, StartParam, EndParam, ConnectionParam];

    public override OutputShape Output => Shape;

    protected override async ValueTask<ToolResult> ExecuteAsync(ToolArguments arguments, ToolCallContext context, CancellationToken cancellationToken)
    {
        if ((ClientArguments.CheckOneSite(arguments, SiteIdParam, SiteNameParam) ?? TopWindows.CheckBothOrNeither(arguments, StartParam, EndParam)) is { } conflict)
        {
            return Reject(conflict);
        }

        var siteId = arguments.GetString(SiteIdParam);
        var siteName = arguments.GetString(SiteNameParam);
        var maxSpan = siteId is null && siteName is null ? ClientArguments.TenantWideMaxSpan : ClientArguments.SiteMaxSpan;
        var rule = new WindowRule(StartParam.Name, EndParam.Name, EndBeforeNow: false, DefaultSpan: TopWindows.RangeOf(arguments.GetString(RangeParam)!), MaxSpan: maxSpan);
        if (!TryResolveWindow(arguments, StartParam, EndParam, rule, out var window, out var rejection))
        {
            return rejection!;
        }

        var limit = arguments.GetInteger(LimitParam)!.Value;
        var connection = arguments.GetOption(ConnectionParam)!;
        var local = connection.Value != "ALL";
        var serial = arguments.GetString(SerialParam);
        var request = CentralRequest.Get(Path)
            .WithQuery("site-id", siteId)
            .WithQuery("site-name", siteName)
            .WithQuery("serial-number", serial)
            .WithQuery("start-at", TimeArgument.ToWire(window.Start!.Value))
            .WithQuery("end-at", TimeArgument.ToWire(window.End))
            .WithQuery("limit", local ? LocalFilterLimit : limit);
        var response = await environment.Central.SendAsync(request, ClientsJsonContext.Default.CentralListTopClientItem, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccess)
        {
            return CentralErrors.ToResult(Name, response.Error, suggestSiteId: siteId is null && siteName is null);
        }

        var clients = response.Value.Items ?? [];
        if (local)
        {
            clients = [.. clients.Where(client => string.Equals(ResolveType(client), connection.WireValue, StringComparison.OrdinalIgnoreCase)).Take((int)limit)];
        }

        var windowText = arguments.IsGiven(StartParam) ? "custom window" : arguments.GetString(RangeParam)!;
        var extra = local ? [$"{connection.WireValue} clients filtered by this server from the top {LocalFilterLimit}"] : Array.Empty<string>();
        var result = CreateResult(arguments, StatusToken.Rank, $"Top clients by usage ({windowText})")
            .WithScope(new ResultScope { SiteId = siteId, SiteName = siteName, SerialNumber = serial, StartAt = window.Start, EndAt = window.End, AllSitesWhenNoSite = true, Extra = extra });
        result.AddDeprecationNotice(response);
        Summarize(result, clients, local);
        return result.Build();
    }

    private static string? ResolveType(TopClientItem client) => ResultNotes.FirstOf(client.ClientConnectionType, client.ConnectionType);

    private static void Summarize(ToolResultBuilder result, List<TopClientItem> clients, bool local)
    {
        var bytes = clients.Select(client => client.Usage ?? client.TotalBytes).ToList();
        var sum = bytes.Sum(value => value ?? 0);
        var rows = new List<TextRow>();
        var heavy = new List<string>();
        for (var i = 0; i < clients.Count; i++)
        {
            var client = clients[i];
            var name = ResultNotes.FirstOf(client.ClientName, client.Hostname);
            var type = ResolveType(client);
            var share = bytes[i] is { } value && sum > 0 ? value * 100.0 / sum : (double?)null;
            rows.Add(new TextRow(null,
                $"#{i + 1} {ValueFormat.Text(name)} ({ValueFormat.Text(client.MacAddress)}) {ClientArguments.ConnectionToken(type ?? string.Empty)} {ValueFormat.Bytes(bytes[i])} · {ValueFormat.Percent(share)} · {ValueFormat.Text(client.SiteName)}"));
            result.AddItem(result.Shape.NewItem()
                .Set(RankItem, i + 1).Set(MacItem, client.MacAddress).Set(NameItem, name).Set(TypeItem, type)
                .Set(BytesItem, bytes[i]).Set(ShareItem, share).Set(SiteItem, client.SiteName));
            if (bytes[i] > HeavyClientBytes)
            {
                heavy.Add($"{ValueFormat.Text(name)} ({ValueFormat.Text(client.MacAddress)}) {ValueFormat.Bytes(bytes[i])}");
            }
        }

        result.Facts
            .Set(ClientsFact, clients.Count)
            .Set(TotalBytesFact, sum)
            .Set(TopMacFact, clients.Count > 0 ? clients[0].MacAddress : null)
            .Set(TopShareFact, clients.Count > 0 && bytes[0] is { } top && sum > 0 ? top * 100.0 / sum : null)
            .Set(FilteredFact, local);
        if (rows.Count > 0)
        {
            result.AddSection("Ranking", rows);
        }

        foreach (var client in heavy)
        {
            result.AddFinding(FindingLevel.Warn, "HEAVY_CLIENT", $"{client} used more than 100 GiB in the window");
        }
    }
}
