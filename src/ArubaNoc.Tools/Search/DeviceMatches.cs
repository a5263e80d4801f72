using ArubaNoc.Tools.Framework;
using ArubaNoc.Tools.Search.Wire;

namespace ArubaNoc.Tools.Search;

/// <summary>Facts, rows and findings of <c>find_device</c>.</summary>
internal static class DeviceMatches
{
    /// <summary>Rows printed at most.</summary>
    public const int MaxRows = 20;

    public static readonly OutputField FoundFact = new("found", OutputKind.Boolean, "Found");
    public static readonly OutputField MatchesFact = new("matches", OutputKind.Integer, "Matches");
    public static readonly OutputField SourceFact = new("source", OutputKind.Text, "Source");
    public static readonly OutputField ScannedFact = new("scanned", OutputKind.Integer, "Devices read");
    public static readonly OutputField ScanCompleteFact = new("scanComplete", OutputKind.Boolean, "Search complete");

    public static readonly OutputField SerialItem = new("serialNumber", OutputKind.Text);
    public static readonly OutputField NameItem = new("deviceName", OutputKind.Text);
    public static readonly OutputField TypeItem = new("deviceType", OutputKind.Text);
    public static readonly OutputField StatusItem = new("status", OutputKind.Text);
    public static readonly OutputField ModelItem = new("model", OutputKind.Text);
    public static readonly OutputField MacItem = new("macAddress", OutputKind.Text);
    public static readonly OutputField Ipv4Item = new("ipv4", OutputKind.Text);
    public static readonly OutputField SiteIdItem = new("siteId", OutputKind.Text);
    public static readonly OutputField SiteNameItem = new("siteName", OutputKind.Text);
    public static readonly OutputField FirmwareItem = new("firmwareVersion", OutputKind.Text);
    public static readonly OutputField SourceItem = new("source", OutputKind.Text);

    public static readonly OutputShape Shape = new(
        [FoundFact, MatchesFact, SourceFact, ScannedFact, ScanCompleteFact],
        [SerialItem, NameItem, TypeItem, StatusItem, ModelItem, MacItem, Ipv4Item, SiteIdItem, SiteNameItem, FirmwareItem, SourceItem]);

    public static void Describe(ToolResultBuilder result, SearchOutcome found, string key, string value)
    {
        var matches = found.Matches;
        result.Facts
            .Set(FoundFact, matches.Count > 0)
            .Set(MatchesFact, matches.Count)
            .Set(SourceFact, found.Source)
            .Set(ScannedFact, found.Scanned)
            .Set(ScanCompleteFact, found.ScanComplete);

        foreach (var (device, source) in matches)
        {
            result.AddItem(result.Shape.NewItem()
                .Set(SerialItem, device.SerialNumber).Set(NameItem, device.DeviceName).Set(TypeItem, device.DeviceType ?? (source == "gateways" ? "GATEWAY" : null))
                .Set(StatusItem, device.Status).Set(ModelItem, device.Model).Set(MacItem, device.MacAddress).Set(Ipv4Item, device.Ipv4 ?? device.IpAddress)
                .Set(SiteIdItem, device.SiteId).Set(SiteNameItem, device.SiteName).Set(FirmwareItem, device.FirmwareVersion ?? device.SoftwareVersion)
                .Set(SourceItem, source));
        }

        if (!found.ScanComplete)
        {
            result.AddFinding(FindingLevel.Info, "SCAN_INCOMPLETE", $"the scan stopped after {ValueFormat.Integer(found.Scanned)} devices (max_scan); raise max_scan to search further");
        }

        if (matches.Count == 0)
        {
            result.AddFinding(new Finding(FindingLevel.Info, "NO_MATCH", $"No device matches {key} '{value}'") { PrintsCode = false });
            return;
        }

        if (matches.Count == 1)
        {
            DescribeOne(result, matches[0].Device, matches[0].Source);
            return;
        }

        var rows = matches.Select(match => new TextRow(StatusRowToken(match.Device.Status), Row(match.Device, match.Source))).ToList();
        result.AddSection("Devices", rows, MaxRows);
    }

    private static void DescribeOne(ToolResultBuilder result, FoundDevice device, string source)
    {
        var type = device.DeviceType ?? (source == "gateways" ? "GATEWAY" : null);
        var lines = new List<TextRow>
        {
            new(StatusRowToken(device.Status), $"{ValueFormat.Text(device.DeviceName)} ({ValueFormat.Text(device.SerialNumber)}) · {ValueFormat.Text(type)} · {ValueFormat.Text(device.Status)}"),
            new(null, $"model {ValueFormat.Text(device.Model)} · MAC {ValueFormat.Text(device.MacAddress)} · IPv4 {ValueFormat.Text(device.Ipv4 ?? device.IpAddress)}"),
            new(null, $"site {ValueFormat.Text(device.SiteName)} ({ValueFormat.Text(device.SiteId)}) · firmware {ValueFormat.Text(device.FirmwareVersion ?? device.SoftwareVersion)}"),
            new(null, $"deployment {ValueFormat.Text(device.Deployment ?? device.Mode)} · cluster {ValueFormat.Text(device.ClusterName)} · found in {source}"),
        };
        if (source == "device-inventory")
        {
            lines.Add(new TextRow(null, $"provisioned {ValueFormat.Text(device.IsProvisioned)} · tier {ValueFormat.Text(device.Tier)}"));
            result.AddFinding(FindingLevel.Info, "NOT_MONITORED", "the device is in the inventory but not monitored, so the detail tools cannot read it");
        }
        else if (NextTool(type) is { } tool)
        {
            lines.Add(new TextRow(null, $"details: {tool} serial_number={device.SerialNumber}"));
        }

        result.AddSection("Device", lines);
    }

    private static string Row(FoundDevice device, string source) =>
        $"{ValueFormat.Text(device.DeviceName)} ({ValueFormat.Text(device.SerialNumber)}) · {ValueFormat.Text(device.DeviceType ?? (source == "gateways" ? "GATEWAY" : null))} · {ValueFormat.Text(device.Model)} · {ValueFormat.Text(device.SiteName)} · {source}";

    private static string? NextTool(string? deviceType) => deviceType?.ToUpperInvariant() switch
    {
        "ACCESS_POINT" => "get_ap_details",
        "SWITCH" => "get_switch_details",
        "GATEWAY" => "get_gateway_details",
        _ => null,
    };

    private static string StatusRowToken(string? status) => status?.ToUpperInvariant() switch
    {
        "ONLINE" or "UP" => StatusToken.Up,
        "OFFLINE" or "DOWN" => StatusToken.Down,
        _ => StatusToken.Unknown,
    };
}
