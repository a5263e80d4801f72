using ArubaNoc.Tools.Devices;
using ArubaNoc.Tools.Firmware.Wire;
using ArubaNoc.Tools.Framework;

namespace ArubaNoc.Tools.Firmware;

/// <summary>Output shape and page computations of <c>get_firmware_details</c>.</summary>
internal sealed partial class GetFirmwareDetailsTool
{
    internal static readonly OutputField TotalFact = new("total", OutputKind.Integer, "Total");
    internal static readonly OutputField ReturnedFact = new("returned", OutputKind.Integer, "Returned");
    internal static readonly OutputField UpToDateFact = new("upToDate", OutputKind.Integer, "Up to date");
    internal static readonly OutputField AvailableFact = new("updateAvailable", OutputKind.Integer, "Update available");
    internal static readonly OutputField RequiredFact = new("updateRequired", OutputKind.Integer, "Update required");
    internal static readonly OutputField BehindFact = new("behindRecommended", OutputKind.Integer, "Behind recommended");
    internal static readonly OutputField ByClassificationFact = new("byClassification", OutputKind.Counts);
    internal static readonly OutputField ByDeviceTypeFact = new("byDeviceType", OutputKind.Counts);

    private static readonly OutputField SerialItem = new("serialNumber", OutputKind.Text);
    private static readonly OutputField NameItem = new("deviceName", OutputKind.Text);
    private static readonly OutputField TypeItem = new("deviceType", OutputKind.Text);
    private static readonly OutputField VersionItem = new("firmwareVersion", OutputKind.Text);
    private static readonly OutputField RecommendedItem = new("recommendedVersion", OutputKind.Text);
    private static readonly OutputField StatusItem = new("upgradeStatus", OutputKind.Text);
    private static readonly OutputField ClassificationItem = new("firmwareClassification", OutputKind.Text);
    private static readonly OutputField SiteNameItem = new("siteName", OutputKind.Text);

    private static readonly OutputShape Shape = new(
        [TotalFact, ReturnedFact, UpToDateFact, AvailableFact, RequiredFact, BehindFact, ByClassificationFact, ByDeviceTypeFact],
        [SerialItem, NameItem, TypeItem, VersionItem, RecommendedItem, StatusItem, ClassificationItem, SiteNameItem]);

    private static void Summarize(ToolResultBuilder result, List<FirmwareItem> devices, long? total)
    {
        var buckets = new CountTable();
        var byStatusText = new CountTable();
        var byClassification = new CountTable();
        var byType = new CountTable();
        var versionsByType = new Dictionary<string, CountTable>(StringComparer.OrdinalIgnoreCase);
        foreach (var device in devices)
        {
            var bucket = BucketOf(device.UpgradeStatus);
            buckets.Add(bucket.ToString(), "Other");
            if (bucket == UpgradeBucket.Other)
            {
                byStatusText.Add(device.UpgradeStatus, ValueFormat.Missing);
            }

            byClassification.Add(device.FirmwareClassification, "Unclassified");
            var type = string.IsNullOrWhiteSpace(device.DeviceType) ? "UNKNOWN" : device.DeviceType;
            byType.Add(type, "UNKNOWN");
            if (!versionsByType.TryGetValue(type, out var versions))
            {
                versions = new CountTable();
                versionsByType[type] = versions;
            }

            versions.Add(device.ResolvedVersion, ValueFormat.Missing);
            result.AddItem(result.Shape.NewItem()
                .Set(SerialItem, device.SerialNumber).Set(NameItem, device.DeviceName).Set(TypeItem, device.DeviceType)
                .Set(VersionItem, device.ResolvedVersion).Set(RecommendedItem, device.RecommendedVersion).Set(StatusItem, device.UpgradeStatus)
                .Set(ClassificationItem, device.FirmwareClassification).Set(SiteNameItem, device.SiteName));
        }

        long returned = devices.Count;
        var required = buckets.Get(nameof(UpgradeBucket.Required));
        var available = buckets.Get(nameof(UpgradeBucket.Available));
        var behind = devices.Count(IsBehind);
        result.Facts
            .Set(TotalFact, total).Set(ReturnedFact, returned)
            .Set(UpToDateFact, buckets.Get(nameof(UpgradeBucket.UpToDate))).Set(AvailableFact, available)
            .Set(RequiredFact, required).Set(BehindFact, behind)
            .Set(ByClassificationFact, byClassification.ByCount()).Set(ByDeviceTypeFact, byType.ByCount());

        var statusRows = new List<TextRow>
        {
            new(StatusToken.Ok, ResultNotes.CountWithShare("Up to date", buckets.Get(nameof(UpgradeBucket.UpToDate)), returned)),
            new(StatusToken.Warn, ResultNotes.CountWithShare("Update available", available, returned)),
            new(StatusToken.Crit, ResultNotes.CountWithShare("Update required", required, returned)),
        };
        statusRows.AddRange(ResultNotes.ShareRows(byStatusText.ByCount(), returned, _ => StatusToken.Unknown));
        result.AddSection("By upgrade status (this page)", statusRows);
        result.AddSection("By classification (this page)", ResultNotes.ShareRows(byClassification.ByCount(), returned,
            name => name.Contains("Security", StringComparison.OrdinalIgnoreCase) ? StatusToken.Security : StatusToken.Firmware));
        result.AddSection("By device type (this page)", ResultNotes.ShareRows(byType.ByCount(), returned, DeviceTypes.Token));
        AddNeedingUpdates(result, devices);
        result.AddSection("Versions in use (this page)", [.. versionsByType.SelectMany(pair => pair.Value.ByCount().Take(3)
            .Select(version => new TextRow(DeviceTypes.Token(pair.Key), $"{pair.Key} {version.Key}: {ValueFormat.Integer(version.Value)}")))]);

        if (required > 0)
        {
            result.AddFinding(FindingLevel.Crit, "UPDATES_REQUIRED", $"{ValueFormat.Integer(required)} device(s) on this page require a firmware update");
        }

        if (available > 0)
        {
            result.AddFinding(FindingLevel.Warn, "UPDATES_AVAILABLE", $"{ValueFormat.Integer(available)} device(s) on this page have a firmware update available");
        }
    }

    private static void AddNeedingUpdates(ToolResultBuilder result, List<FirmwareItem> devices)
    {
        var needing = devices
            .Select(device => (Device: device, Bucket: BucketOf(device.UpgradeStatus)))
            .Where(entry => entry.Bucket is UpgradeBucket.Required or UpgradeBucket.Available || IsBehind(entry.Device))
            .OrderBy(entry => entry.Bucket switch { UpgradeBucket.Required => 0, UpgradeBucket.Available => 1, _ => 2 })
            .ThenBy(entry => entry.Device.DeviceName ?? string.Empty, StringComparer.OrdinalIgnoreCase)
            .Select(entry => new TextRow(entry.Bucket == UpgradeBucket.Required ? StatusToken.Crit : StatusToken.Warn,
                $"{ValueFormat.Text(entry.Device.DeviceName)} ({ValueFormat.Text(entry.Device.SerialNumber)}): {ValueFormat.Text(entry.Device.ResolvedVersion)} -> {ValueFormat.Text(entry.Device.RecommendedVersion)}"))
            .ToList();
        if (needing.Count > 0)
        {
            result.AddSection("Needing updates", needing, cap: 10);
        }
    }
}
