using ArubaNoc.Central.Http;
using ArubaNoc.Tools.Devices;
using ArubaNoc.Tools.Framework;
using ArubaNoc.Tools.Sites.Wire;

namespace ArubaNoc.Tools.Sites;

/// <summary>
/// <c>get_site_details</c>: health of one site from <c>GET /network-monitoring/v1/site-health/{site-id}</c>
/// (primary), with name, counts and alerts from <c>sites-health</c> filtered to the site (secondary; its
/// failure makes the result partial, not an error).
/// </summary>
internal sealed class GetSiteDetailsTool(ToolEnvironment environment) : NocTool(environment.TimeProvider)
{
    public const string ToolName = "get_site_details";

    internal const string Path = "/network-monitoring/v1/site-health/{site-id}";

    /// <summary>Share of Poor devices above which the site is flagged, in percent.</summary>
    internal const double PoorShareThresholdPct = 20;

    internal static readonly ToolParameter SiteIdParam = ToolParameters.SiteId().AsRequired();

    private static readonly OutputField GoodField = new("good", OutputKind.Integer);
    private static readonly OutputField FairField = new("fair", OutputKind.Integer);
    private static readonly OutputField PoorField = new("poor", OutputKind.Integer);

    internal static readonly OutputField SiteIdFact = new("siteId", OutputKind.Text);
    internal static readonly OutputField SiteNameFact = new("siteName", OutputKind.Text);
    internal static readonly OutputField HealthFact = new("health", OutputKind.Text, "Health");
    internal static readonly OutputField HealthGroupsFact = new("healthGroups", OutputKind.Object, children: [GoodField, FairField, PoorField]);
    internal static readonly OutputField DevicesFact = new("devices", OutputKind.Integer, "Devices");
    internal static readonly OutputField ClientsFact = new("clients", OutputKind.Integer, "Clients");
    internal static readonly OutputField DeviceHealthFact = new("deviceHealth", OutputKind.Object, children: [GoodField, FairField, PoorField]);
    internal static readonly OutputField PoorDevicesFact = new("poorDevices", OutputKind.Integer, "Poor devices");
    internal static readonly OutputField PoorShareFact = new("poorDevicePct", OutputKind.Percent);
    internal static readonly OutputField AlertsFact = new("alerts", OutputKind.Integer, "Alerts");
    internal static readonly OutputField CriticalFact = new("criticalAlerts", OutputKind.Integer, "Critical alerts");

    private static readonly OutputField KindItem = new("kind", OutputKind.Text);
    private static readonly OutputField NameItem = new("name", OutputKind.Text);

    private static readonly OutputShape Shape = new(
        [SiteIdFact, SiteNameFact, HealthFact, HealthGroupsFact, DevicesFact, ClientsFact, DeviceHealthFact, PoorDevicesFact, PoorShareFact, AlertsFact, CriticalFact],
        [KindItem, NameItem, GoodField, FairField, PoorField]);

    public override string Name => ToolName;

    public override string Title => "Site details";

    public override string Description =>
        "Health of one site: device and client health by type, compute health, health reasons, device and client counts and alerts.";

    public override IReadOnlyList<ToolParameter> Parameters { get; } = [SiteIdParam];

    public override OutputShape Output => Shape;

    protected override async ValueTask<ToolResult> ExecuteAsync(ToolArguments arguments, ToolCallContext context, CancellationToken cancellationToken)
    {
        var siteId = arguments.GetRequiredString(SiteIdParam);
        var detail = await environment.Central.SendAsync(
            CentralRequest.Get(Path).WithPath("site-id", siteId), SitesJsonContext.Default.SiteHealthDetail, cancellationToken).ConfigureAwait(false);
        if (!detail.IsSuccess)
        {
            return CentralErrors.ToResult(Name, detail.Error, notFound: ("Site", siteId));
        }

        var listing = await environment.Central.SendAsync(
            CentralRequest.Get(GetSitesHealthTool.Path).WithQuery("filter", FilterClause.Eq("siteId", siteId, SiteIdParam.Name).ToString()).WithQuery("limit", 1),
            SitesJsonContext.Default.SitesHealthPage,
            cancellationToken).ConfigureAwait(false);
        var site = listing.IsSuccess ? listing.Value.Items?.FirstOrDefault() : null;
        var siteName = site?.ResolvedName;
        var result = CreateResult(arguments, StatusToken.Site, $"Site {siteName ?? ValueFormat.Missing} ({siteId})")
            .WithScope(new ResultScope { SiteId = siteId, SiteName = siteName });
        result.AddDeprecationNotice(detail);
        if (!listing.IsSuccess)
        {
            var error = listing.Error;
            result.AddSubError("Site listing", new SubError(GetSitesHealthTool.Path, error.HttpStatus, error.ErrorCode, error.Message, error.DebugId));
        }
        else if (site is null)
        {
            result.AddFinding(FindingLevel.Info, "SITE_NOT_IN_LIST", $"site {siteId} is not in sites-health yet, so its name, counts and alerts are n/a");
        }

        Summarize(result, siteId, detail.Value, site);
        return result.Build();
    }

    private static void Summarize(ToolResultBuilder result, string siteId, SiteHealthDetail detail, SiteHealthItem? site)
    {
        var siteHealth = HealthCounts.From(detail.Health);
        var devices = AddGroups(result, "device", "Device health by type", detail.DeviceTypes, GetTenantDeviceHealthTool.TypeToken);
        AddGroups(result, "client", "Client health by type", detail.ClientTypes,
            name => name.Contains("wire", StringComparison.OrdinalIgnoreCase) && !name.Contains("wireless", StringComparison.OrdinalIgnoreCase) ? StatusToken.Wired : StatusToken.Wireless);
        if (detail.Compute is { Count: > 0 })
        {
            AddGroups(result, "compute", "Compute", detail.Compute, _ => StatusToken.Device);
        }

        var poorDevices = HealthCounts.Whole(devices.Poor);
        var poorShare = devices.Sum > 0 ? devices.Poor * 100 / devices.Sum : (double?)null;
        var critical = site?.Alerts?.Groups?.Where(group => string.Equals(group.Name, "Critical", StringComparison.OrdinalIgnoreCase)).Sum(group => group.Count ?? 0);
        result.Facts
            .Set(SiteIdFact, siteId).Set(SiteNameFact, site?.ResolvedName).Set(HealthFact, siteHealth.Label())
            .Set(HealthGroupsFact, Groups(HealthGroupsFact, siteHealth))
            .Set(DevicesFact, site?.Devices?.Count).Set(ClientsFact, site?.Clients?.Count)
            .Set(DeviceHealthFact, Groups(DeviceHealthFact, devices)).Set(PoorDevicesFact, poorDevices).Set(PoorShareFact, poorShare)
            .Set(AlertsFact, site?.Alerts?.TotalCount).Set(CriticalFact, critical);

        if (site?.Alerts?.Groups is { Count: > 0 } alertGroups)
        {
            result.AddSection("Alerts", [.. alertGroups.Select(group => new TextRow(StatusToken.Alert, $"{ValueFormat.Text(group.Name)}: {ValueFormat.Integer(group.Count)}"))]);
        }

        var reasons = (detail.Reasons ?? []).Where(reason => reason.Reason is not null).ToList();
        if (reasons.Count > 0)
        {
            result.AddSection("Reasons", [.. reasons.Select(reason => new TextRow(StatusToken.Health, $"{reason.Reason} ({ValueFormat.Text(reason.Health)}): {ValueFormat.Integer(reason.Data?.Count)}"))]);
        }

        if (poorDevices > 0)
        {
            result.AddFinding(FindingLevel.Warn, "POOR_DEVICES", $"{ValueFormat.Integer(poorDevices)} device(s) have Poor health");
        }

        if (poorShare > PoorShareThresholdPct)
        {
            result.AddFinding(FindingLevel.Warn, "POOR_DEVICE_SHARE", $"{ValueFormat.Percent(poorShare)} of the site's devices have Poor health (above {PoorShareThresholdPct} %)");
        }

        if (critical > 0)
        {
            result.AddFinding(FindingLevel.Crit, "CRITICAL_ALERTS", $"{ValueFormat.Integer(critical)} critical alert(s) at this site");
        }

        foreach (var reason in reasons.Take(5))
        {
            result.AddFinding(FindingLevel.Info, "HEALTH_REASON", $"{reason.Reason} lowers {ValueFormat.Text(reason.Health)} health of {ValueFormat.Integer(reason.Data?.Count)} item(s)");
        }
    }

    private static HealthCounts AddGroups(ToolResultBuilder result, string kind, string title, List<NamedHealth>? blocks, Func<string, string> token)
    {
        var sum = default(HealthCounts);
        var rows = new List<TextRow>();
        foreach (var block in blocks ?? [])
        {
            var counts = HealthCounts.From(block.Health);
            sum += counts;
            var name = block.Name ?? ValueFormat.Missing;
            rows.Add(new TextRow(token(name),
                $"{name}: good {ValueFormat.Integer(HealthCounts.Whole(counts.Good))} · fair {ValueFormat.Integer(HealthCounts.Whole(counts.Fair))} · poor {ValueFormat.Integer(HealthCounts.Whole(counts.Poor))}"));
            result.AddItem(result.Shape.NewItem()
                .Set(KindItem, kind).Set(NameItem, block.Name).Set(GoodField, HealthCounts.Whole(counts.Good))
                .Set(FairField, HealthCounts.Whole(counts.Fair)).Set(PoorField, HealthCounts.Whole(counts.Poor)));
        }

        if (rows.Count > 0)
        {
            result.AddSection(title, rows);
        }

        return sum;
    }

    private static OutputValues Groups(OutputField field, HealthCounts counts) => OutputValues.For(field)
        .Set(GoodField, HealthCounts.Whole(counts.Good)).Set(FairField, HealthCounts.Whole(counts.Fair)).Set(PoorField, HealthCounts.Whole(counts.Poor));
}
