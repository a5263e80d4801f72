using ArubaNoc.Tools.Devices.Wire;
using ArubaNoc.Tools.Framework;

namespace ArubaNoc.Tools.Devices;

/// <summary>
/// <c>get_device_list</c>: one cursor page of <c>GET /network-monitoring/v1/devices</c> with breakdowns by
/// type, status and deployment, computed on the page's items.
/// </summary>
internal sealed class GetDeviceListTool(ToolEnvironment environment) : NocTool(environment.TimeProvider)
{
    public const string ToolName = "get_device_list";

    internal const string Path = "/network-monitoring/v1/devices";

    internal static readonly ToolParameter SiteIdParam = ToolParameters.SiteId();
    internal static readonly ToolParameter DeviceTypeParam = DeviceTypes.Parameter();
    internal static readonly ToolParameter StatusParam = ToolParameters.Enum("status", "Device status: ONLINE or OFFLINE.", new EnumOption("ONLINE"), new EnumOption("OFFLINE"));
    internal static readonly ToolParameter FilterParam = ToolParameters.Filter(new FilterSpec(
        "siteId", "siteName", "serialNumber", "deviceName", "deviceType", "status", "model", "firmwareVersion", "deployment", "clusterName"));
    internal static readonly ToolParameter SortParam = ToolParameters.Sort(new SortSpec("siteId", "siteName", "serialNumber", "deviceName", "deployment", "model"));
    internal static readonly ToolParameter LimitParam = ToolParameters.Limit(1, 1000, 100);
    internal static readonly ToolParameter NextParam = ToolParameters.Cursor();
    private static readonly CursorListParameters Paging = new(SiteIdParam, FilterParam, SortParam, LimitParam, NextParam);

    internal static readonly OutputField TotalFact = new("total", OutputKind.Integer, "Total");
    internal static readonly OutputField ReturnedFact = new("returned", OutputKind.Integer, "Returned");
    internal static readonly OutputField OnlineFact = new("online", OutputKind.Integer, "Online");
    internal static readonly OutputField OfflineFact = new("offline", OutputKind.Integer, "Offline");
    internal static readonly OutputField UnknownFact = new("unknownStatus", OutputKind.Integer, "Unknown status");
    internal static readonly OutputField ByTypeFact = new("byType", OutputKind.Counts);
    internal static readonly OutputField ByStatusFact = new("byStatus", OutputKind.Counts);
    internal static readonly OutputField ByDeploymentFact = new("byDeployment", OutputKind.Counts);

    private static readonly OutputField SerialItem = new("serialNumber", OutputKind.Text);
    private static readonly OutputField NameItem = new("deviceName", OutputKind.Text);
    private static readonly OutputField TypeItem = new("deviceType", OutputKind.Text);
    private static readonly OutputField StatusItem = new("status", OutputKind.Text);
    private static readonly OutputField ModelItem = new("model", OutputKind.Text);
    private static readonly OutputField SiteIdItem = new("siteId", OutputKind.Text);
    private static readonly OutputField SiteNameItem = new("siteName", OutputKind.Text);
    private static readonly OutputField FirmwareItem = new("firmwareVersion", OutputKind.Text);
    private static readonly OutputField Ipv4Item = new("ipv4", OutputKind.Text);
    private static readonly OutputField DeploymentItem = new("deployment", OutputKind.Text);

    private static readonly OutputShape Shape = new(
        [TotalFact, ReturnedFact, OnlineFact, OfflineFact, UnknownFact, ByTypeFact, ByStatusFact, ByDeploymentFact],
        [SerialItem, NameItem, TypeItem, StatusItem, ModelItem, SiteIdItem, SiteNameItem, FirmwareItem, Ipv4Item, DeploymentItem]);

    public override string Name => ToolName;

    public override string Title => "Device list";

    public override string Description =>
        "Pages through monitored access points, switches and gateways, with counts by type, status and deployment on the page and the offline devices.";

    public override IReadOnlyList<ToolParameter> Parameters { get; } = [SiteIdParam, DeviceTypeParam, StatusParam, FilterParam, SortParam, LimitParam, NextParam];

    public override OutputShape Output => Shape;

    protected override async ValueTask<ToolResult> ExecuteAsync(ToolArguments arguments, ToolCallContext context, CancellationToken cancellationToken)
    {
        var clauses = new List<FilterClause>();
        if (arguments.GetOption(DeviceTypeParam) is { } type)
        {
            clauses.Add(FilterClause.Eq("deviceType", type.WireValue, DeviceTypeParam.Name));
        }

        if (arguments.GetOption(StatusParam) is { } status)
        {
            clauses.Add(FilterClause.Eq("status", status.WireValue, StatusParam.Name));
        }

        var page = await ReadCursorPageAsync(environment.Central, Path, arguments, Paging, clauses, DevicesJsonContext.Default.CentralListDeviceItem, cancellationToken).ConfigureAwait(false);
        if (page.Failure is { } failure)
        {
            return failure;
        }

        var devices = page.Items;
        var result = CreatePageResult(arguments, page, StatusToken.Device, $"Devices: {ValueFormat.Integer(devices.Count)} of {ValueFormat.Integer(page.Total)}");
        Summarize(result, devices, page.Total);
        return result.Build();
    }

    private static void Summarize(ToolResultBuilder result, List<DeviceItem> devices, long? total)
    {
        var byType = new CountTable();
        var byStatus = new CountTable();
        var byDeployment = new CountTable();
        foreach (var device in devices)
        {
            byType.Add(device.DeviceType, "UNKNOWN");
            byStatus.Add(device.Status, "UNKNOWN");
            byDeployment.Add(device.Deployment, "UNKNOWN");
            result.AddItem(result.Shape.NewItem()
                .Set(SerialItem, device.SerialNumber).Set(NameItem, device.DeviceName).Set(TypeItem, device.DeviceType)
                .Set(StatusItem, device.Status).Set(ModelItem, device.Model).Set(SiteIdItem, device.SiteId)
                .Set(SiteNameItem, device.SiteName).Set(FirmwareItem, ResultNotes.FirstOf(device.FirmwareVersion, device.SoftwareVersion))
                .Set(Ipv4Item, device.Ipv4).Set(DeploymentItem, device.Deployment));
        }

        long returned = devices.Count;
        var online = byStatus.Get("ONLINE");
        var offline = byStatus.Get("OFFLINE");
        result.Facts
            .Set(TotalFact, total)
            .Set(ReturnedFact, returned)
            .Set(OnlineFact, online)
            .Set(OfflineFact, offline)
            .Set(UnknownFact, returned - online - offline)
            .Set(ByTypeFact, byType.ByCount())
            .Set(ByStatusFact, byStatus.ByCount())
            .Set(ByDeploymentFact, byDeployment.ByCount());

        result.AddSection("By type (this page)", ResultNotes.ShareRows(byType.ByCount(), returned, DeviceTypes.Token));
        result.AddSection("By status (this page)", ResultNotes.ShareRows(byStatus.ByCount(), returned, StatusTokenOf));
        result.AddSection("By deployment (this page)", ResultNotes.ShareRows(byDeployment.ByCount(), returned, _ => StatusToken.Device));

        var offlineRows = devices
            .Where(device => string.Equals(device.Status, "OFFLINE", StringComparison.OrdinalIgnoreCase))
            .Select(device => new TextRow(StatusToken.Down,
                $"{ValueFormat.Text(device.DeviceName)} ({ValueFormat.Text(device.SerialNumber)}) · {ValueFormat.Text(device.Model)} · {ValueFormat.Text(device.SiteName)}"))
            .ToList();
        if (offlineRows.Count > 0)
        {
            result.AddSection("Offline devices", offlineRows, cap: 10);
            result.AddFinding(FindingLevel.Warn, "DEVICES_OFFLINE", $"{ValueFormat.Integer(offline)} device(s) on this page are offline");
        }

        var notSynced = devices.Count(device => device.ConfigStatus is not null && !string.Equals(device.ConfigStatus, "Synchronized", StringComparison.OrdinalIgnoreCase));
        if (notSynced > 0)
        {
            result.AddFinding(FindingLevel.Info, "CONFIG_NOT_SYNCED", $"{ValueFormat.Integer(notSynced)} device(s) on this page report a configuration that is not Synchronized");
        }
    }

    private static string StatusTokenOf(string status) => status.ToUpperInvariant() switch
    {
        "ONLINE" or "UP" => StatusToken.Up,
        "OFFLINE" or "DOWN" => StatusToken.Down,
        _ => StatusToken.Unknown,
    };
}
