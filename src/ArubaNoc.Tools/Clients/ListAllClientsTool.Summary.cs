using ArubaNoc.Tools.Clients.Wire;
using ArubaNoc.Tools.Devices;
using ArubaNoc.Tools.Framework;

namespace ArubaNoc.Tools.Clients;

/// <summary>Output shape and page breakdowns of <c>list_all_clients</c>.</summary>
internal sealed partial class ListAllClientsTool
{
    /// <summary>SNR at or above which a wireless client's signal is Good, in dB.</summary>
    internal const double GoodSnr = 25;

    /// <summary>SNR at or above which a wireless client's signal is Fair (below it Poor), in dB.</summary>
    internal const double FairSnr = 15;

    private static readonly OutputField GoodField = new("good", OutputKind.Integer);
    private static readonly OutputField FairField = new("fair", OutputKind.Integer);
    private static readonly OutputField PoorField = new("poor", OutputKind.Integer);
    private static readonly OutputField UnknownField = new("unknown", OutputKind.Integer);

    internal static readonly OutputField TotalFact = new("total", OutputKind.Integer, "Total");
    internal static readonly OutputField ReturnedFact = new("returned", OutputKind.Integer, "Returned");
    internal static readonly OutputField WirelessFact = new("wireless", OutputKind.Integer, "Wireless");
    internal static readonly OutputField WiredFact = new("wired", OutputKind.Integer, "Wired");
    internal static readonly OutputField FailedFact = new("failed", OutputKind.Integer, "Failed");
    internal static readonly OutputField PoorSignalFact = new("poorSignal", OutputKind.Integer, "Poor signal");
    internal static readonly OutputField ByStatusFact = new("byStatus", OutputKind.Counts);
    internal static readonly OutputField ByBandFact = new("byBand", OutputKind.Counts);
    internal static readonly OutputField SignalFact = new("signal", OutputKind.Object, children: [GoodField, FairField, PoorField, UnknownField]);

    private static readonly OutputField MacItem = new("macAddress", OutputKind.Text);
    private static readonly OutputField NameItem = new("clientName", OutputKind.Text);
    private static readonly OutputField StatusItem = new("status", OutputKind.Text);
    private static readonly OutputField TypeItem = new("clientConnectionType", OutputKind.Text);
    private static readonly OutputField Ipv4Item = new("ipv4", OutputKind.Text);
    private static readonly OutputField DeviceSerialItem = new("connectedDeviceSerial", OutputKind.Text);
    private static readonly OutputField ConnectedToItem = new("connectedTo", OutputKind.Text);
    private static readonly OutputField WlanItem = new("wlanName", OutputKind.Text);
    private static readonly OutputField VlanItem = new("vlanId", OutputKind.Text);
    private static readonly OutputField SnrItem = new("snr", OutputKind.Number);
    private static readonly OutputField SiteNameItem = new("siteName", OutputKind.Text);
    private static readonly OutputField LastSeenItem = new("lastSeenAt", OutputKind.Time);

    private static readonly OutputShape Shape = new(
        [TotalFact, ReturnedFact, WirelessFact, WiredFact, FailedFact, PoorSignalFact, ByStatusFact, ByBandFact, SignalFact],
        [MacItem, NameItem, StatusItem, TypeItem, Ipv4Item, DeviceSerialItem, ConnectedToItem, WlanItem, VlanItem, SnrItem, SiteNameItem, LastSeenItem]);

    private static void Summarize(ToolResultBuilder result, List<ClientItem> clients, long? total)
    {
        var byType = new CountTable();
        var byStatus = new CountTable();
        var byBand = new CountTable();
        var signal = new CountTable();
        var byWlan = new CountTable();
        var byDevice = new CountTable();
        var rows = new List<TextRow>();
        foreach (var client in clients)
        {
            var type = client.ResolvedConnectionType;
            byType.Add(type, "Unknown");
            byStatus.Add(client.Status, "Unknown");
            if (string.Equals(type, "Wireless", StringComparison.OrdinalIgnoreCase))
            {
                byBand.Add(client.WirelessBand, "Unknown");
                signal.Add(SignalOf(client), "Unknown");
            }

            if (client.ResolvedWlan is { } wlan)
            {
                byWlan.Add(wlan, ValueFormat.Missing);
            }

            if (client.ConnectedTo is { } device)
            {
                byDevice.Add(device, ValueFormat.Missing);
            }

            rows.Add(new TextRow(ClientArguments.ConnectionToken(type ?? string.Empty),
                $"{ValueFormat.Text(client.ResolvedName)} · {ValueFormat.Text(client.ResolvedMac)} · {ValueFormat.Text(client.Ipv4)} · {ValueFormat.Text(type)} · {ValueFormat.Text(client.ConnectedTo)} · {ValueFormat.Text(client.ResolvedWlan)}"));
            result.AddItem(result.Shape.NewItem()
                .Set(MacItem, client.ResolvedMac).Set(NameItem, client.ResolvedName).Set(StatusItem, client.Status).Set(TypeItem, type)
                .Set(Ipv4Item, client.Ipv4).Set(DeviceSerialItem, client.ConnectedDeviceSerial).Set(ConnectedToItem, client.ConnectedTo)
                .Set(WlanItem, client.ResolvedWlan).Set(VlanItem, client.VlanId).Set(SnrItem, client.Snr)
                .Set(SiteNameItem, client.SiteName).Set(LastSeenItem, client.LastSeenAt));
        }

        long returned = clients.Count;
        var wireless = byType.Get("Wireless");
        var poor = signal.Get("Poor");
        result.Facts
            .Set(TotalFact, total).Set(ReturnedFact, returned)
            .Set(WirelessFact, wireless).Set(WiredFact, byType.Get("Wired"))
            .Set(FailedFact, byStatus.Get("Failed")).Set(PoorSignalFact, poor)
            .Set(ByStatusFact, byStatus.ByCount()).Set(ByBandFact, byBand.ByCount())
            .Set(SignalFact, OutputValues.For(SignalFact)
                .Set(GoodField, signal.Get("Good")).Set(FairField, signal.Get("Fair")).Set(PoorField, poor).Set(UnknownField, signal.Get("Unknown")));

        result.AddSection("By connection type (this page)", ResultNotes.ShareRows(byType.ByCount(), returned, ClientArguments.ConnectionToken));
        result.AddSection("By status (this page)", ResultNotes.ShareRows(byStatus.ByCount(), returned, StatusTokenOf));
        if (wireless > 0)
        {
            result.AddSection("Signal (wireless, this page)", ResultNotes.ShareRows(signal.ByCount(), wireless, SignalToken));
        }

        AddTop(result, "Top WLANs", byWlan, StatusToken.Wireless);
        AddTop(result, "Top connected devices", byDevice, StatusToken.Device);
        result.AddSection("Clients", rows);
        AddFindings(result, byStatus.Get("Failed"), poor, wireless);
    }

    private static void AddTop(ToolResultBuilder result, string title, CountTable counts, string token)
    {
        var rows = counts.ByCount().Take(5).Select(pair => new TextRow(token, $"{pair.Key}: {ValueFormat.Integer(pair.Value)} clients")).ToList();
        if (rows.Count > 0)
        {
            result.AddSection(title, rows, cap: 5);
        }
    }

    private static void AddFindings(ToolResultBuilder result, long failed, long poor, long wireless)
    {
        if (failed > 0)
        {
            result.AddFinding(FindingLevel.Warn, "FAILED_CLIENTS", $"{ValueFormat.Integer(failed)} client(s) on this page failed to connect");
        }

        if (wireless > 0 && poor * 10 > wireless)
        {
            result.AddFinding(FindingLevel.Warn, "POOR_SIGNAL", $"{ValueFormat.Integer(poor)} of {ValueFormat.Integer(wireless)} wireless clients on this page have an SNR below {FairSnr} dB");
        }
    }

    /// <summary>Returns Good, Fair, Poor or null from the SNR, else from the older <c>experience</c> field.</summary>
    internal static string? SignalOf(ClientItem client) => client.Snr switch
    {
        >= GoodSnr => "Good",
        >= FairSnr => "Fair",
        { } => "Poor",
        null => client.Experience?.Trim().ToUpperInvariant() switch
        {
            "GOOD" => "Good",
            "FAIR" => "Fair",
            "POOR" => "Poor",
            _ => null,
        },
    };

    private static string StatusTokenOf(string status) => status.ToUpperInvariant() switch
    {
        "CONNECTED" => StatusToken.Ok,
        "FAILED" => StatusToken.Crit,
        "CONNECTING" or "BLOCKED" => StatusToken.Warn,
        "DISCONNECTED" => StatusToken.Down,
        _ => StatusToken.Unknown,
    };

    private static string SignalToken(string signal) => signal switch
    {
        "Good" => StatusToken.Ok,
        "Fair" => StatusToken.Warn,
        "Poor" => StatusToken.Crit,
        _ => StatusToken.Unknown,
    };
}
