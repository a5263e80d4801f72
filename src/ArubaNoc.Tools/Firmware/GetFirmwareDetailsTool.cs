using ArubaNoc.Central.Http;
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

    public override string Name => ToolName;

    public override string Title => "Firmware details";

    public override string Description =>
        "Firmware compliance: which devices run which version, which need an upgrade (required, available or behind the recommended version), by classification and device type.";

    public override IReadOnlyList<ToolParameter> Parameters { get; } = [SiteIdParam, DeviceTypeParam, FilterParam, SortParam, SearchParam, LimitParam, NextParam];

    public override OutputShape Output => Shape;

    protected override async ValueTask<ToolResult> ExecuteAsync(ToolArguments arguments, ToolCallContext context, CancellationToken cancellationToken)
    {
        var siteId = arguments.GetString(SiteIdParam);
        var clauses = new List<FilterClause>();
        if (siteId is not null)
        {
            clauses.Add(FilterClause.Eq("siteId", siteId, SiteIdParam.Name));
        }

        if (arguments.GetOption(DeviceTypeParam) is { } type)
        {
            clauses.Add(FilterClause.Eq("deviceType", type.WireValue, DeviceTypeParam.Name));
        }

        if (!TryBuildFilter(arguments, FilterParam, clauses, out var filter, out var rejection))
        {
            return rejection!;
        }

        var sort = arguments.GetString(SortParam);
        var cursor = arguments.GetString(NextParam);
        var request = CentralRequest.Get(Path)
            .WithQuery("filter", filter)
            .WithQuery("sort", sort)
            .WithQuery("limit", arguments.GetInteger(LimitParam))
            .WithQuery("next", cursor);
        var response = await environment.Central.SendAsync(request, FirmwareJsonContext.Default.CentralListFirmwareItem, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccess)
        {
            return CentralErrors.ToResult(Name, response.Error, suggestSiteId: siteId is null);
        }

        // Paging follows Central's page; the local search only narrows what this result reports.
        var page = response.Value.Items ?? [];
        var search = arguments.GetString(SearchParam);
        var devices = search is null ? page : [.. page.Where(item => Matches(item, search))];
        var total = response.Value.Total;
        var extra = search is null ? Array.Empty<string>() : [$"search '{search}' on this page ({devices.Count} of {page.Count} match)"];
        var result = CreateResult(arguments, StatusToken.Firmware, $"Firmware: {ValueFormat.Integer(devices.Count)} of {ValueFormat.Integer(total)}")
            .WithScope(new ResultScope { SiteId = siteId, Filter = filter, Sort = sort, AllSitesWhenNoSite = true, Extra = extra })
            .WithPage(PageInfo.FromCursor(page.Count, total, response.Value.Next, cursor));
        ResultNotes.AddDeprecation(result, response);
        Summarize(result, devices, total);
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
