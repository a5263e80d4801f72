using ArubaNoc.Central.Http;
using ArubaNoc.Tools.AccessPoints.Wire;
using ArubaNoc.Tools.Framework;

namespace ArubaNoc.Tools.AccessPoints;

/// <summary>
/// <c>get_ap_cpu_utilization</c>: CPU trend of one access point with peak, mean, classification and direction,
/// from GET <c>/network-monitoring/v1/aps/{serial-number}/cpu-utilization-trends</c>. The window is sent as the
/// server-built filter <c>timestamp gt &lt;start&gt; and timestamp lt &lt;end&gt;</c>; without a window Central
/// returns the last 3 hours.
/// </summary>
internal sealed class GetApCpuUtilizationTool(ToolEnvironment environment) : NocTool(environment.TimeProvider)
{
    /// <summary>Central path of the call.</summary>
    public const string PathTemplate = "/network-monitoring/v1/aps/{serial-number}/cpu-utilization-trends";

    /// <summary>Window length when only <c>end_time</c> is given.</summary>
    public static readonly TimeSpan DefaultSpan = TimeSpan.FromHours(3);

    /// <summary>At most this many of the latest samples are returned as items.</summary>
    public const int MaxSampleItems = 100;

    internal static readonly ToolParameter SerialParam = ToolParameters.Serial().AsRequired().WithAlias("serial_number");

    internal static readonly ToolParameter StartParam = ToolParameters.Time("start_time", "Window start (RFC 3339 or epoch ms). With only end_time given, the start is end - 3 h.");

    internal static readonly ToolParameter EndParam = ToolParameters.Time("end_time", "Window end (RFC 3339 or epoch ms). With only start_time given, the end is now.");

    internal static readonly ToolParameter SiteIdParam = ToolParameters.SiteId(maxLength: 16);

    internal static readonly ToolParameter SiteNameParam = ToolParameters.SiteName();

    internal static readonly ToolParameter IntervalParam = ToolParameters.Enum(
            "interval", "Deprecated and ignored: Central samples every 5 min for windows up to 24 h and every 180 min beyond.",
            new EnumOption("5min"), new EnumOption("1hour"))
        .AsDeprecated();

    private static readonly OutputField PointsFact = new("points", OutputKind.Integer, "Points");
    private static readonly OutputField IntervalFact = new("intervalMinutes", OutputKind.Integer, "Interval (min)");
    private static readonly OutputField CurrentFact = new("currentPct", OutputKind.Percent, "Current");
    private static readonly OutputField MeanFact = new("meanPct", OutputKind.Percent, "Mean");
    private static readonly OutputField MaxFact = new("maxPct", OutputKind.Percent, "Peak");
    private static readonly OutputField MaxAtFact = new("maxAt", OutputKind.Time);
    private static readonly OutputField MinFact = new("minPct", OutputKind.Percent, "Minimum");
    private static readonly OutputField ClassificationFact = new("classification", OutputKind.Text, "Classification");
    private static readonly OutputField TrendFact = new("trend", OutputKind.Text, "Trend");

    private static readonly OutputField TimestampItem = new("timestamp", OutputKind.Time);
    private static readonly OutputField CpuItem = new("cpuPct", OutputKind.Percent);

    private static readonly OutputShape Shape = new(
        [PointsFact, IntervalFact, CurrentFact, MeanFact, MaxFact, MaxAtFact, MinFact, ClassificationFact, TrendFact],
        [TimestampItem, CpuItem]);

    private readonly CentralClient _central = environment.Central;

    public override string Name => "get_ap_cpu_utilization";

    public override string Title => "Access point CPU trend";

    public override string Description =>
        "CPU utilisation trend of one access point over a window (default: the last 3 hours): current, mean, peak with its time, minimum, classification (OK, WARN, CRIT) and direction (Increasing, Decreasing, Stable).";

    public override IReadOnlyList<ToolParameter> Parameters { get; } = [SerialParam, StartParam, EndParam, SiteIdParam, SiteNameParam, IntervalParam];

    public override OutputShape Output => Shape;

    protected override async ValueTask<ToolResult> ExecuteAsync(ToolArguments arguments, ToolCallContext context, CancellationToken cancellationToken)
    {
        TimeWindow? window = null;
        if (arguments.IsGiven(StartParam) || arguments.IsGiven(EndParam))
        {
            var rule = new WindowRule(StartParam.Name, EndParam.Name, EndBeforeNow: false, DefaultSpan: DefaultSpan);
            if (!TryResolveWindow(arguments, StartParam, EndParam, rule, out var resolved, out var rejection))
            {
                return rejection!;
            }

            window = resolved;
        }

        var serial = arguments.GetRequiredString(SerialParam);
        var siteId = arguments.GetString(SiteIdParam);
        var siteName = arguments.GetString(SiteNameParam);
        var filter = window is { Start: { } start } ? $"timestamp gt {TimeArgument.ToDisplay(start)} and timestamp lt {TimeArgument.ToDisplay(window.End)}" : null;
        var request = CentralRequest.Get(PathTemplate)
            .WithPath("serial-number", serial)
            .WithQuery("filter", filter)
            .WithQuery("site-id", siteId)
            .WithQuery("site-name", siteName);
        var response = await _central.SendAsync(request, AccessPointDetailsJsonContext.Default.CpuTrendBody, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccess)
        {
            return CentralErrors.ToResult(Name, response.Error, notFound: ("AP", serial));
        }

        var samples = CpuSeries.Read(response.Value);
        var result = CreateResult(arguments, StatusToken.Cpu, "CPU of AP " + serial)
            .WithScope(new ResultScope
            {
                SerialNumber = serial,
                SiteId = siteId,
                SiteName = siteName,
                StartAt = window?.Start,
                EndAt = window?.End,
                Filter = filter,
                Extra = window is null ? ["window last 3 h (Central default)"] : [],
            });
        result.AddDeprecationNotice(response);
        result.Facts
            .Set(PointsFact, samples.Count)
            .Set(IntervalFact, response.Value.Graph?.SamplingIntervalInMinutes);
        if (samples.Count == 0)
        {
            result.AddFinding(new Finding(FindingLevel.Info, "NO_SAMPLES", "no CPU samples in the window") { PrintsCode = false });
            return result.Build();
        }

        var summary = CpuSeries.Summarize(samples);
        result.Facts
            .Set(CurrentFact, summary.Current)
            .Set(MeanFact, summary.Mean)
            .Set(MaxFact, summary.Max)
            .Set(MaxAtFact, summary.MaxAt)
            .Set(MinFact, summary.Min)
            .Set(ClassificationFact, summary.Classification.ToString().ToUpperInvariant())
            .Set(TrendFact, summary.Trend);
        result.AddSection("Summary",
        [
            new(StatusToken.Cpu, $"peak {ValueFormat.Percent(summary.Max)} at {ValueFormat.Time(summary.MaxAt)} · mean {ValueFormat.Percent(summary.Mean)} · minimum {ValueFormat.Percent(summary.Min)}"),
            new(StatusToken.Trend, $"{summary.Trend} over {samples.Count} points"),
        ]);
        foreach (var sample in samples.TakeLast(MaxSampleItems))
        {
            result.AddItem(Output.NewItem().Set(TimestampItem, sample.Timestamp).Set(CpuItem, sample.CpuPct));
        }

        summary.AddFindings(result);
        return result.Build();
    }
}
