using System.Globalization;
using ArubaNoc.Central.Http;
using ArubaNoc.Tools.Devices;
using ArubaNoc.Tools.Framework;
using ArubaNoc.Tools.Sites.Wire;

namespace ArubaNoc.Tools.Sites;

/// <summary>
/// <c>get_tenant_device_health</c>: <c>GET /network-monitoring/v1/tenant-device-health</c> (device counts per
/// health group and type), plus two <c>devices?limit=1</c> calls whose totals give availability. Health groups
/// and availability are reported separately and never mixed.
/// </summary>
internal sealed class GetTenantDeviceHealthTool(ToolEnvironment environment) : NocTool(environment.TimeProvider)
{
    public const string ToolName = "get_tenant_device_health";

    internal const string Path = "/network-monitoring/v1/tenant-device-health";

    internal static readonly ToolParameter AvailabilityParam =
        ToolParameters.Boolean("include_availability", "Also count all and offline devices to compute availability (default true).").WithDefault(true);

    private static readonly OutputField GoodField = new("good", OutputKind.Integer);
    private static readonly OutputField FairField = new("fair", OutputKind.Integer);
    private static readonly OutputField PoorField = new("poor", OutputKind.Integer);

    internal static readonly OutputField DevicesFact = new("devices", OutputKind.Integer, "Devices");
    internal static readonly OutputField OnlineFact = new("online", OutputKind.Integer);
    internal static readonly OutputField OfflineFact = new("offline", OutputKind.Integer, "Offline");
    internal static readonly OutputField AvailabilityFact = new("availabilityPct", OutputKind.Availability, "Availability");
    internal static readonly OutputField SlaFact = new("sla", OutputKind.Text);
    internal static readonly OutputField PoorFact = new("poor", OutputKind.Integer, "Poor");
    internal static readonly OutputField FairFact = new("fair", OutputKind.Integer, "Fair");
    internal static readonly OutputField GoodFact = new("good", OutputKind.Integer, "Good");
    internal static readonly OutputField HealthFact = new("health", OutputKind.Object, children: [GoodField, FairField, PoorField]);
    internal static readonly OutputField ByTypeFact = new("byType", OutputKind.Map, children: [GoodField, FairField, PoorField]);

    private static readonly OutputShape Shape = new(
        [DevicesFact, OnlineFact, OfflineFact, AvailabilityFact, SlaFact, PoorFact, FairFact, GoodFact, HealthFact, ByTypeFact], []);

    public override string Name => ToolName;

    public override string Title => "Tenant device health";

    public override string Description =>
        "Organisation-wide device health by type (good, fair, poor device counts) and device availability against a 99 % / 95 % target.";

    public override IReadOnlyList<ToolParameter> Parameters { get; } = [AvailabilityParam];

    public override OutputShape Output => Shape;

    protected override async ValueTask<ToolResult> ExecuteAsync(ToolArguments arguments, ToolCallContext context, CancellationToken cancellationToken)
    {
        var response = await environment.Central.SendAsync(CentralRequest.Get(Path), SitesJsonContext.Default.TenantDeviceHealth, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccess)
        {
            return CentralErrors.ToResult(Name, response.Error);
        }

        // NOTE: the v1alpha1 fields overallHealth, healthScore, devices{} and healthDistribution are not read as fallbacks.
        var result = CreateResult(arguments, StatusToken.Network, "Tenant device health");
        result.AddDeprecationNotice(response);
        var overall = AddHealth(result, response.Value.DeviceTypes ?? []);
        if (arguments.GetBoolean(AvailabilityParam) != false)
        {
            await AddAvailabilityAsync(result, cancellationToken).ConfigureAwait(false);
        }

        if (overall.Poor > 0)
        {
            result.AddFinding(FindingLevel.Warn, "POOR_DEVICES", $"{ValueFormat.Integer(HealthCounts.Whole(overall.Poor))} device(s) have Poor health");
        }

        return result.Build();
    }

    private static HealthCounts AddHealth(ToolResultBuilder result, List<NamedHealth> types)
    {
        var overall = default(HealthCounts);
        var rows = new List<TextRow>();
        var byType = new List<KeyValuePair<string, OutputValues>>();
        foreach (var type in types)
        {
            var counts = HealthCounts.From(type.Health);
            overall += counts;
            var name = type.Name ?? ValueFormat.Missing;
            rows.Add(new TextRow(TypeToken(name), $"{name}: good {Whole(counts.Good)} · fair {Whole(counts.Fair)} · poor {Whole(counts.Poor)}"));
            byType.Add(new(name, OutputValues.For(ByTypeFact)
                .Set(GoodField, HealthCounts.Whole(counts.Good)).Set(FairField, HealthCounts.Whole(counts.Fair)).Set(PoorField, HealthCounts.Whole(counts.Poor))));
        }

        result.Facts
            .Set(PoorFact, HealthCounts.Whole(overall.Poor)).Set(FairFact, HealthCounts.Whole(overall.Fair)).Set(GoodFact, HealthCounts.Whole(overall.Good))
            .Set(HealthFact, OutputValues.For(HealthFact)
                .Set(GoodField, HealthCounts.Whole(overall.Good)).Set(FairField, HealthCounts.Whole(overall.Fair)).Set(PoorField, HealthCounts.Whole(overall.Poor)))
            .Set(ByTypeFact, byType);
        result.AddSection("By type", rows);
        return overall;
    }

    private async Task AddAvailabilityAsync(ToolResultBuilder result, CancellationToken cancellationToken)
    {
        const string devicesPath = "/network-monitoring/v1/devices";
        var all = await environment.Central.SendAsync(
            CentralRequest.Get(devicesPath).WithQuery("limit", 1), SitesJsonContext.Default.CentralListDeviceItem, cancellationToken).ConfigureAwait(false);
        var offline = await environment.Central.SendAsync(
            CentralRequest.Get(devicesPath).WithQuery("limit", 1).WithQuery("filter", "status eq 'OFFLINE'"), SitesJsonContext.Default.CentralListDeviceItem, cancellationToken).ConfigureAwait(false);
        foreach (var failed in new[] { all.Error, offline.Error }.OfType<CentralError>())
        {
            result.AddSubError("Availability", new SubError(devicesPath, failed.HttpStatus, failed.ErrorCode, failed.Message, failed.DebugId));
        }

        if (!all.IsSuccess || !offline.IsSuccess || all.Value.Total is not { } total || offline.Value.Total is not { } down)
        {
            return;
        }

        double? availability = total > 0 ? Math.Round((total - down) * 100.0 / total, 2) : null;
        var (token, sla) = availability switch
        {
            >= 99 => (StatusToken.Ok, "Excellent"),
            >= 95 => (StatusToken.Ok, "Meeting target"),
            { } => (StatusToken.Warn, "Below target"),
            null => (StatusToken.Unknown, ValueFormat.Missing),
        };
        result.Facts.Set(DevicesFact, total).Set(OnlineFact, total - down).Set(OfflineFact, down).Set(AvailabilityFact, availability).Set(SlaFact, availability is null ? null : sla);
        result.AddSection("Availability",
        [
            new TextRow(StatusToken.Stats, $"{ValueFormat.Integer(total - down)} of {ValueFormat.Integer(total)} devices online: {ValueFormat.Availability(availability)}"),
            new TextRow(token, $"SLA: {sla}"),
        ]);
        if (total > 0 && down * 20 > total)
        {
            result.AddFinding(FindingLevel.Warn, "OFFLINE_SHARE", $"{ValueFormat.Integer(down)} of {ValueFormat.Integer(total)} devices are offline (more than 5 %)");
        }

        if (availability < 95)
        {
            result.AddFinding(FindingLevel.Warn, "SLA_BELOW_TARGET", $"availability {ValueFormat.Availability(availability)} is below the 95 % target");
        }
    }

    private static string Whole(double value) => HealthCounts.Whole(value).ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>Returns the row token of a device type name such as "Access Points".</summary>
    internal static string TypeToken(string name) => name.ToUpperInvariant() switch
    {
        var n when n.Contains("ACCESS", StringComparison.Ordinal) || n.StartsWith("AP", StringComparison.Ordinal) => StatusToken.AccessPoint,
        var n when n.Contains("SWITCH", StringComparison.Ordinal) => StatusToken.Switch,
        var n when n.Contains("GATEWAY", StringComparison.Ordinal) => StatusToken.Gateway,
        _ => StatusToken.Device,
    };
}
