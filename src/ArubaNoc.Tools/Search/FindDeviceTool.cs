using ArubaNoc.Central.Http;
using ArubaNoc.Central.Wire;
using ArubaNoc.Tools.Framework;
using ArubaNoc.Tools.Search.Wire;

namespace ArubaNoc.Tools.Search;

/// <summary>
/// <c>find_device</c>: finds a device by serial number, name or MAC address wherever Central lists it. Steps
/// run in order and the search stops at the first step with matches: filtered lookups on <c>/devices</c>,
/// <c>/gateways</c> (gateways may be missing from <c>/devices</c>) and <c>/device-inventory</c>, then a bounded
/// scan of <c>/devices</c> pages for name substrings and MAC addresses, which <c>/devices</c> cannot filter.
/// </summary>
internal sealed class FindDeviceTool(ToolEnvironment environment) : NocTool(environment.TimeProvider)
{
    public const string DevicesPath = "/network-monitoring/v1/devices";
    public const string GatewaysPath = "/network-monitoring/v1/gateways";
    public const string InventoryPath = "/network-monitoring/v1/device-inventory";

    /// <summary>Page size of the filtered lookups.</summary>
    private const int LookupLimit = 10;

    /// <summary>Page size of the scan, Central's maximum for <c>/devices</c>.</summary>
    private const int ScanPageLimit = 1000;

    public static readonly ToolParameter SerialParam = ToolParameters.Serial(description: "Serial number to look for (give exactly one of serial, name, mac).");
    public static readonly ToolParameter NameParam = ToolParameters.Text("name", "Device name, or part of it (give exactly one of serial, name, mac).") with { Example = "AP-HQ-001" };
    public static readonly ToolParameter MacParam = ToolParameters.Mac(description: "MAC address to look for (give exactly one of serial, name, mac).");
    public static readonly ToolParameter DeviceTypeParam = ToolParameters.Enum(
        "device_type", "Look only for this device type.", new EnumOption("ACCESS_POINT"), new EnumOption("SWITCH"), new EnumOption("GATEWAY"));
    public static readonly ToolParameter MaxScanParam = ToolParameters.Integer("max_scan", "Devices a scan reads at most (100-10000, default 3000).", 100, 10_000).WithDefault(3000);

    public override string Name => "find_device";

    public override string Title => "Find a device";

    public override string Description =>
        "Finds a device by serial number, name (exact, then substring) or MAC address in the monitored devices, the gateways " +
        "and the device inventory, and says which tool shows its details. Reports how much it searched and whether the search was complete.";

    public override IReadOnlyList<ToolParameter> Parameters { get; } = [SerialParam, NameParam, MacParam, DeviceTypeParam, MaxScanParam];

    public override OutputShape Output => DeviceMatches.Shape;

    protected override async ValueTask<ToolResult> ExecuteAsync(ToolArguments arguments, ToolCallContext context, CancellationToken cancellationToken)
    {
        var serial = arguments.GetString(SerialParam);
        var name = arguments.GetString(NameParam);
        var mac = arguments.GetString(MacParam);
        var keys = new[] { serial, name, mac }.Count(value => value is not null);
        if (keys != 1)
        {
            // With no key the error names serial; with two or more it names the second one given.
            var given = new[] { (SerialParam, serial), (NameParam, name), (MacParam, mac) }.Where(key => key.Item2 is not null).ToList();
            var argument = keys == 0 ? SerialParam.Name : given[1].Item1.Name;
            return Reject(new ValidationFailure(argument, "give exactly one of serial, name and mac", keys == 0 ? "none of them" : $"{keys} of them"));
        }

        var deviceType = arguments.GetString(DeviceTypeParam);
        var search = new DeviceSearch(environment.Central, deviceType, (int)(arguments.GetInteger(MaxScanParam) ?? 3000), cancellationToken);
        var (key, value) = serial is not null ? ("serial", serial) : name is not null ? ("name", name) : ("mac", mac!);
        var found = key switch
        {
            "serial" => await search.BySerialAsync(serial!).ConfigureAwait(false),
            "name" => await search.ByNameAsync(name!).ConfigureAwait(false),
            _ => await search.ByMacAsync(mac!).ConfigureAwait(false),
        };
        if (found.Error is not null)
        {
            return CentralErrors.ToResult(Name, found.Error);
        }

        var result = CreateResult(arguments, StatusToken.Device, $"find_device: {found.Matches.Count} match(es) for {key} '{value}'")
            .WithScope(new ResultScope { SerialNumber = serial, Extra = deviceType is null ? [] : [$"device type {deviceType}"] });
        DeviceMatches.Describe(result, found, key, value);
        return result.Build();
    }

    /// <summary>Runs the lookup steps; each returns the matches and the number of items read.</summary>
    private sealed class DeviceSearch(CentralClient central, string? deviceType, int maxScan, CancellationToken cancellationToken)
    {
        private bool GatewaysIncluded => deviceType is null or "GATEWAY";

        public async Task<SearchOutcome> BySerialAsync(string serial)
        {
            var outcome = new SearchOutcome();
            var clause = FilterClause.Eq("serialNumber", serial, "serial");
            return await LookupAsync(outcome, DevicesPath, "devices", [clause, .. TypeClause()]).ConfigureAwait(false)
                ?? (GatewaysIncluded ? await LookupAsync(outcome, GatewaysPath, "gateways", [clause]).ConfigureAwait(false) : null)
                ?? await LookupAsync(outcome, InventoryPath, "device-inventory", [clause]).ConfigureAwait(false)
                ?? outcome;
        }

        public async Task<SearchOutcome> ByNameAsync(string name)
        {
            var outcome = new SearchOutcome();
            var clause = FilterClause.Eq("deviceName", name, "name");
            return await LookupAsync(outcome, DevicesPath, "devices", [clause, .. TypeClause()]).ConfigureAwait(false)
                ?? (GatewaysIncluded ? await LookupAsync(outcome, GatewaysPath, "gateways", [clause]).ConfigureAwait(false) : null)
                ?? await ScanAsync(outcome, device => device.DeviceName?.Contains(name, StringComparison.OrdinalIgnoreCase) == true).ConfigureAwait(false);
        }

        public async Task<SearchOutcome> ByMacAsync(string mac)
        {
            var outcome = new SearchOutcome();
            if (GatewaysIncluded)
            {
                // Central compares filter values exactly, and gateways have been seen with either case.
                foreach (var form in new[] { mac, mac.ToUpperInvariant() })
                {
                    if (await LookupAsync(outcome, GatewaysPath, "gateways", [FilterClause.Eq("macAddress", form, "mac")]).ConfigureAwait(false) is { } found)
                    {
                        return found;
                    }
                }
            }

            return await ScanAsync(outcome, device => Framework.ShapeRules.Mac(device.MacAddress?.Trim() ?? string.Empty) == mac).ConfigureAwait(false);
        }

        private List<FilterClause> TypeClause() => deviceType is null ? [] : [FilterClause.Eq("deviceType", deviceType, "device_type")];

        /// <summary>Runs one filtered lookup; returns the outcome when it matched or failed, null to go on.</summary>
        private async Task<SearchOutcome?> LookupAsync(SearchOutcome outcome, string path, string source, List<FilterClause> clauses)
        {
            var request = CentralRequest.Get(path).WithQuery("filter", new FilterExpression(clauses).ToString()).WithQuery("limit", LookupLimit);
            var response = await central.SendAsync(request, SearchJsonContext.Default.CentralListFoundDevice, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccess)
            {
                return outcome with { Error = response.Error };
            }

            var items = (response.Value.Items ?? []).OfType<FoundDevice>().ToList();
            outcome.Scanned += items.Count;
            if (items.Count == 0)
            {
                return null;
            }

            outcome.Matches.AddRange(items.Select(item => (item, source)));
            return outcome with { Source = source };
        }

        private async Task<SearchOutcome> ScanAsync(SearchOutcome outcome, Func<FoundDevice, bool> matches)
        {
            var pageLimit = Math.Min(ScanPageLimit, maxScan);
            var filter = TypeClause() is { Count: > 0 } typeClauses ? new FilterExpression(typeClauses).ToString() : null;
            string? cursor = null;
            var read = 0;
            outcome = outcome with { Source = "scan", ScanComplete = false };
            while (read < maxScan)
            {
                var request = CentralRequest.Get(DevicesPath).WithQuery("filter", filter).WithQuery("limit", pageLimit).WithQuery("next", cursor);
                var response = await central.SendAsync(request, SearchJsonContext.Default.CentralListFoundDevice, cancellationToken).ConfigureAwait(false);
                if (!response.IsSuccess)
                {
                    return outcome with { Error = response.Error };
                }

                var items = (response.Value.Items ?? []).OfType<FoundDevice>().ToList();
                read += items.Count;
                outcome.Scanned += items.Count;
                outcome.Matches.AddRange(items.Where(matches).Select(item => (item, "scan")));
                var next = PageInfo.FromCursor(items.Count, response.Value.Total, response.Value.Next, cursor).Next;
                if (next is null)
                {
                    return outcome with { ScanComplete = true };
                }

                cursor = next;
            }

            return outcome;
        }
    }
}

/// <summary>What a device search found: matches with the step that found them, items read, and whether the search covered everything.</summary>
internal sealed record SearchOutcome
{
    public List<(FoundDevice Device, string Source)> Matches { get; } = [];

    public string? Source { get; init; }

    public int Scanned { get; set; }

    public bool ScanComplete { get; init; } = true;

    public CentralError? Error { get; init; }
}
