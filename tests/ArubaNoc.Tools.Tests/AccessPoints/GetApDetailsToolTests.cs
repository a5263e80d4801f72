using ArubaNoc.Tools.AccessPoints;
using ArubaNoc.Tools.Framework;
using ArubaNoc.Tools.Tests.Framework;
using ArubaNoc.Tools.Tests.TestSupport;

namespace ArubaNoc.Tools.Tests.AccessPoints;

public sealed class GetApDetailsToolTests
{
    private const string Serial = "AP0000000001";
    private const string Path = "/network-monitoring/v1/aps/" + Serial;

    private static Task<ToolResult> CallCannedAsync(string fields) =>
        ToolCall.RunCannedAsync(environment => new GetApDetailsTool(environment), $$"""{"serial_number": "{{Serial}}"}""",
            (Path, "{\"serialNumber\": \"" + Serial + "\", \"deviceName\": \"ap-1\", \"status\": \"ONLINE\"" + (fields.Length > 0 ? ", " + fields : "") + "}"));

    private static string Radio(int number, string band, string status = "UP", double utilization = 20) =>
        "{\"radioNumber\": " + number + ", \"band\": \"" + band + "\", \"channel\": 36, \"bandwidth\": \"80 MHz\", \"power\": \"18\", \"status\": \"" + status
        + "\", \"radioStats\": {\"channelUtilization\": " + utilization.ToString(System.Globalization.CultureInfo.InvariantCulture) + ", \"noiseFloor\": -95}}";

    [Fact]
    public async Task GetApDetails_Serial_SendsOneUpperCaseRequest()
    {
        using var central = SimulatedCentral.Create();
        var serial = central.Tenant.Devices.First(device => device.DeviceType == "ACCESS_POINT" && device.IsMonitored).SerialNumber;
        var tool = new GetApDetailsTool(central.Environment);

        var result = await ToolCall.RunAsync(tool, $$"""{"serial": "{{serial.ToLowerInvariant()}}"}""");

        Assert.False(result.IsError, result.Text);
        var request = central.ApiRequests().Single();
        Assert.Equal("/network-monitoring/v1/aps/" + serial.ToUpperInvariant(), request.Path);
        Assert.Empty(request.Query);
        SchemaAssert.Validates(tool.Definition.OutputSchema!.Value, result.StructuredContent!.Value);
    }

    [Fact]
    public async Task GetApDetails_BothSpellingsDiffer_RejectedWithoutRequest()
    {
        using var central = SimulatedCentral.Create();

        var result = await ToolCall.RunAsync(new GetApDetailsTool(central.Environment), """{"serial": "AP1", "serial_number": "AP2"}""");

        Assert.True(result.IsError);
        Assert.Empty(central.ApiRequests());
    }

    [Theory]
    [InlineData("AP/1")]
    [InlineData("..")]
    [InlineData("AP 1")]
    [InlineData("APÄ1")]
    public async Task GetApDetails_InvalidSerial_RejectedNamingRule(string serial)
    {
        using var central = SimulatedCentral.Create();

        var result = await ToolCall.RunAsync(new GetApDetailsTool(central.Environment), $$"""{"serial_number": "{{serial}}"}""");

        Assert.StartsWith("[ERR] Invalid argument 'serial_number': must be 1-16 letters or digits", result.Text, StringComparison.Ordinal);
        Assert.Empty(central.ApiRequests());
    }

    [Fact]
    public async Task GetApDetails_UnknownAp_NamesAp()
    {
        using var canned = new CannedCentral();

        var result = await ToolCall.RunAsync(new GetApDetailsTool(canned.Environment), """{"serial_number": "AP404"}""");

        Assert.Equal($"[ERR] AP 'AP404' not found (404 {CannedCentral.NotFoundCode}, debugId {CannedCentral.NotFoundDebugId})", result.Text);
    }

    [Fact]
    public async Task GetApDetails_HighLoadAndClients_Warn()
    {
        var result = await CallCannedAsync("\"apStats\": {\"clientCount\": 51, \"cpuUtilization\": 80.1, \"memoryUtilization\": \"85\"}");

        Assert.Contains("WARN CPU_HIGH", ResultReader.Findings(result));
        Assert.Contains("WARN MEMORY_HIGH", ResultReader.Findings(result));
        Assert.Contains("WARN CLIENTS_HIGH", ResultReader.Findings(result));
    }

    [Fact]
    public async Task GetApDetails_AtThresholds_NoLoadFindings()
    {
        var result = await CallCannedAsync("\"apStats\": {\"clientCount\": 50, \"cpuUtilization\": 80, \"memoryUtilization\": 80}");

        Assert.Empty(ResultReader.Findings(result));
    }

    [Fact]
    public async Task GetApDetails_AlphaTopLevelStats_Read()
    {
        var result = await CallCannedAsync("\"clientCount\": 7, \"cpuUtilization\": 12, \"softwareVersion\": \"8.10.0.1\"");

        Assert.Equal(7, ResultReader.Fact(result, "clients").GetInt64());
        Assert.Equal("8.10.0.1", ResultReader.Fact(result, "firmwareVersion").GetString());
    }

    [Fact]
    public async Task GetApDetails_Offline_CritApOffline()
    {
        var result = await ToolCall.RunCannedAsync(environment => new GetApDetailsTool(environment), $$"""{"serial_number": "{{Serial}}"}""", (Path, """{"status": "OFFLINE", "apStats": null}"""));

        Assert.Contains("CRIT AP_OFFLINE", ResultReader.Findings(result));
    }

    [Fact]
    public async Task GetApDetails_RadioStates_DownWarnsDisabledInfo()
    {
        var result = await CallCannedAsync($"\"radios\": [{Radio(0, "2.4 GHz", "DOWN")}, {Radio(1, "5 GHz", "DISABLED")}, {Radio(2, "6 GHz")}]");

        Assert.Contains("WARN RADIO_DOWN", ResultReader.Findings(result));
        Assert.Contains("INFO RADIO_DISABLED", ResultReader.Findings(result));
        Assert.Equal(1, ResultReader.Fact(result, "radiosUp").GetInt64());
        Assert.Equal(3, ResultReader.Fact(result, "radios").GetInt64());
    }

    [Fact]
    public async Task GetApDetails_SixGhzRadio_PrintedWithNumericChannel()
    {
        var result = await CallCannedAsync($"\"radios\": [{Radio(2, "6 GHz")}]");

        Assert.Contains("[RADIO] r2 6 GHz ch 36 80 MHz 18 dBm util 20.0 % noise -95 dBm [UP]", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetApDetails_ChannelUtilization80_Warns()
    {
        var result = await CallCannedAsync($"\"radios\": [{Radio(1, "5 GHz", utilization: 80)}]");

        Assert.Contains("WARN CHANNEL_UTILIZATION_HIGH", ResultReader.Findings(result));
    }

    [Fact]
    public async Task GetApDetails_UplinkPortDown_Warns()
    {
        var result = await CallCannedAsync("\"ports\": [{\"name\": \"eth0\", \"portStatus\": \"DOWN\", \"isUplink\": true}, {\"name\": \"eth1\", \"portStatus\": \"DOWN\", \"isUplink\": false}]");

        Assert.Equal("uplink port eth0 is DOWN", ResultReader.FindingMessage(result, "UPLINK_PORT_DOWN"));
        Assert.Single(ResultReader.Findings(result), finding => finding == "WARN UPLINK_PORT_DOWN");
    }

    [Fact]
    public async Task GetApDetails_ModemIdentifiers_NeverReturned()
    {
        var result = await CallCannedAsync("\"modem\": {\"imei\": \"869710031619392\", \"imsi\": \"405861081571487\", \"iccid\": \"89918610400322214587\"}");

        Assert.DoesNotContain("869710031619392", result.Text + result.StructuredContent!.Value.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("89918610400322214587", result.Text + result.StructuredContent!.Value.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetApDetails_WlansCappedAtTen()
    {
        var wlans = string.Join(",", Enumerable.Range(1, 12).Select(i => $"{{\"wlanName\": \"wlan-{i}\", \"securityLevel\": \"Personal\", \"status\": \"ENABLED\"}}"));

        var result = await CallCannedAsync($"\"wlans\": [{wlans}]");

        Assert.Contains("[WIFI] wlan-10 · Personal · ENABLED", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("wlan-11", result.Text, StringComparison.Ordinal);
        Assert.Contains("... and 2 more", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetApDetails_DashAndNullFields_PrintNa()
    {
        var result = await CallCannedAsync("\"role\": \"-\", \"ipv4\": \"\", \"uptimeInMillis\": null, \"lastSeenAt\": null, \"radios\": null, \"ports\": null");

        Assert.Contains("- Uptime: n/a", result.Text, StringComparison.Ordinal);
        Assert.Contains("IPv4 n/a", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(" · -", result.Text, StringComparison.Ordinal);
    }
}
