using ArubaNoc.Central.Http;
using ArubaNoc.Tools.Devices;
using ArubaNoc.Tools.Framework;
using ArubaNoc.Tools.Sites.Wire;

namespace ArubaNoc.Tools.Sites;

/// <summary>
/// <c>get_sites_health</c>: one offset page of <c>GET /network-monitoring/v1/sites-health</c> with the
/// site health distribution, device and client health sums, alerts and health reasons of the page.
/// </summary>
internal sealed class GetSitesHealthTool(ToolEnvironment environment) : NocTool(environment.TimeProvider)
{
    public const string ToolName = "get_sites_health";

    internal const string Path = "/network-monitoring/v1/sites-health";

    internal static readonly ToolParameter SiteNameParam = ToolParameters.SiteName();
    internal static readonly ToolParameter FilterParam = ToolParameters.Filter(new FilterSpec("siteId", "siteName"));
    internal static readonly ToolParameter SortParam = ToolParameters.Sort(new SortSpec("siteName", "siteHealth", "deviceHealth", "clientHealth") { UpperCaseDirection = true });
    internal static readonly ToolParameter LimitParam = ToolParameters.Limit(1, 1000, 100);
    internal static readonly ToolParameter OffsetParam = ToolParameters.Offset();

    private static readonly OutputField GoodField = new("good", OutputKind.Integer);
    private static readonly OutputField FairField = new("fair", OutputKind.Integer);
    private static readonly OutputField PoorField = new("poor", OutputKind.Integer);
    private static readonly OutputField UnknownField = new("unknown", OutputKind.Integer);

    internal static readonly OutputField TotalFact = new("total", OutputKind.Integer, "Total sites");
    internal static readonly OutputField ReturnedFact = new("returned", OutputKind.Integer, "Returned");
    internal static readonly OutputField HealthFact = new("health", OutputKind.Object, children: [GoodField, FairField, PoorField, UnknownField]);
    internal static readonly OutputField DevicesFact = new("devices", OutputKind.Integer, "Devices");
    internal static readonly OutputField ClientsFact = new("clients", OutputKind.Integer, "Clients");
    internal static readonly OutputField DeviceHealthFact = new("deviceHealth", OutputKind.Object, children: [GoodField, FairField, PoorField]);
    internal static readonly OutputField PoorDevicesFact = new("poorDevices", OutputKind.Integer, "Poor devices");
    internal static readonly OutputField AlertsFact = new("alerts", OutputKind.Integer, "Alerts");
    internal static readonly OutputField CriticalAlertsFact = new("criticalAlerts", OutputKind.Integer, "Critical alerts");

    private static readonly OutputField SiteIdItem = new("siteId", OutputKind.Text);
    private static readonly OutputField SiteNameItem = new("siteName", OutputKind.Text);
    private static readonly OutputField HealthItem = new("health", OutputKind.Text);
    private static readonly OutputField DevicesItem = new("devices", OutputKind.Integer);
    private static readonly OutputField ClientsItem = new("clients", OutputKind.Integer);
    private static readonly OutputField PoorDevicesItem = new("poorDevices", OutputKind.Integer);
    private static readonly OutputField AlertsItem = new("alerts", OutputKind.Integer);
    private static readonly OutputField CriticalAlertsItem = new("criticalAlerts", OutputKind.Integer);
    private static readonly OutputField CityItem = new("city", OutputKind.Text);
    private static readonly OutputField CountryItem = new("country", OutputKind.Text);

    private static readonly OutputShape Shape = new(
        [TotalFact, ReturnedFact, HealthFact, DevicesFact, ClientsFact, DeviceHealthFact, PoorDevicesFact, AlertsFact, CriticalAlertsFact],
        [SiteIdItem, SiteNameItem, HealthItem, DevicesItem, ClientsItem, PoorDevicesItem, AlertsItem, CriticalAlertsItem, CityItem, CountryItem]);

    public override string Name => ToolName;

    public override string Title => "Sites health";

    public override string Description =>
        "Health overview of all sites: health distribution, device and client health, alerts and the most common health reasons. Offset-paged.";

    public override IReadOnlyList<ToolParameter> Parameters { get; } = [SiteNameParam, FilterParam, SortParam, LimitParam, OffsetParam];

    public override OutputShape Output => Shape;

    protected override async ValueTask<ToolResult> ExecuteAsync(ToolArguments arguments, ToolCallContext context, CancellationToken cancellationToken)
    {
        var clauses = new List<FilterClause>();
        if (arguments.GetString(SiteNameParam) is { } siteName)
        {
            clauses.Add(FilterClause.Eq("siteName", siteName, SiteNameParam.Name));
        }

        if (!TryBuildFilter(arguments, FilterParam, clauses, out var filter, out var rejection))
        {
            return rejection!;
        }

        var offset = arguments.GetInteger(OffsetParam) ?? 0;
        var sort = arguments.GetString(SortParam);
        var request = CentralRequest.Get(Path)
            .WithQuery("limit", arguments.GetInteger(LimitParam))
            .WithQuery("offset", offset)
            .WithQuery("filter", filter)
            .WithQuery("sort", sort);
        var response = await environment.Central.SendAsync(request, SitesJsonContext.Default.SitesHealthPage, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccess)
        {
            return CentralErrors.ToResult(Name, response.Error);
        }

        var sites = response.Value.Items ?? [];
        var result = CreateResult(arguments, StatusToken.Site, $"Sites health: {ValueFormat.Integer(sites.Count)} of {ValueFormat.Integer(response.Value.Total)}")
            .WithScope(new ResultScope { Filter = filter, Sort = sort, AllSitesWhenNoSite = true })
            .WithPage(PageInfo.FromOffset(sites.Count, response.Value.Total, offset));
        result.AddDeprecationNotice(response);
        Summarize(result, sites, response.Value.Total);
        return result.Build();
    }

    private static void Summarize(ToolResultBuilder result, List<SiteHealthItem> sites, long? total)
    {
        var rows = sites.Select(SiteRow.From).ToList();
        var labels = new CountTable();
        var deviceHealth = default(HealthCounts);
        foreach (var row in rows)
        {
            labels.Add(row.Health, HealthCounts.Unknown);
            deviceHealth += row.DeviceHealth;
        }

        var returned = rows.Count;
        var health = OutputValues.For(HealthFact)
            .Set(GoodField, labels.Get("Good")).Set(FairField, labels.Get("Fair"))
            .Set(PoorField, labels.Get("Poor")).Set(UnknownField, labels.Get(HealthCounts.Unknown));
        var devices = rows.Sum(row => row.Devices ?? 0);
        var clients = rows.Sum(row => row.Clients ?? 0);
        var alerts = rows.Sum(row => row.Alerts ?? 0);
        var critical = rows.Sum(row => row.CriticalAlerts);
        var poorDevices = HealthCounts.Whole(deviceHealth.Poor);
        result.Facts
            .Set(TotalFact, total)
            .Set(ReturnedFact, returned)
            .Set(HealthFact, health)
            .Set(DevicesFact, devices)
            .Set(ClientsFact, clients)
            .Set(DeviceHealthFact, OutputValues.For(DeviceHealthFact)
                .Set(GoodField, HealthCounts.Whole(deviceHealth.Good)).Set(FairField, HealthCounts.Whole(deviceHealth.Fair)).Set(PoorField, poorDevices))
            .Set(PoorDevicesFact, poorDevices)
            .Set(AlertsFact, alerts)
            .Set(CriticalAlertsFact, critical);

        foreach (var row in rows)
        {
            result.AddItem(result.Shape.NewItem()
                .Set(SiteIdItem, row.Id).Set(SiteNameItem, row.Name).Set(HealthItem, row.Health)
                .Set(DevicesItem, row.Devices).Set(ClientsItem, row.Clients).Set(PoorDevicesItem, HealthCounts.Whole(row.DeviceHealth.Poor))
                .Set(AlertsItem, row.Alerts).Set(CriticalAlertsItem, row.CriticalAlerts)
                .Set(CityItem, row.City).Set(CountryItem, row.Country));
        }

        AddSections(result, rows, labels, returned, devices, clients, alerts, critical);
        AddFindings(result, rows, labels, critical);
    }

    private static void AddSections(ToolResultBuilder result, List<SiteRow> rows, CountTable labels, long returned, long devices, long clients, long alerts, long critical)
    {
        string[] order = ["Good", "Fair", "Poor", HealthCounts.Unknown];
        var healthRows = order
            .Select(label => new TextRow(LabelToken(label), ResultNotes.CountWithShare(label, labels.Get(label), returned)))
            .ToList();
        result.AddSection("Site health (this page)", healthRows);
        result.AddSection("Totals (this page)",
        [
            new TextRow(StatusToken.Device, $"Devices: {ValueFormat.Integer(devices)}"),
            new TextRow(StatusToken.Client, $"Clients: {ValueFormat.Integer(clients)}"),
            new TextRow(StatusToken.Alert, $"Alerts: {ValueFormat.Integer(alerts)} ({ValueFormat.Integer(critical)} critical)"),
        ]);

        var topAlerts = rows.Where(row => row.Alerts > 0)
            .OrderByDescending(row => row.Alerts).ThenBy(row => row.DisplayName, StringComparer.Ordinal)
            .Take(5)
            .Select((row, index) => new TextRow(null,
                $"{index + 1}. {row.DisplayName} ({row.Id}): {ValueFormat.Integer(row.Alerts)} alerts, {ValueFormat.Integer(row.CriticalAlerts)} critical · devices {ValueFormat.Integer(row.Devices)} · health {row.Health}"))
            .ToList();
        if (topAlerts.Count > 0)
        {
            result.AddSection("Top sites with alerts", topAlerts, cap: 5);
        }

        var poor = rows.Where(row => row.Health == "Poor").ToList();
        if (poor.Count > 0)
        {
            result.AddSection("Poor sites", [.. poor.Select(row => new TextRow(StatusToken.Crit, $"{row.DisplayName} ({row.Id}) · devices {ValueFormat.Integer(row.Devices)} · clients {ValueFormat.Integer(row.Clients)}"))], cap: 10);
        }

        var reasons = new CountTable();
        foreach (var row in rows)
        {
            foreach (var reason in row.ReasonCodes)
            {
                reasons.Add(reason, "n/a");
            }
        }

        var topReasons = reasons.ByCount().Take(5).Select(pair => new TextRow(StatusToken.Health, $"{pair.Key}: {ValueFormat.Integer(pair.Value)} sites")).ToList();
        if (topReasons.Count > 0)
        {
            result.AddSection("Top reasons", topReasons, cap: 5);
        }
    }

    private static void AddFindings(ToolResultBuilder result, List<SiteRow> rows, CountTable labels, long critical)
    {
        var unnamed = rows.Where(row => row.Name is null).Select(row => row.Id ?? ValueFormat.Missing).ToList();
        if (unnamed.Count > 0)
        {
            result.AddFinding(FindingLevel.Info, "SITE_NAME_MISSING", $"{unnamed.Count} site(s) have no name yet (name n/a): {string.Join(", ", unnamed.Take(5))}");
        }

        var poor = labels.Get("Poor");
        if (poor > 0)
        {
            result.AddFinding(FindingLevel.Warn, "SITES_POOR", $"{ValueFormat.Integer(poor)} site(s) on this page have Poor health");
        }

        if (critical > 0)
        {
            result.AddFinding(FindingLevel.Crit, "CRITICAL_ALERTS", $"{ValueFormat.Integer(critical)} critical alert(s) on the sites of this page");
        }
    }

    private static string LabelToken(string label) => label switch
    {
        "Good" => StatusToken.Ok,
        "Fair" => StatusToken.Warn,
        "Poor" => StatusToken.Crit,
        _ => StatusToken.Unknown,
    };

    /// <summary>The values of one sites-health item that the summary uses.</summary>
    private sealed record SiteRow(
        string? Id, string? Name, string Health, long? Devices, long? Clients, HealthCounts DeviceHealth,
        long? Alerts, long CriticalAlerts, string? City, string? Country, IReadOnlyList<string> ReasonCodes)
    {
        /// <summary>Name for text rows; a site created moments ago has none yet.</summary>
        public string DisplayName => Name ?? $"(unnamed {Id ?? ValueFormat.Missing})";

        public static SiteRow From(SiteHealthItem item)
        {
            var critical = item.Alerts?.Groups?
                .Where(group => string.Equals(group.Name, "Critical", StringComparison.OrdinalIgnoreCase))
                .Sum(group => group.Count ?? 0) ?? 0;
            var reasons = (item.Reasons ?? [])
                .Select(reason => reason.Reason)
                .Where(reason => !string.IsNullOrWhiteSpace(reason))
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToList();
            return new SiteRow(
                item.ResolvedId,
                item.ResolvedName,
                HealthCounts.From(item.Health).Label(),
                item.Devices?.Count,
                item.Clients?.Count,
                HealthCounts.From(item.Devices?.Health),
                item.Alerts?.TotalCount,
                critical,
                item.Address?.City,
                item.Address?.Country,
                reasons!);
        }
    }
}
