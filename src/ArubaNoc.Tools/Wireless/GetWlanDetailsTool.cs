using ArubaNoc.Central.Http;
using ArubaNoc.Tools.Devices;
using ArubaNoc.Tools.Framework;
using ArubaNoc.Tools.Wireless.Wire;

namespace ArubaNoc.Tools.Wireless;

/// <summary>
/// <c>get_wlan_details</c>: <c>GET /network-monitoring/v1/wlans/{wlan-name}</c>, the configuration and
/// client count of one WLAN with security advice. The name is percent-encoded as one path segment.
/// </summary>
internal sealed class GetWlanDetailsTool(ToolEnvironment environment) : NocTool(environment.TimeProvider)
{
    public const string ToolName = "get_wlan_details";

    internal const string Path = "/network-monitoring/v1/wlans/{wlan-name}";

    internal static readonly ToolParameter WlanParam = ToolParameters.WlanName(pathSegment: true).AsRequired();
    internal static readonly ToolParameter SiteIdParam = ToolParameters.SiteId(maxLength: 16);
    internal static readonly ToolParameter SerialParam = ToolParameters.Serial("serial_number", "Serial number of an access point that broadcasts the WLAN.").WithAlias("serial");

    internal static readonly OutputField NameFact = new("wlanName", OutputKind.Text);
    internal static readonly OutputField StatusFact = new("status", OutputKind.Text, "Status");
    internal static readonly OutputField LevelFact = new("securityLevel", OutputKind.Text, "Security level");
    internal static readonly OutputField SecurityFact = new("security", OutputKind.Text, "Security");
    internal static readonly OutputField VlanFact = new("vlan", OutputKind.Text, "VLAN");
    internal static readonly OutputField BandFact = new("band", OutputKind.Text, "Band");
    internal static readonly OutputField ClientsFact = new("clients", OutputKind.Integer, "Clients");

    private static readonly OutputShape Shape = new([NameFact, StatusFact, LevelFact, SecurityFact, VlanFact, BandFact, ClientsFact], []);

    public override string Name => ToolName;

    public override string Title => "WLAN details";

    public override string Description =>
        "Configuration and connected-client count of one WLAN (status, security level, security, VLAN, band), with security advice.";

    public override IReadOnlyList<ToolParameter> Parameters { get; } = [WlanParam, SiteIdParam, SerialParam];

    public override OutputShape Output => Shape;

    protected override async ValueTask<ToolResult> ExecuteAsync(ToolArguments arguments, ToolCallContext context, CancellationToken cancellationToken)
    {
        var name = arguments.GetRequiredString(WlanParam);
        var siteId = arguments.GetString(SiteIdParam);
        var serial = arguments.GetString(SerialParam);
        var request = CentralRequest.Get(Path)
            .WithPath("wlan-name", name)
            .WithQuery("site-id", siteId)
            .WithQuery("serial-number", serial);
        var response = await environment.Central.SendAsync(request, WirelessJsonContext.Default.WlanItem, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccess)
        {
            return CentralErrors.ToResult(Name, response.Error, notFound: ("WLAN", name));
        }

        var wlan = WlanView.From(response.Value);
        var result = CreateResult(arguments, StatusToken.Wireless, $"WLAN {wlan.Name ?? name}")
            .WithScope(new ResultScope { SiteId = siteId, SerialNumber = serial });
        result.AddDeprecationNotice(response);
        result.Facts
            .Set(NameFact, wlan.Name ?? name).Set(StatusFact, wlan.Status).Set(LevelFact, wlan.SecurityLevel)
            .Set(SecurityFact, wlan.Security).Set(VlanFact, wlan.Vlan).Set(BandFact, wlan.Band).Set(ClientsFact, wlan.Clients);
        var token = wlan.StatusToken;
        result.AddSection("WLAN", [new TextRow(token, $"{wlan.Name ?? name} · {ValueFormat.Text(wlan.Status)} · {ValueFormat.Integer(wlan.Clients)} clients")]);
        AddFindings(result, wlan);
        return result.Build();
    }

    private static void AddFindings(ToolResultBuilder result, WlanView wlan)
    {
        if (wlan.IsDisabled)
        {
            result.AddFinding(FindingLevel.Info, "WLAN_DISABLED", "the WLAN is disabled and broadcasts no SSID");
        }

        if (wlan.IsOpen && wlan.IsEnabled)
        {
            result.AddFinding(FindingLevel.Warn, "OPEN_WLAN", "the WLAN is enabled without encryption; use WPA3, WPA2 or Enhanced Open");
        }

        var personal = string.Equals(wlan.SecurityLevel, "Personal", StringComparison.OrdinalIgnoreCase);
        if (personal && (wlan.Security?.Contains("WPA2", StringComparison.OrdinalIgnoreCase) ?? false))
        {
            result.AddFinding(FindingLevel.Info, "CONSIDER_WPA3", "WPA2 Personal is in use; consider WPA3 Personal (SAE) or a WPA2/WPA3 transition mode");
        }

        if (wlan.Bands() is ["2.4 GHz"])
        {
            result.AddFinding(FindingLevel.Info, "SINGLE_BAND", "the WLAN is offered on 2.4 GHz only");
        }

        if (wlan.IsCaptivePortal)
        {
            result.AddFinding(FindingLevel.Info, "CAPTIVE_PORTAL", "the WLAN uses a captive portal");
        }
    }
}
