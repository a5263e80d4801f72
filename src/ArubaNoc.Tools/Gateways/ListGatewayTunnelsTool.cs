using ArubaNoc.Central.Http;
using ArubaNoc.Tools.Devices;
using ArubaNoc.Tools.Framework;
using ArubaNoc.Tools.Gateways.Wire;

namespace ArubaNoc.Tools.Gateways;

/// <summary>
/// <c>list_gateway_tunnels</c>: one page of the tunnels of a gateway cluster, from
/// GET <c>/network-monitoring/v1/clusters/{cluster-name}/tunnels</c> (cursor paging). Breakdowns and
/// findings cover this page. Enum values outside Central's schema (<c>802.1Q</c>, <c>ORCH</c>) are kept verbatim.
/// </summary>
internal sealed class ListGatewayTunnelsTool(ToolEnvironment environment) : NocTool(environment.TimeProvider)
{
    /// <summary>Central path of the call.</summary>
    public const string PathTemplate = "/network-monitoring/v1/clusters/{cluster-name}/tunnels";

    /// <summary>At most this many down tunnels are printed.</summary>
    public const int MaxDownRows = 10;

    internal static readonly ToolParameter ClusterNameParam = ToolParameters.Name(
            "cluster_name", "Gateway cluster name, exactly as Central shows it (may contain spaces).", pathSegment: true)
        .AsRequired();

    internal static readonly ToolParameter StatusParam = ToolParameters.Enum(
        "status", "Only tunnels with this status: UP or DOWN.", new EnumOption("UP", "Up"), new EnumOption("DOWN", "Down"));

    internal static readonly ToolParameter HealthParam = ToolParameters.Enum(
        "health", "Only tunnels with this health: GOOD, FAIR or POOR.", new EnumOption("GOOD", "Good"), new EnumOption("FAIR", "Fair"), new EnumOption("POOR", "Poor"));

    internal static readonly ToolParameter FilterParam = ToolParameters.Filter(new FilterSpec("tunnelName", "health", "status", "gateway", "encapsulation", "mode"));

    internal static readonly ToolParameter SortParam = ToolParameters.Sort(new SortSpec(
        "tunnelName", "gateway", "encapsulation", "destinationIpAddress", "sourceIpAddress", "mode", "uptime", "vni"));

    internal static readonly ToolParameter LimitParam = ToolParameters.Limit(1, 100, 100);

    internal static readonly ToolParameter NextParam = ToolParameters.Cursor();

    private static readonly OutputField TotalFact = new("total", OutputKind.Integer, "Total");
    private static readonly OutputField ReturnedFact = new("returned", OutputKind.Integer, "Returned");
    private static readonly OutputField UpFact = new("up", OutputKind.Integer, "Up (this page)");
    private static readonly OutputField DownFact = new("down", OutputKind.Integer, "Down (this page)");
    private static readonly OutputField PoorFact = new("poor", OutputKind.Integer, "Poor (this page)");
    private static readonly OutputField ByEncapsulationFact = new("byEncapsulation", OutputKind.Counts);
    private static readonly OutputField ByModeFact = new("byMode", OutputKind.Counts);
    private static readonly OutputField ByHealthFact = new("byHealth", OutputKind.Counts);

    private static readonly OutputField NameItem = new("tunnelName", OutputKind.Text);
    private static readonly OutputField StatusItem = new("status", OutputKind.Text);
    private static readonly OutputField HealthItem = new("health", OutputKind.Text);
    private static readonly OutputField ReasonsItem = new("healthReasons", OutputKind.TextList);
    private static readonly OutputField EncapsulationItem = new("encapsulation", OutputKind.Text);
    private static readonly OutputField ModeItem = new("mode", OutputKind.Text);
    private static readonly OutputField GatewayItem = new("gateway", OutputKind.Text);
    private static readonly OutputField DestinationNameItem = new("destinationName", OutputKind.Text);
    private static readonly OutputField DestinationIpItem = new("destinationIpAddress", OutputKind.Text);

    private static readonly OutputShape Shape = new(
        [TotalFact, ReturnedFact, UpFact, DownFact, PoorFact, ByEncapsulationFact, ByModeFact, ByHealthFact],
        [NameItem, StatusItem, HealthItem, ReasonsItem, EncapsulationItem, ModeItem, GatewayItem, DestinationNameItem, DestinationIpItem]);

    private readonly CentralClient _central = environment.Central;

    public override string Name => "list_gateway_tunnels";

    public override string Title => "Gateway cluster tunnels";

    public override string Description =>
        "Tunnels of one gateway cluster with status, health, encapsulation, mode, gateway and destination; breakdowns by encapsulation, mode and health, and findings for tunnels down, poor health and encryption or authentication problems. Pages by cursor.";

    public override IReadOnlyList<ToolParameter> Parameters { get; } = [ClusterNameParam, StatusParam, HealthParam, FilterParam, SortParam, LimitParam, NextParam];

    public override OutputShape Output => Shape;

    protected override async ValueTask<ToolResult> ExecuteAsync(ToolArguments arguments, ToolCallContext context, CancellationToken cancellationToken)
    {
        var clauses = new List<FilterClause>();
        if (arguments.GetOption(StatusParam) is { } status)
        {
            clauses.Add(FilterClause.Eq("status", status.WireValue, StatusParam.Name));
        }

        if (arguments.GetOption(HealthParam) is { } health)
        {
            clauses.Add(FilterClause.Eq("health", health.WireValue, HealthParam.Name));
        }

        if (!TryBuildFilter(arguments, FilterParam, clauses, out var filter, out var rejection))
        {
            return rejection!;
        }

        var cluster = arguments.GetRequiredString(ClusterNameParam);
        var sort = arguments.GetString(SortParam);
        var cursor = arguments.GetString(NextParam);
        var request = CentralRequest.Get(PathTemplate)
            .WithPath("cluster-name", cluster)
            .WithQuery("filter", filter)
            .WithQuery("sort", sort)
            .WithQuery("limit", arguments.GetInteger(LimitParam))
            .WithQuery("next", cursor);
        var response = await _central.SendAsync(request, GatewayDetailsJsonContext.Default.CentralListClusterTunnel, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccess)
        {
            return CentralErrors.ToResult(Name, response.Error, notFound: ("Cluster", cluster));
        }

        var tunnels = response.Value.Items ?? [];
        var total = response.Value.Total;
        var down = tunnels.Where(tunnel => DeviceText.IsDown(tunnel.Status)).ToList();
        var poor = tunnels.Where(tunnel => DeviceText.Is(tunnel.Health, "Poor")).ToList();
        var result = CreateResult(arguments, StatusToken.Vpn, $"Tunnels of cluster {cluster}: {ValueFormat.Integer(tunnels.Count)} of {ValueFormat.Integer(total)}")
            .WithScope(new ResultScope { Filter = filter, Sort = sort, Extra = ["cluster " + cluster] })
            .WithPage(PageInfo.FromCursor(tunnels.Count, total, response.Value.Next, cursor));
        result.AddDeprecationNotice(response);
        result.Facts
            .Set(TotalFact, total)
            .Set(ReturnedFact, tunnels.Count)
            .Set(UpFact, tunnels.Count(tunnel => DeviceText.IsUp(tunnel.Status)))
            .Set(DownFact, down.Count)
            .Set(PoorFact, poor.Count)
            .Set(ByEncapsulationFact, CountBy(tunnels, Encapsulation))
            .Set(ByModeFact, CountBy(tunnels, tunnel => tunnel.Mode))
            .Set(ByHealthFact, CountBy(tunnels, tunnel => tunnel.Health));

        result.AddSection("By encapsulation", [.. CountBy(tunnels, Encapsulation).Select(pair => new TextRow(StatusToken.Vpn, $"{pair.Key}: {ValueFormat.Integer(pair.Value)}"))]);
        result.AddSection("By health", [.. CountBy(tunnels, tunnel => tunnel.Health).Select(pair => new TextRow(StatusToken.Health, $"{pair.Key}: {ValueFormat.Integer(pair.Value)}"))]);
        if (down.Count > 0)
        {
            result.AddSection("Down tunnels", [.. down.Select(Row)], cap: MaxDownRows);
        }

        result.AddSection("Tunnels", [.. tunnels.Select(Row)]);
        foreach (var tunnel in tunnels)
        {
            result.AddItem(Output.NewItem()
                .Set(NameItem, tunnel.TunnelName)
                .Set(StatusItem, tunnel.Status)
                .Set(HealthItem, tunnel.Health)
                .Set(ReasonsItem, tunnel.HealthReasons ?? [])
                .Set(EncapsulationItem, Encapsulation(tunnel))
                .Set(ModeItem, tunnel.Mode)
                .Set(GatewayItem, tunnel.Gateway)
                .Set(DestinationNameItem, tunnel.DestinationName)
                .Set(DestinationIpItem, tunnel.DestinationIpAddress ?? tunnel.RemoteEndpoint));
        }

        AddFindings(result, tunnels, down, poor);
        return result.Build();
    }

    private static void AddFindings(ToolResultBuilder result, List<ClusterTunnel> tunnels, List<ClusterTunnel> down, List<ClusterTunnel> poor)
    {
        if (tunnels.Count == 0)
        {
            result.AddFinding(FindingLevel.Info, "NO_TUNNELS", "no tunnels reported on this page");
            return;
        }

        if (down.Count == tunnels.Count)
        {
            result.AddFinding(FindingLevel.Crit, "TUNNELS_DOWN", $"all {tunnels.Count} tunnels on this page are down");
        }
        else if (down.Count > 0)
        {
            result.AddFinding(FindingLevel.Warn, "TUNNELS_DOWN", $"{down.Count} of {tunnels.Count} down");
        }

        if (poor.Count > 0)
        {
            var named = string.Join("; ", poor.Take(MaxDownRows).Select(tunnel => $"{ValueFormat.Text(tunnel.TunnelName)} ({Reasons(tunnel)})"));
            result.AddFinding(FindingLevel.Warn, "TUNNELS_POOR", $"{poor.Count} tunnels in poor health: {named}");
        }

        var insecure = tunnels.Where(tunnel => (tunnel.HealthReasons ?? []).Any(reason =>
            DeviceText.Is(reason, "TUNNEL_ENCRYPTION") || DeviceText.Is(reason, "TUNNEL_AUTHENTICATION"))).ToList();
        if (insecure.Count > 0)
        {
            var named = string.Join(", ", insecure.Take(MaxDownRows).Select(tunnel => ValueFormat.Text(tunnel.TunnelName)));
            result.AddFinding(FindingLevel.Warn, "TUNNEL_SECURITY", $"{insecure.Count} tunnels report encryption or authentication problems: {named}");
        }
    }

    private static string? Encapsulation(ClusterTunnel tunnel) => tunnel.Encapsulation ?? tunnel.Type;

    private static string Reasons(ClusterTunnel tunnel) => tunnel.HealthReasons is { Count: > 0 } reasons ? string.Join(", ", reasons) : "no reason reported";

    /// <summary>Counts tunnels per value, keeping unknown values verbatim and missing ones as n/a, largest first.</summary>
    private static List<KeyValuePair<string, long>> CountBy(List<ClusterTunnel> tunnels, Func<ClusterTunnel, string?> key) =>
        [.. tunnels.GroupBy(tunnel => key(tunnel) ?? ValueFormat.Missing, StringComparer.OrdinalIgnoreCase)
            .Select(group => new KeyValuePair<string, long>(group.First() is var first && key(first) is { } text ? text : ValueFormat.Missing, group.Count()))
            .OrderByDescending(pair => pair.Value)
            .ThenBy(pair => pair.Key, StringComparer.Ordinal)];

    private static TextRow Row(ClusterTunnel tunnel) => new(
        DeviceText.Token(tunnel.Status),
        DeviceText.Join(
            ValueFormat.Text(tunnel.TunnelName),
            $"{ValueFormat.Text(tunnel.Gateway)} -> {ValueFormat.Text(tunnel.DestinationName ?? tunnel.DestinationIpAddress ?? tunnel.RemoteEndpoint)}",
            Encapsulation(tunnel),
            tunnel.Health));
}
