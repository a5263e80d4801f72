using System.Globalization;
using ArubaNoc.Tools.Framework;

namespace ArubaNoc.Tools.Tests.Framework;

/// <summary>
/// A tool declaring every parameter kind, used to test the framework. Instead of calling Central it
/// records the request it would send and returns <see cref="RowCount"/> generated rows.
/// </summary>
internal sealed class SampleTool(TimeProvider timeProvider) : NocTool(timeProvider)
{
    public static readonly ToolParameter SiteIdParam = ToolParameters.SiteId();
    public static readonly ToolParameter ShortSiteIdParam = ToolParameters.SiteId("short_site_id", maxLength: 16);
    public static readonly ToolParameter SiteNameParam = ToolParameters.SiteName();
    public static readonly ToolParameter SerialParam = ToolParameters.Serial("serial_number").WithAlias("serial");
    public static readonly ToolParameter StackParam = ToolParameters.StackRef();
    public static readonly ToolParameter ClusterParam = ToolParameters.Name("cluster_name", "Gateway cluster name.");
    public static readonly ToolParameter WlanParam = ToolParameters.WlanName(pathSegment: true);
    public static readonly ToolParameter MacParam = ToolParameters.Mac();
    public static readonly ToolParameter HostParam = ToolParameters.Host();
    public static readonly ToolParameter TaskIdParam = ToolParameters.TaskId();
    public static readonly ToolParameter StatusParam = ToolParameters.Enum(
        "status", "Client status.", new EnumOption("CONNECTED", "Connected"), new EnumOption("FAILED", "Failed"), new EnumOption("ALL"))
        .WithDefault("CONNECTED");
    public static readonly ToolParameter DeviceStatusParam = ToolParameters.Enum("device_status", "Device status.", new EnumOption("ONLINE"), new EnumOption("OFFLINE"));
    public static readonly ToolParameter DeviceTypeParam = ToolParameters.Enum(
        "device_type", "Device type.", new EnumOption("aps", null, "ap", "access_point"), new EnumOption("gateways", null, "gateway"));
    public static readonly ToolParameter VlanParam = ToolParameters.Integer("vlan_id", "VLAN ID.", 1, 4094);
    public static readonly ToolParameter RawOutputParam = ToolParameters.Boolean("include_raw_output", "Print the raw output.").WithDefault(false);
    public static readonly ToolParameter IntervalParam = ToolParameters.Enum("interval", "Sampling interval.", new EnumOption("5min"), new EnumOption("1hour")).AsDeprecated();
    public static readonly ToolParameter StartParam = ToolParameters.Time("start_time", "Window start.");
    public static readonly ToolParameter EndParam = ToolParameters.Time("end_time", "Window end.");
    public static readonly ToolParameter FilterParam = ToolParameters.Filter(new FilterSpec("siteId", "siteName", "status", "wlanName", "vlanId")
    {
        LegacyFields = new Dictionary<string, string>(StringComparer.Ordinal) { ["network"] = "wlanName" },
        RejectedFields = new Dictionary<string, string>(StringComparer.Ordinal) { ["experience"] = "it has no v1 equivalent" },
    });
    public static readonly ToolParameter SortParam = ToolParameters.Sort(new SortSpec("siteName", "clientName")
    {
        LegacyFields = new Dictionary<string, string>(StringComparer.Ordinal) { ["name"] = "clientName" },
        UpperCaseDirection = true,
    });
    public static readonly ToolParameter SearchParam = ToolParameters.Text("search", "Substring to look for.");
    public static readonly ToolParameter LimitParam = ToolParameters.Limit(1, 1000, 100);
    public static readonly ToolParameter OffsetParam = ToolParameters.Offset();
    public static readonly ToolParameter NextParam = ToolParameters.Cursor();

    public static readonly OutputField TotalFact = new("total", OutputKind.Integer, "Total");
    public static readonly OutputField ReturnedFact = new("returned", OutputKind.Integer, "Returned");
    public static readonly OutputField OnlineFact = new("online", OutputKind.Integer, "Online");
    public static readonly OutputField AvailabilityFact = new("availabilityPct", OutputKind.Availability, "Availability (this page)");
    public static readonly OutputField TotalBytesFact = new("totalBytes", OutputKind.Bytes, "Total bytes");
    public static readonly OutputField LastSeenFact = new("lastSeenAt", OutputKind.Time, "Last seen");
    public static readonly OutputField ByTypeFact = new("byType", OutputKind.Counts);
    public static readonly OutputField GoodFact = new("good", OutputKind.Integer);
    public static readonly OutputField PoorFact = new("poor", OutputKind.Integer);
    public static readonly OutputField HealthFact = new("health", OutputKind.Object, children: [GoodFact, PoorFact]);

    public static readonly OutputField SerialItem = new("serialNumber", OutputKind.Text);
    public static readonly OutputField NameItem = new("deviceName", OutputKind.Text);
    public static readonly OutputField CpuItem = new("cpuPct", OutputKind.Percent);
    public static readonly OutputField UptimeItem = new("uptimeMs", OutputKind.DurationMs);

    private static readonly OutputShape Shape = new(
        [TotalFact, ReturnedFact, OnlineFact, AvailabilityFact, TotalBytesFact, LastSeenFact, ByTypeFact, HealthFact],
        [SerialItem, NameItem, CpuItem, UptimeItem]);

    /// <summary>Rows the fake page returns.</summary>
    public int RowCount { get; set; } = 3;

    /// <summary>Total the fake page reports.</summary>
    public long? Total { get; set; }

    /// <summary>Number of times the body ran, standing in for requests sent.</summary>
    public int Executions { get; private set; }

    /// <summary>The merged filter of the last call.</summary>
    public string? LastFilter { get; private set; }

    public override string Name => "sample_list";

    public override string Title => "Sample list";

    public override string Description => "Lists sample rows.";

    public override IReadOnlyList<ToolParameter> Parameters { get; } =
    [
        SiteIdParam, ShortSiteIdParam, SiteNameParam, SerialParam, StackParam, ClusterParam, WlanParam, MacParam, HostParam,
        TaskIdParam, StatusParam, DeviceStatusParam, DeviceTypeParam, VlanParam, RawOutputParam, IntervalParam, StartParam,
        EndParam, FilterParam, SortParam, SearchParam, LimitParam, OffsetParam, NextParam,
    ];

    public override OutputShape Output => Shape;

    protected override ValueTask<ToolResult> ExecuteAsync(ToolArguments arguments, ToolCallContext context, CancellationToken cancellationToken)
    {
        var clauses = new List<FilterClause>();
        if (arguments.GetString(SiteNameParam) is { } siteName)
        {
            clauses.Add(FilterClause.Eq("siteName", siteName, SiteNameParam.Name));
        }

        var hasStatusClause = arguments.GetFilter(FilterParam)?.HasField("status") == true;
        if (arguments.GetOption(StatusParam) is { } status && (arguments.IsGiven(StatusParam) || !hasStatusClause))
        {
            clauses.Add(status.Value == "ALL"
                ? FilterClause.In("status", ["Connected", "Failed"], StatusParam.Name)
                : FilterClause.Eq("status", status.WireValue, StatusParam.Name));
        }

        if (!TryBuildFilter(arguments, FilterParam, clauses, out var filter, out var rejection) ||
            !TryResolveWindow(arguments, StartParam, EndParam, new WindowRule(StartParam.Name, EndParam.Name, EndBeforeNow: true), out var window, out rejection))
        {
            return ValueTask.FromResult(rejection!);
        }

        Executions++;
        LastFilter = filter;
        return ValueTask.FromResult(BuildPage(arguments, filter, window));
    }

    private ToolResult BuildPage(ToolArguments arguments, string? filter, TimeWindow window)
    {
        var result = CreateResult(arguments, StatusToken.Device, $"Devices: {RowCount} of {Total ?? RowCount}")
            .WithScope(new ResultScope { SiteId = arguments.GetString(SiteIdParam), Filter = filter, Sort = arguments.GetString(SortParam), AllSitesWhenNoSite = true })
            .WithPage(PageInfo.FromCursor(RowCount, Total ?? RowCount, Total > RowCount ? "2" : null, arguments.GetString(NextParam)));
        if (window.EndClamped)
        {
            result.AddFinding(window.ClampFinding(EndParam.Name));
        }

        var rows = new List<TextRow>();
        for (var i = 0; i < RowCount; i++)
        {
            var serial = "SN" + i.ToString("D6", CultureInfo.InvariantCulture);
            rows.Add(new TextRow(StatusToken.Up, $"device-{i} ({serial})"));
            result.AddItem(Output.NewItem().Set(SerialItem, serial).Set(NameItem, $"device-{i}").Set(CpuItem, i % 100).Set(UptimeItem, i * 1000L));
        }

        result.Facts
            .Set(TotalFact, Total ?? RowCount)
            .Set(ReturnedFact, RowCount)
            .Set(OnlineFact, RowCount)
            .Set(AvailabilityFact, ValueFormat.PercentOf(RowCount, RowCount))
            .Set(ByTypeFact, [new KeyValuePair<string, long>("ACCESS_POINT", RowCount)])
            .Set(HealthFact, OutputValues.For(HealthFact).Set(GoodFact, RowCount));
        result.AddSection("Devices", rows);
        return result.Build();
    }
}
