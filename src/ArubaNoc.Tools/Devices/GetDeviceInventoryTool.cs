using ArubaNoc.Tools.Devices.Wire;
using ArubaNoc.Tools.Framework;

namespace ArubaNoc.Tools.Devices;

/// <summary>
/// <c>get_device_inventory</c>: one cursor page of <c>GET /network-monitoring/v1/device-inventory</c>, which
/// also lists devices not yet onboarded, with model, type, tier, licence and provisioning counts on the page.
/// Subscription keys are read for presence only and never printed or returned.
/// </summary>
internal sealed class GetDeviceInventoryTool(ToolEnvironment environment) : NocTool(environment.TimeProvider)
{
    public const string ToolName = "get_device_inventory";

    internal const string Path = "/network-monitoring/v1/device-inventory";

    internal static readonly ToolParameter SiteIdParam = ToolParameters.SiteId();
    internal static readonly ToolParameter DeviceTypeParam = DeviceTypes.Parameter();
    internal static readonly ToolParameter SiteAssignedParam = ToolParameters.Enum(
        "site_assigned", "Only devices assigned to a site (ASSIGNED) or not (UNASSIGNED).", new EnumOption("ASSIGNED"), new EnumOption("UNASSIGNED"));
    internal static readonly ToolParameter FilterParam = ToolParameters.Filter(new FilterSpec(
        "siteId", "siteName", "serialNumber", "deviceName", "deviceType", "model", "firmwareVersion", "deviceFunction", "isProvisioned", "deviceGroupName"));
    internal static readonly ToolParameter SortParam = ToolParameters.Sort(new SortSpec(
        "siteId", "siteName", "serialNumber", "deviceName", "macAddress", "deviceType", "ipv4", "model", "deviceGroupName", "deviceFunction"));
    internal static readonly ToolParameter LimitParam = ToolParameters.Limit(1, 1000, 100);
    internal static readonly ToolParameter NextParam = ToolParameters.Cursor();
    private static readonly CursorListParameters Paging = new(SiteIdParam, FilterParam, SortParam, LimitParam, NextParam);

    internal static readonly OutputField TotalFact = new("total", OutputKind.Integer, "Total");
    internal static readonly OutputField ReturnedFact = new("returned", OutputKind.Integer, "Returned");
    internal static readonly OutputField UnlicensedFact = new("unlicensed", OutputKind.Integer, "Unlicensed");
    internal static readonly OutputField UnassignedFact = new("unassigned", OutputKind.Integer, "Unassigned");
    internal static readonly OutputField NotProvisionedFact = new("notProvisioned", OutputKind.Integer, "Not provisioned");
    internal static readonly OutputField OfflineFact = new("offline", OutputKind.Integer, "Offline");
    internal static readonly OutputField LicensedFact = new("licensed", OutputKind.Integer);
    internal static readonly OutputField ProvisionedFact = new("provisioned", OutputKind.Integer);
    internal static readonly OutputField ByModelFact = new("byModel", OutputKind.Counts);
    internal static readonly OutputField ByTypeFact = new("byType", OutputKind.Counts);
    internal static readonly OutputField ByTierFact = new("byTier", OutputKind.Counts);

    private static readonly OutputField SerialItem = new("serialNumber", OutputKind.Text);
    private static readonly OutputField NameItem = new("deviceName", OutputKind.Text);
    private static readonly OutputField TypeItem = new("deviceType", OutputKind.Text);
    private static readonly OutputField ModelItem = new("model", OutputKind.Text);
    private static readonly OutputField TierItem = new("tier", OutputKind.Text);
    private static readonly OutputField LicensedItem = new("licensed", OutputKind.Boolean);
    private static readonly OutputField ProvisionedItem = new("isProvisioned", OutputKind.Text);
    private static readonly OutputField SiteNameItem = new("siteName", OutputKind.Text);
    private static readonly OutputField StatusItem = new("status", OutputKind.Text);

    private static readonly OutputShape Shape = new(
        [TotalFact, ReturnedFact, UnlicensedFact, UnassignedFact, NotProvisionedFact, OfflineFact, LicensedFact, ProvisionedFact, ByModelFact, ByTypeFact, ByTierFact],
        [SerialItem, NameItem, TypeItem, ModelItem, TierItem, LicensedItem, ProvisionedItem, SiteNameItem, StatusItem]);

    public override string Name => ToolName;

    public override string Title => "Device inventory";

    public override string Description =>
        "Pages through the hardware and subscription inventory, including devices not yet onboarded: models, types, subscription tiers, licensing, provisioning and site assignment on the page.";

    public override IReadOnlyList<ToolParameter> Parameters { get; } = [SiteIdParam, DeviceTypeParam, SiteAssignedParam, FilterParam, SortParam, LimitParam, NextParam];

    public override OutputShape Output => Shape;

    protected override async ValueTask<ToolResult> ExecuteAsync(ToolArguments arguments, ToolCallContext context, CancellationToken cancellationToken)
    {
        var clauses = new List<FilterClause>();
        if (arguments.GetOption(DeviceTypeParam) is { } type)
        {
            clauses.Add(FilterClause.Eq("deviceType", type.WireValue, DeviceTypeParam.Name));
        }

        var assigned = arguments.GetOption(SiteAssignedParam)?.WireValue;
        var page = await ReadCursorPageAsync(
            environment.Central, Path, arguments, Paging, clauses, DevicesJsonContext.Default.CentralListInventoryItem, cancellationToken, new("site-assigned", assigned)).ConfigureAwait(false);
        if (page.Failure is { } failure)
        {
            return failure;
        }

        var devices = page.Items;
        var extra = assigned is null ? Array.Empty<string>() : [$"site assignment {assigned}"];
        var result = CreatePageResult(arguments, page, StatusToken.Device, $"Inventory: {ValueFormat.Integer(devices.Count)} of {ValueFormat.Integer(page.Total)}", extra);
        Summarize(result, devices, page.Total);
        return result.Build();
    }

    private static void Summarize(ToolResultBuilder result, List<InventoryItem> devices, long? total)
    {
        var byModel = new CountTable();
        var byType = new CountTable();
        var byTier = new CountTable();
        var byStatus = new CountTable();
        long licensed = 0, provisioned = 0, unassigned = 0;
        foreach (var device in devices)
        {
            var tier = ResultNotes.FirstOf(device.Tier, device.SubscriptionTier);
            var isLicensed = !string.IsNullOrWhiteSpace(device.SubscriptionKey);
            byModel.Add(device.Model, "Unknown");
            byType.Add(device.DeviceType, "UNKNOWN");
            byTier.Add(tier, "No tier");
            byStatus.Add(device.Status, "Not monitored");
            licensed += isLicensed ? 1 : 0;
            provisioned += string.Equals(device.IsProvisioned?.Trim(), "yes", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
            unassigned += string.IsNullOrWhiteSpace(device.SiteId) ? 1 : 0;
            result.AddItem(result.Shape.NewItem()
                .Set(SerialItem, device.SerialNumber).Set(NameItem, device.DeviceName).Set(TypeItem, device.DeviceType)
                .Set(ModelItem, device.Model).Set(TierItem, tier).Set(LicensedItem, isLicensed)
                .Set(ProvisionedItem, device.IsProvisioned).Set(SiteNameItem, device.SiteName).Set(StatusItem, device.Status));
        }

        long returned = devices.Count;
        result.Facts
            .Set(TotalFact, total).Set(ReturnedFact, returned)
            .Set(UnlicensedFact, returned - licensed).Set(UnassignedFact, unassigned)
            .Set(NotProvisionedFact, returned - provisioned).Set(OfflineFact, byStatus.Get("OFFLINE"))
            .Set(LicensedFact, licensed).Set(ProvisionedFact, provisioned)
            .Set(ByModelFact, byModel.ByCount()).Set(ByTypeFact, byType.ByCount()).Set(ByTierFact, byTier.ByCount());

        result.AddSection("Top models (this page)", ResultNotes.ShareRows(byModel.ByCount().Take(5), returned, _ => StatusToken.Device), cap: 5);
        result.AddSection("By type (this page)", ResultNotes.ShareRows(byType.ByCount(), returned, DeviceTypes.Token));
        result.AddSection("By subscription tier (this page)", ResultNotes.ShareRows(byTier.ByCount(), returned, _ => StatusToken.Device));
        result.AddSection("Provisioning and site assignment (this page)",
        [
            new TextRow(StatusToken.Ok, ResultNotes.CountWithShare("Licensed", licensed, returned)),
            new TextRow(StatusToken.Ok, ResultNotes.CountWithShare("Provisioned", provisioned, returned)),
            new TextRow(StatusToken.Info, ResultNotes.CountWithShare("Not assigned to a site", unassigned, returned)),
        ]);

        if (returned - licensed > 0)
        {
            result.AddFinding(FindingLevel.Warn, "UNLICENSED", $"{ValueFormat.Integer(returned - licensed)} device(s) on this page have no subscription");
        }

        if (returned - provisioned > 0)
        {
            result.AddFinding(FindingLevel.Info, "NOT_PROVISIONED", $"{ValueFormat.Integer(returned - provisioned)} device(s) on this page are not provisioned");
        }
    }
}
