using ArubaNoc.Tools.Devices;
using ArubaNoc.Tools.Framework;
using ArubaNoc.Tools.Gateways.Wire;

namespace ArubaNoc.Tools.Gateways;

/// <summary>
/// <c>list_gateways</c>: one cursor page of <c>GET /network-monitoring/v1/gateways</c> with availability,
/// load and breakdowns computed on the page's items.
/// </summary>
internal sealed class ListGatewaysTool(ToolEnvironment environment) : NocTool(environment.TimeProvider)
{
    public const string ToolName = "list_gateways";

    internal const string Path = "/network-monitoring/v1/gateways";

    /// <summary>CPU or memory utilization above which a gateway is listed as loaded, in percent.</summary>
    internal const double HighUtilizationPct = 80;

    internal static readonly ToolParameter SiteIdParam = ToolParameters.SiteId();
    internal static readonly ToolParameter StatusParam = ToolParameters.Enum(
        "status", "Gateway status: ONLINE or OFFLINE.", new EnumOption("ONLINE", "Online"), new EnumOption("OFFLINE", "Offline"));
    internal static readonly ToolParameter ClusterParam = ToolParameters.Name("cluster_name", "Only gateways of this cluster.");
    internal static readonly ToolParameter FilterParam = ToolParameters.Filter(new FilterSpec(
        "siteId", "model", "status", "deployment", "macAddress", "siteName", "deviceName", "firmwareVersion", "serialNumber", "clusterName"));
    internal static readonly ToolParameter SortParam = ToolParameters.Sort(new SortSpec(
        "siteId", "model", "status", "deployment", "serialNumber", "deviceName", "macAddress", "siteName", "firmwareVersion"));
    internal static readonly ToolParameter LimitParam = ToolParameters.Limit(1, 1000, 100);
    internal static readonly ToolParameter NextParam = ToolParameters.Cursor();
    private static readonly CursorListParameters Paging = new(SiteIdParam, FilterParam, SortParam, LimitParam, NextParam);

    internal static readonly OutputField TotalFact = new("total", OutputKind.Integer, "Total");
    internal static readonly OutputField ReturnedFact = new("returned", OutputKind.Integer, "Returned");
    internal static readonly OutputField OnlineFact = new("online", OutputKind.Integer, "Online");
    internal static readonly OutputField OfflineFact = new("offline", OutputKind.Integer, "Offline");
    internal static readonly OutputField AvailabilityFact = new("availabilityPct", OutputKind.Availability, "Availability (this page)");
    internal static readonly OutputField HighCpuFact = new("highCpu", OutputKind.Integer, "High CPU");
    internal static readonly OutputField HighMemoryFact = new("highMemory", OutputKind.Integer, "High memory");
    internal static readonly OutputField ByModeFact = new("byMode", OutputKind.Counts);
    internal static readonly OutputField ByModelFact = new("byModel", OutputKind.Counts);

    private static readonly OutputField SerialItem = new("serialNumber", OutputKind.Text);
    private static readonly OutputField NameItem = new("deviceName", OutputKind.Text);
    private static readonly OutputField StatusItem = new("status", OutputKind.Text);
    private static readonly OutputField ModeItem = new("mode", OutputKind.Text);
    private static readonly OutputField RoleItem = new("role", OutputKind.Text);
    private static readonly OutputField ClusterItem = new("clusterName", OutputKind.Text);
    private static readonly OutputField ModelItem = new("model", OutputKind.Text);
    private static readonly OutputField SiteNameItem = new("siteName", OutputKind.Text);
    private static readonly OutputField CpuItem = new("cpuUtilization", OutputKind.Number);
    private static readonly OutputField MemoryItem = new("memoryUtilization", OutputKind.Number);
    private static readonly OutputField FirmwareItem = new("firmwareVersion", OutputKind.Text);

    private static readonly OutputShape Shape = new(
        [TotalFact, ReturnedFact, OnlineFact, OfflineFact, AvailabilityFact, HighCpuFact, HighMemoryFact, ByModeFact, ByModelFact],
        [SerialItem, NameItem, StatusItem, ModeItem, RoleItem, ClusterItem, ModelItem, SiteNameItem, CpuItem, MemoryItem, FirmwareItem]);

    public override string Name => ToolName;

    public override string Title => "Gateway list";

    public override string Description =>
        "Pages through gateways with availability on the page, offline gateways, high CPU and memory, and counts by mode, model and function.";

    public override IReadOnlyList<ToolParameter> Parameters { get; } = [SiteIdParam, StatusParam, ClusterParam, FilterParam, SortParam, LimitParam, NextParam];

    public override OutputShape Output => Shape;

    protected override async ValueTask<ToolResult> ExecuteAsync(ToolArguments arguments, ToolCallContext context, CancellationToken cancellationToken)
    {
        var clauses = new List<FilterClause>();
        if (arguments.GetOption(StatusParam) is { } status)
        {
            clauses.Add(FilterClause.Eq("status", status.WireValue, StatusParam.Name));
        }

        if (arguments.GetString(ClusterParam) is { } cluster)
        {
            clauses.Add(FilterClause.Eq("clusterName", cluster, ClusterParam.Name));
        }

        var page = await ReadCursorPageAsync(environment.Central, Path, arguments, Paging, clauses, GatewayListJsonContext.Default.CentralListGatewayListItem, cancellationToken).ConfigureAwait(false);
        if (page.Failure is { } failure)
        {
            return failure;
        }

        var gateways = page.Items;
        var result = CreatePageResult(arguments, page, StatusToken.Gateway, $"Gateways: {ValueFormat.Integer(gateways.Count)} of {ValueFormat.Integer(page.Total)}");
        Summarize(result, gateways, page.Total);
        return result.Build();
    }

    private static void Summarize(ToolResultBuilder result, List<GatewayListItem> gateways, long? total)
    {
        var byStatus = new CountTable();
        var byMode = new CountTable();
        var byModel = new CountTable();
        var byFunction = new CountTable();
        foreach (var gateway in gateways)
        {
            byStatus.Add(gateway.Status, "Unknown");
            byMode.Add(gateway.ResolvedMode, "Unknown");
            byModel.Add(gateway.Model, "Unknown");
            byFunction.Add(gateway.DeviceFunction, "Unknown");
            result.AddItem(result.Shape.NewItem()
                .Set(SerialItem, gateway.SerialNumber).Set(NameItem, gateway.DeviceName).Set(StatusItem, gateway.Status)
                .Set(ModeItem, gateway.ResolvedMode).Set(RoleItem, gateway.Role).Set(ClusterItem, gateway.ClusterName)
                .Set(ModelItem, gateway.Model).Set(SiteNameItem, gateway.SiteName).Set(CpuItem, gateway.CpuUtilization)
                .Set(MemoryItem, gateway.MemoryUtilization).Set(FirmwareItem, gateway.FirmwareVersion));
        }

        long returned = gateways.Count;
        var online = byStatus.Get("Online");
        var offline = byStatus.Get("Offline");
        var availability = ValueFormat.PercentOf(online, returned);
        var highCpu = gateways.Where(gateway => gateway.CpuUtilization > HighUtilizationPct).ToList();
        var highMemory = gateways.Where(gateway => gateway.MemoryUtilization > HighUtilizationPct).ToList();
        result.Facts
            .Set(TotalFact, total).Set(ReturnedFact, returned).Set(OnlineFact, online).Set(OfflineFact, offline)
            .Set(AvailabilityFact, availability).Set(HighCpuFact, highCpu.Count).Set(HighMemoryFact, highMemory.Count)
            .Set(ByModeFact, byMode.ByCount()).Set(ByModelFact, byModel.ByCount());

        result.AddSection("By status (this page)",
        [
            new TextRow(StatusToken.Up, ResultNotes.CountWithShare("Online", online, returned)),
            new TextRow(StatusToken.Down, ResultNotes.CountWithShare("Offline", offline, returned)),
            new TextRow(StatusToken.Stats, $"Availability: {ValueFormat.Availability(availability)}"),
        ]);
        result.AddSection("By mode (this page)", ResultNotes.ShareRows(byMode.ByCount(), returned, _ => StatusToken.Gateway));
        result.AddSection("By model (this page)", ResultNotes.ShareRows(byModel.ByCount(), returned, _ => StatusToken.Gateway));
        result.AddSection("By function (this page)", ResultNotes.ShareRows(byFunction.ByCount(), returned, _ => StatusToken.Gateway));

        var offlineRows = gateways
            .Where(gateway => string.Equals(gateway.Status, "Offline", StringComparison.OrdinalIgnoreCase))
            .Select(gateway => new TextRow(StatusToken.Down,
                $"{ValueFormat.Text(gateway.DeviceName)} ({ValueFormat.Text(gateway.SerialNumber)}) · {ValueFormat.Text(gateway.SiteName)} · {ValueFormat.Text(gateway.ClusterName)}"))
            .ToList();
        if (offlineRows.Count > 0)
        {
            result.AddSection("Offline gateways", offlineRows, cap: 10);
            var level = offline == returned ? FindingLevel.Crit : FindingLevel.Warn;
            result.AddFinding(level, "GATEWAYS_OFFLINE", $"{ValueFormat.Integer(offline)} of {ValueFormat.Integer(returned)} gateways on this page are offline");
        }

        AddLoadFinding(result, "CPU_HIGH", "CPU", highCpu);
        AddLoadFinding(result, "MEMORY_HIGH", "memory", highMemory);
    }

    private static void AddLoadFinding(ToolResultBuilder result, string code, string resource, List<GatewayListItem> loaded)
    {
        if (loaded.Count == 0)
        {
            return;
        }

        var names = string.Join(", ", loaded.Take(5).Select(gateway => ValueFormat.Text(gateway.DeviceName ?? gateway.SerialNumber)));
        result.AddFinding(FindingLevel.Warn, code, $"{loaded.Count} gateway(s) above {HighUtilizationPct} % {resource}: {names}");
    }
}
