using ArubaNoc.Tools.AccessPoints;
using ArubaNoc.Tools.Framework;
using ArubaNoc.Tools.Tests.Framework;
using ArubaNoc.Tools.Tests.TestSupport;

namespace ArubaNoc.Tools.Tests.AccessPoints;

public sealed class GetApRadiosToolTests
{
    private const string Serial = "AP0000000001";
    private const string Path = "/network-monitoring/v1/aps/" + Serial + "/radios";

    private static Task<ToolResult> CallCannedAsync(params string[] radios) =>
        ToolCall.RunCannedAsync(environment => new GetApRadiosTool(environment), $$"""{"serial": "{{Serial}}"}""",
            (Path, $$"""{"items": [{{string.Join(",", radios)}}], "count": {{radios.Length}}}"""));

    private static string Radio(int number, string band, string channel, string utilization = "20", string noise = "-95", int clients = 3, string status = "UP", int channelChanges = 0) =>
        $$"""{"radioNumber": {{number}}, "band": "{{band}}", "channel": "{{channel}}", "bandwidth": "20 MHz", "power": "13", "status": "{{status}}", "clientCount": {{clients}}, "channelUtilization": "{{utilization}}", "noiseFloor": "{{noise}}", "channelChangeCount": {{channelChanges}}}""";

    [Fact]
    public async Task GetApRadios_Serial_SendsOneRequest()
    {
        using var central = SimulatedCentral.Create();
        var serial = central.Tenant.Devices.First(device => device.DeviceType == "ACCESS_POINT" && device.IsMonitored).SerialNumber;
        var tool = new GetApRadiosTool(central.Environment);

        var result = await ToolCall.RunAsync(tool, $$"""{"serial_number": "{{serial}}"}""");

        Assert.False(result.IsError, result.Text);
        Assert.Equal($"/network-monitoring/v1/aps/{serial}/radios", central.ApiRequests().Single().Path);
        Assert.Empty(central.ApiRequests().Single().Query);
        SchemaAssert.Validates(tool.Definition.OutputSchema!.Value, result.StructuredContent!.Value);
    }

    [Fact]
    public async Task GetApRadios_InvalidSerial_RejectedWithoutRequest()
    {
        using var central = SimulatedCentral.Create();

        var result = await ToolCall.RunAsync(new GetApRadiosTool(central.Environment), """{"serial": "AP%2F1"}""");

        Assert.StartsWith("[ERR] Invalid argument 'serial': must be 1-16 letters or digits", result.Text, StringComparison.Ordinal);
        Assert.Empty(central.ApiRequests());
    }

    [Fact]
    public async Task GetApRadios_UnknownAp_NamesAp()
    {
        using var canned = new CannedCentral();

        var result = await ToolCall.RunAsync(new GetApRadiosTool(canned.Environment), """{"serial": "AP404"}""");

        Assert.Equal($"[ERR] AP 'AP404' not found (404 {CannedCentral.NotFoundCode}, debugId {CannedCentral.NotFoundDebugId})", result.Text);
    }

    [Theory]
    [InlineData("1", false)]
    [InlineData("6", false)]
    [InlineData("11", false)]
    [InlineData("3", true)]
    [InlineData("9+", true)]
    public async Task GetApRadios_24GhzChannel_WarnsOnlyOffStandard(string channel, bool warns)
    {
        var result = await CallCannedAsync(Radio(0, "2.4 GHz", channel));

        Assert.Equal(warns, ResultReader.Findings(result).Contains("WARN NON_STANDARD_CHANNEL"));
    }

    [Fact]
    public async Task GetApRadios_5GhzChannel36Plus_NoChannelWarning()
    {
        var result = await CallCannedAsync(Radio(1, "5 GHz", "36+"));

        Assert.DoesNotContain("WARN NON_STANDARD_CHANNEL", ResultReader.Findings(result));
    }

    [Theory]
    [InlineData("80", "CRIT CHANNEL_UTILIZATION_HIGH")]
    [InlineData("60", "WARN CHANNEL_UTILIZATION_HIGH")]
    public async Task GetApRadios_Utilization_LevelByThreshold(string utilization, string expected)
    {
        var result = await CallCannedAsync(Radio(1, "5 GHz", "36", utilization: utilization));

        Assert.Contains(expected, ResultReader.Findings(result));
    }

    [Fact]
    public async Task GetApRadios_Utilization59_NoFinding()
    {
        var result = await CallCannedAsync(Radio(1, "5 GHz", "36", utilization: "59.9"));

        Assert.DoesNotContain(ResultReader.Findings(result), finding => finding.EndsWith("CHANNEL_UTILIZATION_HIGH", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetApRadios_ClientsNoiseAndChurn_Warn()
    {
        var result = await CallCannedAsync(Radio(1, "5 GHz", "36", noise: "-84", clients: 31, channelChanges: 6));

        Assert.Contains("WARN CLIENTS_HIGH", ResultReader.Findings(result));
        Assert.Contains("WARN NOISE_HIGH", ResultReader.Findings(result));
        Assert.Contains("WARN CHANNEL_CHURN", ResultReader.Findings(result));
    }

    [Fact]
    public async Task GetApRadios_AtLimits_NoClientNoiseOrChurnFinding()
    {
        var result = await CallCannedAsync(Radio(1, "5 GHz", "36", noise: "-85", clients: 30, channelChanges: 5));

        Assert.Empty(ResultReader.Findings(result));
    }

    [Fact]
    public async Task GetApRadios_DownAndDisabled_WarnAndInfo()
    {
        var result = await CallCannedAsync(Radio(0, "2.4 GHz", "1", status: "DOWN"), Radio(1, "5 GHz", "36", status: "DISABLED"));

        Assert.Contains("WARN RADIO_DOWN", ResultReader.Findings(result));
        Assert.Contains("INFO RADIO_DISABLED", ResultReader.Findings(result));
        Assert.Equal(0, ResultReader.Fact(result, "up").GetInt64());
    }

    [Fact]
    public async Task GetApRadios_SameChannelSameBand_Info()
    {
        var result = await CallCannedAsync(Radio(1, "5 GHz", "36+"), Radio(2, "5 GHz", "36"));

        Assert.Contains("INFO SAME_CHANNEL", ResultReader.Findings(result));
    }

    [Fact]
    public async Task GetApRadios_SameChannelOtherBand_NoInfo()
    {
        var result = await CallCannedAsync(Radio(0, "2.4 GHz", "1"), Radio(2, "6 GHz", "1"));

        Assert.DoesNotContain("INFO SAME_CHANNEL", ResultReader.Findings(result));
    }

    [Fact]
    public async Task GetApRadios_MeanUtilizationOfUpRadiosAbove70_Info()
    {
        var result = await CallCannedAsync(Radio(0, "2.4 GHz", "1", utilization: "75"), Radio(1, "5 GHz", "36", utilization: "70"), Radio(2, "6 GHz", "5", utilization: "0", status: "DOWN"));

        Assert.Contains("INFO HIGH_MEAN_UTILIZATION", ResultReader.Findings(result));
        Assert.Equal(72.5, ResultReader.Fact(result, "meanUtilizationPct").GetDouble());
    }

    [Fact]
    public async Task GetApRadios_Row_ShowsRfFigures()
    {
        var result = await CallCannedAsync(Radio(1, "2.4 GHz", "6", utilization: "87", noise: "-50", clients: 4));

        Assert.Contains("[RADIO] r1 2.4 GHz ch 6 20 MHz 13 dBm · util 87.0 % · noise -50 dBm · clients 4 · [UP]", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetApRadios_NoItems_InfoNormalResult()
    {
        var result = await CallCannedAsync();

        Assert.False(result.IsError);
        Assert.Contains($"[INFO] no radio information for AP '{Serial}'", result.Text, StringComparison.Ordinal);
    }
}
