using ArubaNoc.Tools.Framework;
using ArubaNoc.Tools.Switches;
using ArubaNoc.Tools.Tests.Framework;
using ArubaNoc.Tools.Tests.TestSupport;

namespace ArubaNoc.Tools.Tests.Switches;

public sealed class GetSwitchDetailsToolTests
{
    private const string CannedSerial = "SW0000000001";
    private const string CannedPath = "/network-monitoring/v1/switches/" + CannedSerial;

    private static string StandaloneSerial(SimulatedCentral central) =>
        central.Tenant.Devices.First(device => device.DeviceType == "SWITCH" && device.IsMonitored && device.StackId is null).SerialNumber;

    private static Task<ToolResult> CallCannedAsync(string detailJson) =>
        ToolCall.RunCannedAsync(environment => new GetSwitchDetailsTool(environment), $$"""{"serial": "{{CannedSerial}}"}""", (CannedPath, detailJson));

    private static string Detail(string fields) => "{\"serialNumber\":\"" + CannedSerial + "\",\"deviceName\":\"sw-1\",\"status\":\"ONLINE\"" + (fields.Length > 0 ? "," + fields : "") + "}";

    [Fact]
    public async Task GetSwitchDetails_Serial_SendsOneDetailRequestWithoutQuery()
    {
        using var central = SimulatedCentral.Create();
        var serial = StandaloneSerial(central);

        var result = await ToolCall.RunAsync(new GetSwitchDetailsTool(central.Environment), $$"""{"serial": "{{serial.ToLowerInvariant()}}"}""");

        Assert.False(result.IsError, result.Text);
        var request = Assert.Single(central.ApiRequests());
        Assert.Equal("GET", request.Method);
        Assert.Equal("/network-monitoring/v1/switches/" + serial.ToUpperInvariant(), request.Path);
        Assert.Empty(request.Query);
    }

    [Fact]
    public async Task GetSwitchDetails_StackId_SentLowerCaseAsPathSegment()
    {
        using var central = SimulatedCentral.Create();

        var result = await ToolCall.RunAsync(new GetSwitchDetailsTool(central.Environment), """{"serial_number": "01000C97-5F80E1C0"}""");

        Assert.False(result.IsError, result.Text);
        Assert.Equal("/network-monitoring/v1/switches/01000c97-5f80e1c0", central.ApiRequests().Single().Path);
        Assert.Contains("[STACK]", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetSwitchDetails_Success_ValidatesAgainstOutputSchema()
    {
        using var central = SimulatedCentral.Create();
        var tool = new GetSwitchDetailsTool(central.Environment);

        var result = await ToolCall.RunAsync(tool, $$"""{"serial": "{{StandaloneSerial(central)}}"}""");

        SchemaAssert.Validates(tool.Definition.OutputSchema!.Value, result.StructuredContent!.Value);
    }

    [Theory]
    [InlineData("SW/../devices")]
    [InlineData("SW%2F1")]
    [InlineData("Zürich1")]
    [InlineData("ABCDEFGHIJKLMNOPQR")]
    public async Task GetSwitchDetails_InvalidSerial_RejectedWithoutRequest(string serial)
    {
        using var central = SimulatedCentral.Create();

        var result = await ToolCall.RunAsync(new GetSwitchDetailsTool(central.Environment), $$"""{"serial": "{{serial}}"}""");

        Assert.True(result.IsError);
        Assert.StartsWith("[ERR] Invalid argument 'serial': must be a serial number (1-16 letters or digits) or a stack ID", result.Text, StringComparison.Ordinal);
        Assert.Empty(central.ApiRequests());
    }

    [Fact]
    public async Task GetSwitchDetails_UnknownSerial_NamesSwitchWithErrorCodeAndDebugId()
    {
        using var canned = new CannedCentral();

        var result = await ToolCall.RunAsync(new GetSwitchDetailsTool(canned.Environment), """{"serial": "ZZ404"}""");

        Assert.True(result.IsError);
        Assert.Equal($"[ERR] Switch 'ZZ404' not found (404 {CannedCentral.NotFoundCode}, debugId {CannedCentral.NotFoundDebugId})", result.Text);
        Assert.Equal("not_found", ResultReader.Error(result).GetProperty("kind").GetString());
    }

    [Fact]
    public async Task GetSwitchDetails_DeprecationHeaders_InfoDeprecatedEndpoint()
    {
        using var canned = new CannedCentral()
            .Serve(CannedPath, Detail(""))
            .WithHeader("Deprecation", "true")
            .WithHeader("Sunset", "Wed, 31 Dec 2026 23:59:59 GMT");

        var result = await ToolCall.RunAsync(new GetSwitchDetailsTool(canned.Environment), $$"""{"serial": "{{CannedSerial}}"}""");

        Assert.Contains("INFO DEPRECATED_ENDPOINT", ResultReader.Findings(result));
        Assert.Contains("Sunset: Wed, 31 Dec 2026 23:59:59 GMT", ResultReader.FindingMessage(result, "DEPRECATED_ENDPOINT"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetSwitchDetails_CpuAbove80_WarnsCpuHigh()
    {
        var result = await CallCannedAsync(Detail("\"switchTrends\":{\"cpuUtilization\":80.5,\"memoryUtilization\":80}"));

        Assert.Contains("WARN CPU_HIGH", ResultReader.Findings(result));
        Assert.DoesNotContain("WARN MEMORY_HIGH", ResultReader.Findings(result));
    }

    [Fact]
    public async Task GetSwitchDetails_MemoryAbove80_WarnsMemoryHigh()
    {
        var result = await CallCannedAsync(Detail("\"switchTrends\":{\"cpuUtilization\":\"12\",\"memoryUtilization\":\"81\"}"));

        Assert.Contains("WARN MEMORY_HIGH", ResultReader.Findings(result));
        Assert.DoesNotContain("WARN CPU_HIGH", ResultReader.Findings(result));
    }

    [Theory]
    [InlineData(370, 340, "CRIT POE_BUDGET")]
    [InlineData(370, 280, "WARN POE_BUDGET")]
    public async Task GetSwitchDetails_PoeUse_ReportsBudgetLevel(double available, double consumption, string expected)
    {
        var result = await CallCannedAsync(Detail($"\"switchTrends\":{{\"poeAvailable\":{available},\"poeConsumption\":{consumption}}}"));

        Assert.Contains(expected, ResultReader.Findings(result));
        Assert.Equal(consumption / available * 100, ResultReader.Fact(result, "poeUsedPct").GetDouble(), 6);
    }

    [Fact]
    public async Task GetSwitchDetails_PoeAt70Percent_NoFinding()
    {
        var result = await CallCannedAsync(Detail("\"switchTrends\":{\"poeAvailable\":100,\"poeConsumption\":70}"));

        Assert.DoesNotContain(ResultReader.Findings(result), finding => finding.EndsWith("POE_BUDGET", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetSwitchDetails_ZeroPoeBudget_UsedPercentIsNull()
    {
        var result = await CallCannedAsync(Detail("\"switchTrends\":{\"poeAvailable\":0,\"poeConsumption\":5}"));

        Assert.Equal(System.Text.Json.JsonValueKind.Null, ResultReader.Fact(result, "poeUsedPct").ValueKind);
    }

    [Fact]
    public async Task GetSwitchDetails_HealthPoor_CritListsReasons()
    {
        var result = await CallCannedAsync(Detail("\"health\":\"POOR\",\"healthReasons\":{\"poorReasons\":[\"High packet loss\",\"-\"],\"fairReasons\":{}}"));

        Assert.Contains("CRIT SWITCH_HEALTH_POOR", ResultReader.Findings(result));
        Assert.Equal("health is Poor: High packet loss", ResultReader.FindingMessage(result, "SWITCH_HEALTH_POOR"));
    }

    [Fact]
    public async Task GetSwitchDetails_HealthFair_Warns()
    {
        var result = await CallCannedAsync(Detail("\"health\":\"Fair\",\"healthReasons\":{\"fairReasons\":[\"Moderate latency\"]}"));

        Assert.Contains("WARN SWITCH_HEALTH_FAIR", ResultReader.Findings(result));
    }

    [Fact]
    public async Task GetSwitchDetails_Offline_CritSwitchOffline()
    {
        var result = await CallCannedAsync("{\"deviceName\":\"sw-1\",\"status\":\"Offline\"}");

        Assert.Contains("CRIT SWITCH_OFFLINE", ResultReader.Findings(result));
        Assert.Contains("[DN] status Offline", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetSwitchDetails_TrendArray_ReadsEntryOfThisSerial()
    {
        var trends = "\"switchTrends\":[{\"serialNumber\":\"OTHER1\",\"cpuUtilization\":99},{\"serialNumber\":\"" + CannedSerial + "\",\"cpuUtilization\":12.5}]";

        var result = await CallCannedAsync(Detail(trends));

        Assert.Equal(12.5, ResultReader.Fact(result, "cpuPct").GetDouble());
    }

    [Fact]
    public async Task GetSwitchDetails_AlphaTopLevelCpu_UsedWithoutTrends()
    {
        var result = await CallCannedAsync(Detail("\"cpuUtilization\":\"91\",\"uptime\":3600000"));

        Assert.Equal(91, ResultReader.Fact(result, "cpuPct").GetDouble());
        Assert.Equal(3_600_000, ResultReader.Fact(result, "uptimeMs").GetInt64());
    }

    [Fact]
    public async Task GetSwitchDetails_NullAndDashFields_PrintNaAndValidate()
    {
        var json = "{\"deviceName\":null,\"status\":\"-\",\"ipv4\":\"\",\"uptimeInMillis\":null,\"lastSeenAt\":null,\"switchRole\":\"-\",\"switchTrends\":null,\"healthReasons\":null}";

        var result = await CallCannedAsync(json);

        Assert.False(result.IsError, result.Text);
        Assert.Contains("- Uptime: n/a", result.Text, StringComparison.Ordinal);
        Assert.Contains("IPv4 n/a", result.Text, StringComparison.Ordinal);
    }
}
