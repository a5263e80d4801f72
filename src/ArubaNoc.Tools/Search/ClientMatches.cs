using ArubaNoc.Tools.Framework;
using ArubaNoc.Tools.Search.Wire;

namespace ArubaNoc.Tools.Search;

/// <summary>Facts, detail block, rows and findings of <c>find_client</c>.</summary>
internal static class ClientMatches
{
    public static readonly OutputField FoundFact = new("found", OutputKind.Boolean, "Found");
    public static readonly OutputField MatchesFact = new("matches", OutputKind.Integer, "Matches");
    public static readonly OutputField ScannedFact = new("scanned", OutputKind.Integer, "Clients read");
    public static readonly OutputField TotalFact = new("totalInScope", OutputKind.Integer, "Clients in scope");
    public static readonly OutputField CompleteFact = new("scanComplete", OutputKind.Boolean, "Search complete");

    public static readonly OutputField MacItem = new("macAddress", OutputKind.Text);
    public static readonly OutputField NameItem = new("clientName", OutputKind.Text);
    public static readonly OutputField StatusItem = new("status", OutputKind.Text);
    public static readonly OutputField TypeItem = new("clientConnectionType", OutputKind.Text);
    public static readonly OutputField Ipv4Item = new("ipv4", OutputKind.Text);
    public static readonly OutputField DeviceSerialItem = new("connectedDeviceSerial", OutputKind.Text);
    public static readonly OutputField ConnectedToItem = new("connectedTo", OutputKind.Text);
    public static readonly OutputField WlanItem = new("wlanName", OutputKind.Text);
    public static readonly OutputField VlanItem = new("vlanId", OutputKind.Text);
    public static readonly OutputField SnrItem = new("snr", OutputKind.Integer);
    public static readonly OutputField SiteNameItem = new("siteName", OutputKind.Text);
    public static readonly OutputField LastSeenItem = new("lastSeenAt", OutputKind.Time);
    public static readonly OutputField HostNameItem = new("hostName", OutputKind.Text);
    public static readonly OutputField UserNameItem = new("userName", OutputKind.Text);
    public static readonly OutputField DeviceTypeItem = new("connectedDeviceType", OutputKind.Text);
    public static readonly OutputField PortItem = new("port", OutputKind.Text);
    public static readonly OutputField BandItem = new("wirelessBand", OutputKind.Text);
    public static readonly OutputField ChannelItem = new("wirelessChannel", OutputKind.Text);
    public static readonly OutputField AuthItem = new("authenticationType", OutputKind.Text);
    public static readonly OutputField ConnectedAtItem = new("connectedAt", OutputKind.Time);

    public static readonly OutputShape Shape = new(
        [FoundFact, MatchesFact, ScannedFact, TotalFact, CompleteFact],
        [
            MacItem, NameItem, StatusItem, TypeItem, Ipv4Item, DeviceSerialItem, ConnectedToItem, WlanItem, VlanItem, SnrItem, SiteNameItem,
            LastSeenItem, HostNameItem, UserNameItem, DeviceTypeItem, PortItem, BandItem, ChannelItem, AuthItem, ConnectedAtItem,
        ]);

    public static void Describe(ToolResultBuilder result, List<FoundClient> matches, int scanned, long? totalInScope, bool scanComplete)
    {
        result.Facts
            .Set(FoundFact, matches.Count > 0)
            .Set(MatchesFact, matches.Count)
            .Set(ScannedFact, scanned)
            .Set(TotalFact, totalInScope)
            .Set(CompleteFact, scanComplete);
        if (!scanComplete)
        {
            result.AddFinding(FindingLevel.Info, "SCAN_INCOMPLETE", $"read {ValueFormat.Integer(scanned)} of {ValueFormat.Integer(totalInScope)} clients in scope; raise max_scan or narrow the site to search further");
        }

        foreach (var client in matches)
        {
            result.AddItem(result.Shape.NewItem()
                .Set(MacItem, client.MacValue).Set(NameItem, client.NameValue).Set(StatusItem, client.Status).Set(TypeItem, client.ConnectionType)
                .Set(Ipv4Item, client.Ipv4).Set(DeviceSerialItem, client.ConnectedDeviceSerial).Set(ConnectedToItem, client.ConnectedTo)
                .Set(WlanItem, client.Wlan).Set(VlanItem, client.VlanId).Set(SnrItem, client.Snr).Set(SiteNameItem, client.SiteName)
                .Set(LastSeenItem, client.LastSeenAt).Set(HostNameItem, client.HostName).Set(UserNameItem, client.UserName)
                .Set(DeviceTypeItem, client.ConnectedDeviceType).Set(PortItem, client.Port).Set(BandItem, client.WirelessBand)
                .Set(ChannelItem, client.WirelessChannel).Set(AuthItem, client.AuthenticationType).Set(ConnectedAtItem, client.Connected));
        }

        if (matches.Count == 1)
        {
            result.AddSection("Client", Detail(matches[0]));
        }
        else if (matches.Count > 1)
        {
            var rows = matches.Select(client => new TextRow(
                StatusRowToken(client.Status),
                $"{ValueFormat.Text(client.NameValue)} · {ValueFormat.Text(client.MacValue)} · {ValueFormat.Text(client.Ipv4)} · {ValueFormat.Text(client.ConnectionType)} · {ValueFormat.Text(client.ConnectedTo)} · {ValueFormat.Text(client.Wlan)}")).ToList();
            result.AddSection("Clients", rows);
        }
    }

    private static List<TextRow> Detail(FoundClient client)
    {
        var wireless = string.Equals(client.ConnectionType, "Wireless", StringComparison.OrdinalIgnoreCase);
        var contextType = wireless ? "WIRELESS_CLIENT" : "WIRED_CLIENT";
        return
        [
            new(StatusRowToken(client.Status), $"{ValueFormat.Text(client.NameValue)} ({ValueFormat.Text(client.MacValue)}) · {ValueFormat.Text(client.Status)}"),
            new(null, $"IPv4 {ValueFormat.Text(client.Ipv4)} · IPv6 {ValueFormat.Text(client.Ipv6)} · {ValueFormat.Text(client.ConnectionType)}"),
            new(null, $"connected to {ValueFormat.Text(client.ConnectedTo)} ({ValueFormat.Text(client.ConnectedDeviceType)} {ValueFormat.Text(client.ConnectedDeviceSerial)}) · port {ValueFormat.Text(client.Port)}"),
            new(null, $"WLAN {ValueFormat.Text(client.Wlan)} · VLAN {ValueFormat.Text(client.VlanId)} · role {ValueFormat.Text(client.Role)}"),
            new(null, $"band {ValueFormat.Text(client.WirelessBand)} · channel {ValueFormat.Text(client.WirelessChannel)} · SNR {ValueFormat.Integer(client.Snr)} dB ({Signal(client.Snr, wireless)})"),
            new(null, $"authentication {ValueFormat.Text(client.AuthenticationType)} · key management {ValueFormat.Text(client.KeyManagement)} · security {ValueFormat.Text(client.WirelessSecurity)} · {ValueFormat.Text(client.PhyType)}"),
            new(null, $"OS {ValueFormat.Text(client.ClientOperatingSystem)} · manufacturer {ValueFormat.Text(client.ClientManufacturer)}"),
            new(null, $"site {ValueFormat.Text(client.SiteName)} ({ValueFormat.Text(client.SiteId)}) · connected {ValueFormat.Time(client.Connected)} · last seen {ValueFormat.Time(client.LastSeenAt)}"),
            new(null, $"events: get_events site_id={ValueFormat.Text(client.SiteId)} context_type={contextType} context_identifier={ValueFormat.Text(client.MacValue)}"),
        ];
    }

    /// <summary>Signal label from SNR: Good from 25 dB, Fair 15-24 dB, Poor below 15 dB, Unknown when absent or wired.</summary>
    internal static string Signal(long? snr, bool wireless) => (wireless, snr) switch
    {
        (false, _) or (_, null) => "Unknown",
        (_, >= 25) => "Good",
        (_, >= 15) => "Fair",
        _ => "Poor",
    };

    /// <summary>Connected → OK, Failed → CRIT, Connecting or Blocked → WARN, Disconnected → down, other → unknown.</summary>
    private static string StatusRowToken(string? status) => status?.ToUpperInvariant() switch
    {
        "CONNECTED" => StatusToken.Ok,
        "FAILED" => StatusToken.Crit,
        "CONNECTING" or "BLOCKED" => StatusToken.Warn,
        "DISCONNECTED" => StatusToken.Down,
        _ => StatusToken.Unknown,
    };
}
