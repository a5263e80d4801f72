using ArubaNoc.Simulator.Faults;
using ArubaNoc.Tools.Framework;
using ArubaNoc.Tools.Tests.TestSupport;
using ArubaNoc.Tools.Tests.Troubleshooting;

namespace ArubaNoc.Tools.Tests.Security;

public sealed class ListIdpsThreatsToolTests : IDisposable
{
    private const string ThreatsPath = "/network-monitoring/v1alpha1/threats";

    private readonly SimulatedCentral _central = SimulatedCentral.Create();

    public void Dispose() => _central.Dispose();

    private Task<ToolResult> CallAsync(string json) => ToolCalls.Start(_central.Tool("list_idps_threats"), json);

    [Fact]
    public async Task Default_SendsEpochMillisecondWindow()
    {
        await CallAsync("{}");

        var request = Assert.Single(_central.ApiRequests());
        var now = _central.Time.GetUtcNow();
        Assert.Equal(ThreatsPath, request.Path);
        Assert.Equal(["start-time", "end-time", "limit", "offset"], request.QueryKeys());
        Assert.Equal(now.AddDays(-7).ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture), request.QueryValue("start-time"));
        Assert.Equal(now.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture), request.QueryValue("end-time"));
    }

    [Fact]
    public async Task Rfc3339Start_ConvertedToEpochMilliseconds()
    {
        var start = _central.Time.GetUtcNow().AddDays(-1);

        await CallAsync($$"""{"start_time": "{{TimeArgument.ToWire(start)}}"}""");

        Assert.Equal(start.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture), _central.ApiRequests().Single().QueryValue("start-time"));
    }

    [Fact]
    public async Task NotFound_ReportsUnavailable()
    {
        _central.Handler.Faults.Arm(FaultScript.NotFound(), ThreatsPath);

        var result = await CallAsync("{}");

        Assert.False(result.IsError);
        Assert.False(result.Facts().GetProperty("available").GetBoolean());
        Assert.Contains("[INFO] IDPS threats are not available on this tenant: Central answered 404 for /network-monitoring/v1alpha1/threats; v1 has no replacement.", result.Text, StringComparison.Ordinal);
        ToolCalls.AssertMatchesOutputSchema(_central.Tool("list_idps_threats"), result);
    }

    [Fact]
    public async Task Threats_SignatureReadFromOlderNameToo()
    {
        var result = await CallAsync("{}");

        Assert.All(result.Items(), item => Assert.False(string.IsNullOrEmpty(item.GetProperty("signatureName").GetString())));
    }

    [Fact]
    public async Task BlockRate_DividesByMatchedThreats()
    {
        var facts = (await CallAsync("""{"severity": "medium"}""")).Facts();

        var matched = facts.GetProperty("matched").GetInt64();
        Assert.Equal(facts.GetProperty("blocked").GetInt64() * 100.0 / matched, facts.GetProperty("blockRatePct").GetDouble(), 6);
    }

    [Fact]
    public async Task Severity_AppliedLocallyNotSent()
    {
        var result = await CallAsync("""{"severity": "CRITICAL"}""");

        Assert.All(result.Items(), item => Assert.Equal("CRITICAL", item.GetProperty("severity").GetString()));
        Assert.DoesNotContain("severity", _central.ApiRequests().Single().QueryKeys());
    }

    [Fact]
    public async Task Result_ReportsAlphaApiAndDeprecation()
    {
        var result = await CallAsync("{}");

        Assert.Equal("v1alpha1", result.StructuredContent!.Value.GetProperty("api").GetString());
        Assert.Contains("DEPRECATED_ENDPOINT", result.FindingCodes());
        ToolCalls.AssertMatchesOutputSchema(_central.Tool("list_idps_threats"), result);
    }
}
