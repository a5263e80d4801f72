using ArubaNoc.Tools.Devices;
using ArubaNoc.Tools.Firmware.Wire;
using ArubaNoc.Tools.Framework;

namespace ArubaNoc.Tools.Firmware;

/// <summary>
/// <c>get_firmware_details</c>: one cursor page of <c>GET /network-services/v1/firmware-details</c> with
/// upgrade state, classification and versions in use on the page. <c>search</c> is applied here to the
/// page's items because v1 has no such parameter.
/// </summary>
internal sealed partial class GetFirmwareDetailsTool(ToolEnvironment environment) : NocTool(environment.TimeProvider)
{
    public const string ToolName = "get_firmware_details";

    internal const string Path = "/network-services/v1/firmware-details";

    internal static readonly ToolParameter SiteIdParam = ToolParameters.SiteId();
    internal static readonly ToolParameter DeviceTypeParam = DeviceTypes.Parameter();
    internal static readonly ToolParameter FilterParam = ToolParameters.Filter(new FilterSpec(
        "siteId", "siteName", "serialNumber", "deviceName", "deviceType", "upgradeStatus", "firmwareClassification", "firmwareVersion"));
    internal static readonly ToolParameter SortParam = ToolParameters.Sort(new SortSpec(
        "siteId", "serialNumber", "deviceName", "deviceType", "upgradeStatus", "firmwareClassification", "firmwareVersion"));
    internal static readonly ToolParameter SearchParam = ToolParameters.Text(
        "search", "Case-insensitive substring matched by this server against device name, serial number and firmware version of the returned page.");
    internal static readonly ToolParameter LimitParam = ToolParameters.Limit(1, 1000, 100);
    internal static readonly ToolParameter NextParam = ToolParameters.Cursor();
    private static readonly CursorListParameters Paging = new(SiteIdParam, FilterParam, SortParam, LimitParam, NextParam);

    public override string Name => ToolName;

    public override string Title => "Firmware details";

    public override string Description =>
        "Firmware compliance: which devices run which version, which need an upgrade (required, available or behind the recommended version), by classification and device type.";

    public override IReadOnlyList<ToolParameter> Parameters { get; } = [SiteIdParam, DeviceTypeParam, FilterParam, SortParam, SearchParam, LimitParam, NextParam];

    public override OutputShape Output => Shape;

    protected override async ValueTask<ToolResult> ExecuteAsync(ToolArguments arguments, ToolCallContext context, CancellationToken cancellationToken)
    {
        var clauses = new List<FilterClause>();
        if (arguments.GetOption(DeviceTypeParam) is { } type)
        {
            clauses.Add(FilterClause.Eq("deviceType", type.WireValue, DeviceTypeParam.Name));
        }

        var page = await ReadCursorPageAsync(environment.Central, Path, arguments, Paging, clauses, FirmwareJsonContext.Default.CentralListFirmwareItem, cancellationToken).ConfigureAwait(false);
        if (page.Failure is { } failure)
        {
            return failure;
        }

        // Paging follows Central's page; the local search only narrows what this result reports.
        var search = arguments.GetString(SearchParam);
        var devices = search is null ? page.Items : [.. page.Items.Where(item => Matches(item, search))];
        var extra = search is null ? Array.Empty<string>() : [$"search '{search}' on this page ({devices.Count} of {page.Items.Count} match)"];
        var result = CreatePageResult(arguments, page, StatusToken.Firmware, $"Firmware: {ValueFormat.Integer(devices.Count)} of {ValueFormat.Integer(page.Total)}", extra);
        Summarize(result, devices, page.Total);
        return result.Build();
    }

    private static bool Matches(FirmwareItem item, string search) =>
        (item.DeviceName?.Contains(search, StringComparison.OrdinalIgnoreCase) ?? false) ||
        (item.SerialNumber?.Contains(search, StringComparison.OrdinalIgnoreCase) ?? false) ||
        (item.ResolvedVersion?.Contains(search, StringComparison.OrdinalIgnoreCase) ?? false);

    /// <summary>Maps Central's free-text <c>upgradeStatus</c> to a bucket, ignoring case.</summary>
    internal static UpgradeBucket BucketOf(string? upgradeStatus)
    {
        var status = upgradeStatus?.Trim() ?? string.Empty;
        if (status.Equals("up to date", StringComparison.OrdinalIgnoreCase))
        {
            return UpgradeBucket.UpToDate;
        }

        if (status.Contains("required", StringComparison.OrdinalIgnoreCase))
        {
            return UpgradeBucket.Required;
        }

        return status.Contains("available", StringComparison.OrdinalIgnoreCase) ? UpgradeBucket.Available : UpgradeBucket.Other;
    }

    /// <summary>Whether a recommended version is known and differs from the running version.</summary>
    internal static bool IsBehind(FirmwareItem item) =>
        !string.IsNullOrWhiteSpace(item.RecommendedVersion) &&
        !string.Equals(item.RecommendedVersion, item.ResolvedVersion, StringComparison.OrdinalIgnoreCase);
}
