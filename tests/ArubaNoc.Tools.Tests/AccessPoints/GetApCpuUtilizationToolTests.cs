using System.Globalization;
using ArubaNoc.Tools.AccessPoints;
using ArubaNoc.Tools.Framework;
using ArubaNoc.Tools.Tests.Framework;
using ArubaNoc.Tools.Tests.TestSupport;

namespace ArubaNoc.Tools.Tests.AccessPoints;

public sealed class GetApCpuUtilizationToolTests
{
    private const string Serial = "AP0000000001";
    private const string Path = "/network-monitoring/v1/aps/" + Serial + "/cpu-utilization-trends";

    private static Task<ToolResult> CallCannedAsync(params double?[] values)
    {
        var start = new DateTimeOffset(2026, 7, 1, 9, 0, 0, TimeSpan.Zero);
        var samples = values.Select((value, i) => $$"""{"timestamp": "{{start.AddMinutes(5 * i):yyyy-MM-ddTHH:mm:ssZ}}", "data": [{{(value is null ? "null" : value.Value.ToString(CultureInfo.InvariantCulture))}}]}""");
        var body = $$"""{"graph": {"keys": ["cpu_utilization"], "samples": [{{string.Join(",", samples)}}], "samplingIntervalInMinutes": 5}, "metric": "cpu_utilization"}""";
        return ToolCall.RunCannedAsync(environment => new GetApCpuUtilizationTool(environment), $$"""{"serial": "{{Serial}}"}""", (Path, body));
    }

    private static string ApSerial(SimulatedCentral central) =>
        central.Tenant.Devices.First(device => device.DeviceType == "ACCESS_POINT" && device.IsMonitored && device.IsOnline).SerialNumber;

    [Fact]
    public async Task GetApCpu_NoWindow_SendsNoFilter()
    {
        using var central = SimulatedCentral.Create();
        var tool = new GetApCpuUtilizationTool(central.Environment);

        var result = await ToolCall.RunAsync(tool, $$"""{"serial_number": "{{ApSerial(central)}}"}""");

        Assert.False(result.IsError, result.Text);
        Assert.Empty(central.ApiRequests().Single().Query);
        SchemaAssert.Validates(tool.Definition.OutputSchema!.Value, result.StructuredContent!.Value);
    }

    [Fact]
    public async Task GetApCpu_FullWindowAndSite_SendsServerBuiltFilter()
    {
        using var central = SimulatedCentral.Create();
        var serial = ApSerial(central);

        await ToolCall.RunAsync(new GetApCpuUtilizationTool(central.Environment),
            $$"""{"serial": "{{serial}}", "start_time": "2026-07-01T10:00:00+02:00", "end_time": "2026-07-01T11:30:00Z", "site_id": "2778382", "site_name": "HQ Campus"}""");

        var request = central.ApiRequests().Single();
        Assert.Equal($"/network-monitoring/v1/aps/{serial}/cpu-utilization-trends", request.Path);
        Assert.Equal(["filter", "site-id", "site-name"], request.QueryKeys());
        Assert.Equal("timestamp gt 2026-07-01T08:00:00Z and timestamp lt 2026-07-01T11:30:00Z", request.QueryValue("filter"));
    }

    [Fact]
    public async Task GetApCpu_OnlyEnd_StartsThreeHoursEarlier()
    {
        using var central = SimulatedCentral.Create();

        await ToolCall.RunAsync(new GetApCpuUtilizationTool(central.Environment), $$"""{"serial": "{{ApSerial(central)}}", "end_time": "2026-07-01T11:00:00Z"}""");

        Assert.Equal("timestamp gt 2026-07-01T08:00:00Z and timestamp lt 2026-07-01T11:00:00Z", central.ApiRequests().Single().QueryValue("filter"));
    }

    [Fact]
    public async Task GetApCpu_OnlyStart_EndsNow()
    {
        using var central = SimulatedCentral.Create();

        await ToolCall.RunAsync(new GetApCpuUtilizationTool(central.Environment), $$"""{"serial": "{{ApSerial(central)}}", "start_time": "2026-07-01T11:00:00Z"}""");

        Assert.Equal("timestamp gt 2026-07-01T11:00:00Z and timestamp lt 2026-07-01T12:00:00Z", central.ApiRequests().Single().QueryValue("filter"));
    }

    [Fact]
    public async Task GetApCpu_StartAfterEnd_RejectedWithoutRequest()
    {
        using var central = SimulatedCentral.Create();

        var result = await ToolCall.RunAsync(new GetApCpuUtilizationTool(central.Environment),
            $$"""{"serial": "{{ApSerial(central)}}", "start_time": "2026-07-01T11:00:00Z", "end_time": "2026-07-01T10:00:00Z"}""");

        Assert.StartsWith("[ERR] Invalid argument 'start_time': must be earlier than end_time", result.Text, StringComparison.Ordinal);
        Assert.Empty(central.ApiRequests());
    }

    [Fact]
    public async Task GetApCpu_Interval_IgnoredWithNotice()
    {
        using var central = SimulatedCentral.Create();

        var result = await ToolCall.RunAsync(new GetApCpuUtilizationTool(central.Environment), $$"""{"serial": "{{ApSerial(central)}}", "interval": "5min"}""");

        Assert.Contains("INFO ARG_IGNORED", ResultReader.Findings(result));
        Assert.Empty(central.ApiRequests().Single().Query);
    }

    [Fact]
    public async Task GetApCpu_UnknownAp_NamesAp()
    {
        using var canned = new CannedCentral();

        var result = await ToolCall.RunAsync(new GetApCpuUtilizationTool(canned.Environment), """{"serial": "AP404"}""");

        Assert.Equal($"[ERR] AP 'AP404' not found (404 {CannedCentral.NotFoundCode}, debugId {CannedCentral.NotFoundDebugId})", result.Text);
    }

    [Fact]
    public async Task GetApCpu_Samples_ComputesStatisticsSkippingNulls()
    {
        var result = await CallCannedAsync(10, null, 30, 20);

        Assert.Equal(3, ResultReader.Fact(result, "points").GetInt64());
        Assert.Equal(20, ResultReader.Fact(result, "meanPct").GetDouble());
        Assert.Equal(30, ResultReader.Fact(result, "maxPct").GetDouble());
        Assert.Equal("2026-07-01T09:10:00Z", ResultReader.Fact(result, "maxAt").GetString());
        Assert.Equal(10, ResultReader.Fact(result, "minPct").GetDouble());
        Assert.Equal(20, ResultReader.Fact(result, "currentPct").GetDouble());
    }

    [Theory]
    [InlineData(new double[] { 10, 90 }, "CRIT", "CRIT CPU_CRITICAL")]
    [InlineData(new double[] { 10, 80 }, "WARN", "WARN CPU_HIGH")]
    [InlineData(new double[] { 70, 70 }, "WARN", "WARN CPU_ELEVATED")]
    [InlineData(new double[] { 60, 79 }, "OK", "OK CPU_OK")]
    public async Task GetApCpu_Classification_ByPeakThenMean(double[] values, string classification, string finding)
    {
        var result = await CallCannedAsync([.. values.Select(value => (double?)value)]);

        Assert.Equal(classification, ResultReader.Fact(result, "classification").GetString());
        Assert.Contains(finding, ResultReader.Findings(result));
    }

    [Fact]
    public async Task GetApCpu_PeakAt80_AddsRecommendation()
    {
        var result = await CallCannedAsync(10, 80);

        Assert.Contains("INFO CPU_RECOMMENDATION", ResultReader.Findings(result));
    }

    [Theory]
    [InlineData(new double[] { 10, 10, 10, 10, 10, 13, 13, 13, 13, 13 }, "Increasing")]
    [InlineData(new double[] { 10, 10, 10, 10, 10, 7, 7, 7, 7, 7 }, "Decreasing")]
    [InlineData(new double[] { 10, 10, 10, 10, 10, 11, 11, 11, 11, 11 }, "Stable")]
    [InlineData(new double[] { 0, 0, 0, 0, 0, 1, 1, 1, 1, 1 }, "Increasing")]
    [InlineData(new double[] { 0, 0, 0, 0, 0, 0 }, "Stable")]
    public async Task GetApCpu_Trend_ComparesFirstAndLastFive(double[] values, string trend)
    {
        var result = await CallCannedAsync([.. values.Select(value => (double?)value)]);

        Assert.Equal(trend, ResultReader.Fact(result, "trend").GetString());
    }

    [Fact]
    public async Task GetApCpu_FourPoints_NoTrend()
    {
        var result = await CallCannedAsync(1, 2, 3, 4);

        Assert.Equal(System.Text.Json.JsonValueKind.Null, ResultReader.Fact(result, "trend").ValueKind);
    }

    [Fact]
    public async Task GetApCpu_NoSamples_InfoNormalResult()
    {
        var result = await CallCannedAsync();

        Assert.False(result.IsError);
        Assert.Contains("[INFO] no CPU samples in the window", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetApCpu_KeyNotFirst_ReadsCpuIndex()
    {
        var body = """{"graph": {"keys": ["memory", "cpu_utilization"], "samples": [{"timestamp": "2026-07-01T09:00:00Z", "data": ["55", "42.5"]}], "samplingIntervalInMinutes": 5}}""";

        var result = await ToolCall.RunCannedAsync(environment => new GetApCpuUtilizationTool(environment), $$"""{"serial": "{{Serial}}"}""", (Path, body));

        Assert.Equal(42.5, ResultReader.Fact(result, "currentPct").GetDouble());
    }

    [Fact]
    public async Task GetApCpu_AlphaTrends_Read()
    {
        var body = """{"trends": [{"timestamp": "2026-07-01T09:00:00Z", "cpuUtilization": "33"}]}""";

        var result = await ToolCall.RunCannedAsync(environment => new GetApCpuUtilizationTool(environment), $$"""{"serial": "{{Serial}}"}""", (Path, body));

        Assert.Equal(33, ResultReader.Fact(result, "maxPct").GetDouble());
    }
}
