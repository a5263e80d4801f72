using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using ArubaNoc.Simulator.Tenant;
using ArubaNoc.Simulator.Tests.TestSupport;

namespace ArubaNoc.Simulator.Tests.Troubleshooting;

public sealed class AsyncTestTests
{
    private const string T = "/network-troubleshooting/v1";

    [Fact]
    public async Task Ping_MovesFromInitiatedThroughRunningToCompleted()
    {
        using var harness = new SimulatorHarness();
        var location = await StartAsync(harness, "aps", OnlineAp(harness), "ping", """{"destination":"8.8.8.8","count":4}""");

        var initiated = await PollAsync(harness, location);
        harness.Time.Advance(TimeSpan.FromSeconds(3));
        var running = await PollAsync(harness, location);
        harness.Time.Advance(TimeSpan.FromSeconds(7));
        var completed = await PollAsync(harness, location);

        Assert.Equal("INITIATED", initiated["status"]!.GetValue<string>());
        Assert.Equal("RUNNING", running["status"]!.GetValue<string>());
        Assert.Null(running["output"]);
        Assert.Equal("COMPLETED", completed["status"]!.GetValue<string>());
        Assert.Equal(100, completed["progressPercent"]!.GetValue<int>());
        Assert.Equal("4", completed["output"]!["transmittedPacketsCount"]!.GetValue<string>());
        Assert.Equal(JsonValueKind.String, completed["output"]!["averageRoundTripTimeMilliseconds"]!.GetValueKind());
        Assert.Contains("COMMAND=ping 8.8.8.8", completed["rawOutput"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_Returns202WithLocation()
    {
        using var harness = new SimulatorHarness();
        var serial = OnlineAp(harness);

        var (status, body) = await harness.PostJsonAsync($"{T}/aps/{serial}/ping", """{"destination":"8.8.8.8"}""");

        Assert.Equal(HttpStatusCode.Accepted, status);
        Assert.Equal("INITIATED", body!["status"]!.GetValue<string>());
        Assert.Matches($"^{T}/aps/{serial}/ping/async-operations/[0-9a-f-]{{36}}$", body["location"]!.GetValue<string>());
        Assert.NotNull(body["startTime"]);
    }

    [Fact]
    public async Task TestNetDestination_Fails()
    {
        using var harness = new SimulatorHarness();
        var gateway = harness.Handler.Tenant.Devices.First(d => d.DeviceType == "GATEWAY" && d.IsOnline).SerialNumber;
        var location = await StartAsync(harness, "gateways", gateway, "ping", """{"destination":"192.0.2.9"}""");

        harness.Time.Advance(TimeSpan.FromMinutes(1));
        var result = await PollAsync(harness, location);

        Assert.Equal("FAILED", result["status"]!.GetValue<string>());
        Assert.Equal("Request timed out", result["failReason"]!.GetValue<string>());
    }

    [Fact]
    public async Task InvalidName_CompletesWithFailReason()
    {
        using var harness = new SimulatorHarness();
        var location = await StartAsync(harness, "aps", OnlineAp(harness), "ping", """{"destination":"nowhere.invalid"}""");

        harness.Time.Advance(TimeSpan.FromMinutes(1));
        var result = await PollAsync(harness, location);

        Assert.Equal("COMPLETED", result["status"]!.GetValue<string>());
        Assert.Equal("Destination not resolved", result["failReason"]!.GetValue<string>());
        Assert.Null(result["output"]);
    }

    [Fact]
    public async Task Traceroute_ReturnsHopsWithStringTimes()
    {
        using var harness = new SimulatorHarness();
        var location = await StartAsync(harness, "aps", OnlineAp(harness), "traceroute", """{"destination":"example.com"}""");

        harness.Time.Advance(TimeSpan.FromSeconds(39));
        var running = await PollAsync(harness, location);
        harness.Time.Advance(TimeSpan.FromSeconds(1));
        var done = await PollAsync(harness, location);

        Assert.Equal("RUNNING", running["status"]!.GetValue<string>());
        Assert.Equal("COMPLETED", done["status"]!.GetValue<string>());
        var hops = done["output"]!["hops"]!.AsArray();
        Assert.True(hops.Count >= 4);
        Assert.EndsWith(" ms", hops[0]!["probes"]![0]!["responseTimeMilliseconds"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExpiredTask_Is404TaskNotFound()
    {
        using var harness = new SimulatorHarness();
        var location = await StartAsync(harness, "aps", OnlineAp(harness), "ping", """{"destination":"8.8.8.8"}""");

        harness.Time.Advance(TimeSpan.FromMinutes(16));
        var (status, body, _) = await harness.GetAsync(location);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("HPE_GRAVITY_TASK_NOT_FOUND", body!["errorCode"]!.GetValue<string>());
        Assert.NotNull(body["message"]);
    }

    [Fact]
    public async Task ExampleTask_IsCompletedAndNeverExpires()
    {
        using var harness = new SimulatorHarness();
        var handle = harness.Handler.Tenant.ExampleTaskHandle!;

        harness.Time.Advance(TimeSpan.FromDays(3));
        harness.Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", harness.Handler.IssueToken());
        var result = await PollAsync(harness, handle);

        Assert.Equal("COMPLETED", result["status"]!.GetValue<string>());
        Assert.Equal("5", result["output"]!["transmittedPacketsCount"]!.GetValue<string>());
    }

    [Fact]
    public void ExampleTaskHandle_DefaultTenant_MatchesDocumentedValue()
    {
        // docs/tools.md, the simulator README and the CI's inspector calls print this handle.
        Assert.Equal(
            "/network-troubleshooting/v1/aps/CNNF000325/ping/async-operations/00000000-0000-4000-8000-00000000e001",
            SimulatedTenant.CreateDefault().ExampleTaskHandle);
    }

    [Fact]
    public void ExampleTaskHandle_TenantWithoutOnlineAp_IsNull()
    {
        var tenant = SimulatedTenant.CreateBuilder().AddSite("1", "Empty").Build();

        Assert.Null(tenant.ExampleTaskHandle);
    }

    [Fact]
    public async Task OfflineDevice_Is409()
    {
        using var harness = new SimulatorHarness();
        var offline = harness.Handler.Tenant.Devices.First(d => d.DeviceType == "ACCESS_POINT" && !d.IsOnline && d.IsMonitored).SerialNumber;

        var (status, body) = await harness.PostJsonAsync($"{T}/aps/{offline}/ping", """{"destination":"8.8.8.8"}""");

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Equal("HPE_GRAVITY_DEVICE_OFFLINE", body!["errorCode"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("""{"target":"8.8.8.8"}""", "Unknown field in request body: target")]
    [InlineData("""{"count":3}""", "Missing required field: destination")]
    [InlineData("""{"destination":"8.8.8.8","packetSize":5}""", "Invalid value for packetSize: must be an integer between 10 and 2000")]
    [InlineData("not json", "The request body must be a JSON object")]
    public async Task BadBody_Is400(string json, string message)
    {
        using var harness = new SimulatorHarness();

        var (status, body) = await harness.PostJsonAsync($"{T}/aps/{OnlineAp(harness)}/ping", json);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(message, body!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task ListTasks_ShowsStartedTests()
    {
        using var harness = new SimulatorHarness();
        var serial = OnlineAp(harness);
        var ping = await StartAsync(harness, "aps", serial, "ping", """{"destination":"8.8.8.8"}""");
        var trace = await StartAsync(harness, "aps", serial, "traceroute", """{"destination":"8.8.8.8"}""");

        var (_, body, _) = await harness.GetAsync($"{T}/aps/{serial}/list-tasks");

        var locations = body!.AsArray().SelectMany(t => t!["locations"]!.AsArray().Select(l => l!.GetValue<string>())).ToList();
        Assert.Equal([ping, trace], locations);
    }

    [Fact]
    public async Task TaskIds_AreReproducible()
    {
        async Task<string> FirstLocationAsync()
        {
            using var harness = new SimulatorHarness();
            return await StartAsync(harness, "aps", OnlineAp(harness), "ping", """{"destination":"8.8.8.8"}""");
        }

        Assert.Equal(await FirstLocationAsync(), await FirstLocationAsync());
    }

    private static string OnlineAp(SimulatorHarness harness) =>
        harness.Handler.Tenant.Devices.First(d => d.DeviceType == "ACCESS_POINT" && d.IsOnline).SerialNumber;

    private static async Task<string> StartAsync(SimulatorHarness harness, string deviceType, string serial, string test, string json)
    {
        var (status, body) = await harness.PostJsonAsync($"{T}/{deviceType}/{serial}/{test}", json);
        Assert.Equal(HttpStatusCode.Accepted, status);
        return body!["location"]!.GetValue<string>();
    }

    private static async Task<JsonNode> PollAsync(SimulatorHarness harness, string location)
    {
        var (status, body, _) = await harness.GetAsync(location);
        Assert.Equal(HttpStatusCode.OK, status);
        return body!;
    }
}
