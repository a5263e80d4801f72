using ArubaNoc.Central.Http;
using ArubaNoc.Central.Wire;
using ArubaNoc.Tools.Devices;
using ArubaNoc.Tools.Framework;
using ArubaNoc.Tools.Gateways.Wire;

namespace ArubaNoc.Tools.Gateways;

/// <summary>
/// <c>get_gateway_cluster_info</c>: membership, leadership, redundancy and tunnel state of one gateway cluster.
/// v1 has no cluster-detail endpoint, so the tool composes the members list (primary, at most 3 pages of 100)
/// with the tunnel status and tunnel health summaries (secondary: a failure makes the result partial).
/// </summary>
internal sealed class GetGatewayClusterInfoTool(ToolEnvironment environment) : NocTool(environment.TimeProvider)
{
    /// <summary>Path of the primary call.</summary>
    public const string MembersPath = "/network-monitoring/v1/clusters/{cluster-name}/members";

    /// <summary>Path of the inter-gateway tunnel status call.</summary>
    public const string TunnelStatusPath = "/network-monitoring/v1/clusters/{cluster-name}/tunnels-status-summary";

    /// <summary>Path of the per-member tunnel health call.</summary>
    public const string TunnelHealthPath = "/network-monitoring/v1/clusters/{cluster-name}/tunnels-health-summary";

    /// <summary>Members requested per page (Central's maximum).</summary>
    public const int MembersPageSize = 100;

    /// <summary>Member pages read at most.</summary>
    public const int MaxMemberPages = 3;

    internal static readonly ToolParameter ClusterNameParam = ToolParameters.Name(
            "cluster_name", "Gateway cluster name, exactly as Central shows it (may contain spaces).", pathSegment: true)
        .AsRequired();

    private static readonly OutputField GoodField = new("good", OutputKind.Integer);
    private static readonly OutputField FairField = new("fair", OutputKind.Integer);
    private static readonly OutputField PoorField = new("poor", OutputKind.Integer);

    private static readonly OutputField MembersFact = new("members", OutputKind.Integer, "Members");
    private static readonly OutputField OnlineFact = new("online", OutputKind.Integer, "Online");
    private static readonly OutputField OfflineFact = new("offline", OutputKind.Integer, "Offline");
    private static readonly OutputField LeaderSerialFact = new("leaderSerial", OutputKind.Text, "Leader");
    private static readonly OutputField LeaderRoleFact = new("leaderRole", OutputKind.Text);
    private static readonly OutputField FirmwareFact = new("firmwareVersions", OutputKind.TextList, "Firmware versions");
    private static readonly OutputField TunnelsUpFact = new("tunnelsUp", OutputKind.Integer, "Inter-gateway tunnels up");
    private static readonly OutputField TunnelsDownFact = new("tunnelsDown", OutputKind.Integer, "Inter-gateway tunnels down");
    private static readonly OutputField TunnelHealthFact = new("tunnelHealth", OutputKind.Object, "Tunnel health", [GoodField, FairField, PoorField]);

    private static readonly OutputField SerialItem = new("serialNumber", OutputKind.Text);
    private static readonly OutputField NameItem = new("deviceName", OutputKind.Text);
    private static readonly OutputField RoleItem = new("role", OutputKind.Text);
    private static readonly OutputField StatusItem = new("status", OutputKind.Text);
    private static readonly OutputField ModelItem = new("model", OutputKind.Text);
    private static readonly OutputField FirmwareItem = new("firmwareVersion", OutputKind.Text);
    private static readonly OutputField SiteItem = new("siteName", OutputKind.Text);
    private static readonly OutputField GoodItem = new("tunnelsGood", OutputKind.Integer);
    private static readonly OutputField FairItem = new("tunnelsFair", OutputKind.Integer);
    private static readonly OutputField PoorItem = new("tunnelsPoor", OutputKind.Integer);

    private static readonly OutputShape Shape = new(
        [MembersFact, OnlineFact, OfflineFact, LeaderSerialFact, LeaderRoleFact, FirmwareFact, TunnelsUpFact, TunnelsDownFact, TunnelHealthFact],
        [SerialItem, NameItem, RoleItem, StatusItem, ModelItem, FirmwareItem, SiteItem, GoodItem, FairItem, PoorItem]);

    private readonly CentralClient _central = environment.Central;

    public override string Name => "get_gateway_cluster_info";

    public override string Title => "Gateway cluster";

    public override string Description =>
        "Members of one gateway cluster with leader, status, model and firmware, inter-gateway tunnels up/down and tunnel health; flags a missing, isolated or offline leader, offline members, no redundancy, firmware mismatch and tunnels down or poor.";

    public override IReadOnlyList<ToolParameter> Parameters { get; } = [ClusterNameParam];

    public override OutputShape Output => Shape;

    protected override async ValueTask<ToolResult> ExecuteAsync(ToolArguments arguments, ToolCallContext context, CancellationToken cancellationToken)
    {
        var cluster = arguments.GetRequiredString(ClusterNameParam);
        var members = new List<ClusterMember>();
        string? cursor = null;
        var moreMembers = false;
        var memberResponses = new List<CentralResponse<CentralList<ClusterMember>>>();
        for (var page = 0; page < MaxMemberPages; page++)
        {
            var request = CentralRequest.Get(MembersPath).WithPath("cluster-name", cluster).WithQuery("limit", MembersPageSize).WithQuery("next", cursor);
            var response = await _central.SendAsync(request, GatewayDetailsJsonContext.Default.CentralListClusterMember, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccess)
            {
                return CentralErrors.ToResult(Name, response.Error, notFound: ("Cluster", cluster));
            }

            memberResponses.Add(response);
            var items = response.Value.Items ?? [];
            members.AddRange(items);
            var next = PageInfo.FromCursor(items.Count, response.Value.Total, response.Value.Next, cursor).Next;
            if (next is null)
            {
                break;
            }

            moreMembers = page == MaxMemberPages - 1;
            cursor = next;
        }

        var result = CreateResult(arguments, StatusToken.Network, "Cluster " + cluster)
            .WithScope(new ResultScope { Extra = ["cluster " + cluster] });
        foreach (var membersResponse in memberResponses)
        {
            result.AddDeprecationNotice(membersResponse);
        }

        if (members.Count == 0)
        {
            result.Facts.Set(MembersFact, 0L);
            result.AddFinding(new Finding(FindingLevel.Info, "NO_MEMBERS", "no members reported; check the name with list_gateways") { PrintsCode = false });
            return result.Build();
        }

        var statusRequest = CentralRequest.Get(TunnelStatusPath).WithPath("cluster-name", cluster);
        var statusResponse = await _central.SendAsync(statusRequest, GatewayDetailsJsonContext.Default.ClusterTunnelStatusSummary, cancellationToken).ConfigureAwait(false);
        var tunnelStatus = statusResponse.IsSuccess ? statusResponse.Value : null;
        if (statusResponse.IsSuccess)
        {
            result.AddDeprecationNotice(statusResponse);
        }
        else
        {
            result.AddSubError("Inter-gateway tunnel status", GetGatewayDetailsTool.SubErrorOf(statusRequest, statusResponse.Error));
        }

        var healthRequest = CentralRequest.Get(TunnelHealthPath).WithPath("cluster-name", cluster);
        var healthResponse = await _central.SendAsync(healthRequest, GatewayDetailsJsonContext.Default.JsonElement, cancellationToken).ConfigureAwait(false);
        List<ClusterMemberTunnelHealth>? health = null;
        if (healthResponse.IsSuccess)
        {
            result.AddDeprecationNotice(healthResponse);
            health = SingleOrArray.Read(healthResponse.Value, GatewayDetailsJsonContext.Default.ClusterMemberTunnelHealth);
        }
        else
        {
            result.AddSubError("Tunnel health", GetGatewayDetailsTool.SubErrorOf(healthRequest, healthResponse.Error));
        }

        Describe(result, members, tunnelStatus, health);
        if (moreMembers)
        {
            result.AddFinding(FindingLevel.Info, "MEMBERS_NOT_ALL_READ", $"only the first {members.Count} members were read ({MaxMemberPages} pages); counts cover those members");
        }

        return result.Build();
    }

    private void Describe(ToolResultBuilder result, List<ClusterMember> members, ClusterTunnelStatusSummary? tunnelStatus, List<ClusterMemberTunnelHealth>? health)
    {
        var view = new ClusterView(members, tunnelStatus, health);
        result.Facts
            .Set(MembersFact, members.Count)
            .Set(OnlineFact, view.Online)
            .Set(OfflineFact, view.Offline)
            .Set(LeaderSerialFact, view.Leaders.FirstOrDefault()?.SerialNumber)
            .Set(LeaderRoleFact, view.Leaders.FirstOrDefault()?.Role)
            .Set(FirmwareFact, view.FirmwareVersions)
            .Set(TunnelsUpFact, tunnelStatus?.Up)
            .Set(TunnelsDownFact, tunnelStatus?.Down)
            .Set(TunnelHealthFact, view.HealthTotals is { } totals
                ? OutputValues.For(TunnelHealthFact).Set(GoodField, totals.Good).Set(FairField, totals.Fair).Set(PoorField, totals.Poor)
                : null);

        result.AddSection("Members", [.. members.Select(member => new TextRow(
            DeviceText.Token(member.Status),
            $"{ValueFormat.Text(member.Role)} {ValueFormat.Text(member.DeviceName)} ({ValueFormat.Text(member.SerialNumber)}) · "
            + $"{ValueFormat.Text(member.Model)} · {ValueFormat.Text(ClusterView.Firmware(member))} · {ValueFormat.Text(member.SiteName)}"))]);
        var healthText = view.HealthTotals is { } sums
            ? $"tunnel health good {ValueFormat.Integer(sums.Good)} · fair {ValueFormat.Integer(sums.Fair)} · poor {ValueFormat.Integer(sums.Poor)}"
            : "tunnel health n/a";
        result.AddSection("Tunnels",
        [
            new(StatusToken.Vpn, $"inter-gateway tunnels up {ValueFormat.Integer(tunnelStatus?.Up)} · down {ValueFormat.Integer(tunnelStatus?.Down)}"),
            new(StatusToken.Vpn, healthText),
        ]);
        foreach (var member in members)
        {
            var counts = view.HealthOf(member);
            result.AddItem(Output.NewItem()
                .Set(SerialItem, member.SerialNumber)
                .Set(NameItem, member.DeviceName)
                .Set(RoleItem, member.Role)
                .Set(StatusItem, member.Status)
                .Set(ModelItem, member.Model)
                .Set(FirmwareItem, ClusterView.Firmware(member))
                .Set(SiteItem, member.SiteName)
                .Set(GoodItem, counts?.Good)
                .Set(FairItem, counts?.Fair)
                .Set(PoorItem, counts?.Poor));
        }

        view.AddFindings(result);
    }
}
