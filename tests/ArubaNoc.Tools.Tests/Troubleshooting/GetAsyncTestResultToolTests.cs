using ArubaNoc.Simulator.Faults;
using ArubaNoc.Tools.Framework;
using ArubaNoc.Tools.Tests.TestSupport;

namespace ArubaNoc.Tools.Tests.Troubleshooting;

public sealed class GetAsyncTestResultToolTests : IDisposable
{
    private const string PollRoute = "/network-troubleshooting/v1/aps/{serial-number}/ping/async-operations/{task-id}";

    private readonly SimulatedCentral _central = SimulatedCentral.Create();

    private string OnlineAp => _central.Tenant.Devices.First(d => d.DeviceType == "ACCESS_POINT" && d.IsOnline && d.IsMonitored).SerialNumber;

    private INocTool ResultTool => _central.Tool("get_async_test_result");

    public void Dispose() => _central.Dispose();

    private async Task<string> StartAsync(string tool, string target)
    {
        var start = await ToolCalls.Start(_central.Tool(tool), $$"""{"serial": "{{OnlineAp}}", "target": "{{target}}"}""");
        return start.Facts().GetProperty("taskHandle").GetString()!;
    }

    private Task<ToolResult> WaitAsync(string handle, int seconds, ToolCallContext? context = null) =>
        ToolCalls.Start(ResultTool, $$"""{"task_handle": "{{handle}}", "wait_seconds": {{seconds}}}""", context);

    [Fact]
    public async Task Ping_EndToEnd_ParsesStringNumbers()
    {
        var handle = await StartAsync("ping_from_ap", "8.8.8.8");

        var facts = (await _central.DriveClockAsync(WaitAsync(handle, 20))).Facts();

        Assert.Equal("COMPLETED", facts.GetProperty("status").GetString());
        Assert.Equal(5, facts.GetProperty("sent").GetInt64());
        Assert.Equal(5, facts.GetProperty("received").GetInt64());
        Assert.Equal(0, facts.GetProperty("lossPct").GetDouble());
        Assert.True(facts.GetProperty("avgMs").GetDouble() > 0);
        Assert.Equal("8.8.8.8", facts.GetProperty("resolvedIp").GetString());
    }

    [Fact]
    public async Task Ping_EndToEnd_ListsRepliesAsItems()
    {
        var handle = await StartAsync("ping_from_ap", "8.8.8.8");

        var result = await _central.DriveClockAsync(WaitAsync(handle, 20));

        Assert.Equal([0L, 1, 2, 3, 4], result.Items().Select(item => item.GetProperty("seq").GetInt64()));
        ToolCalls.AssertMatchesOutputSchema(ResultTool, result);
    }

    [Fact]
    public async Task Ping_Poll_SendsExactRequest()
    {
        var handle = await StartAsync("ping_from_ap", "8.8.8.8");

        await ToolCalls.Start(ResultTool, $$"""{"task_handle": "{{handle}}"}""");

        var poll = _central.ApiRequests()[^1];
        Assert.Equal("GET", poll.Method);
        Assert.Equal(handle, poll.Path);
        Assert.Empty(poll.Query);
    }

    [Fact]
    public async Task Ping_NoWait_ReportsStillRunning()
    {
        var handle = await StartAsync("ping_from_ap", "8.8.8.8");

        var result = await ToolCalls.Start(ResultTool, $$"""{"task_handle": "{{handle}}"}""");

        Assert.False(result.Facts().GetProperty("done").GetBoolean());
        Assert.StartsWith("[ASYNC] Test running", result.Text, StringComparison.Ordinal);
        Assert.Contains("[ASYNC] still running", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ping_Failed_ReportsReason()
    {
        var handle = await StartAsync("ping_from_ap", "192.0.2.7");

        var result = await _central.DriveClockAsync(WaitAsync(handle, 20));

        Assert.Equal("FAILED", result.Facts().GetProperty("status").GetString());
        Assert.Contains("[CRIT] TEST_FAILED: Request timed out", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ping_CompletedWithFailReason_ReportsFailure()
    {
        var handle = await StartAsync("ping_from_ap", "nowhere.invalid");

        var result = await _central.DriveClockAsync(WaitAsync(handle, 20));

        Assert.Contains("[CRIT] TEST_FAILED: Destination not resolved", result.Text, StringComparison.Ordinal);
        ToolCalls.AssertMatchesOutputSchema(ResultTool, result);
    }

    [Fact]
    public async Task Ping_ExpiredTask_ReportsNotFound()
    {
        var handle = await StartAsync("ping_from_ap", "8.8.8.8");
        _central.Time.Advance(TimeSpan.FromMinutes(16));

        var result = await ToolCalls.Start(ResultTool, $$"""{"task_handle": "{{handle}}"}""");

        Assert.Equal("not_found", result.ErrorKind());
        Assert.Contains($"not found or expired for aps '{OnlineAp}' (404 HPE_GRAVITY_TASK_NOT_FOUND", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wait_WithProgressToken_ReportsIncreasingProgress()
    {
        var handle = await StartAsync("ping_from_ap", "8.8.8.8");
        var progress = new ProgressRecorder();

        await _central.DriveClockAsync(WaitAsync(handle, 20, new ToolCallContext(progress)));

        var values = progress.Reports.Select(report => report.Progress).ToList();
        Assert.True(values.Count >= 2, $"{values.Count} progress reports");
        Assert.All(values.Zip(values.Skip(1)), pair => Assert.True(pair.Second > pair.First, $"{pair.Second} after {pair.First}"));
    }

    [Fact]
    public async Task Wait_Cancelled_AbortsPendingRequest()
    {
        var handle = await StartAsync("ping_from_ap", "8.8.8.8");
        _central.Handler.Faults.Arm(FaultScript.Latency(TimeSpan.FromSeconds(10)), PollRoute);
        using var cancellation = new CancellationTokenSource();

        var call = ToolCalls.StartCancellable(ResultTool, $$"""{"task_handle": "{{handle}}", "wait_seconds": 30}""", null, cancellation.Token);
        for (var i = 0; i < 100_000 && !_central.ApiRequests().Any(request => request.Method == "GET"); i++)
        {
            await Task.Yield();
        }

        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken));
        Assert.True(_central.ApiRequests().Single(request => request.Method == "GET").Aborted);
    }

    [Fact]
    public async Task Traceroute_EndToEnd_ReadsHopsAndReachesTarget()
    {
        var handle = await StartAsync("traceroute_from_ap", "example.com");

        var result = await _central.DriveClockAsync(WaitAsync(handle, 60));

        Assert.True(result.Facts().GetProperty("reached").GetBoolean());
        Assert.Equal(result.Facts().GetProperty("hops").GetInt64(), result.Items().Count());
        ToolCalls.AssertMatchesOutputSchema(ResultTool, result);
    }

    [Fact]
    public async Task Traceroute_NullIpAddress_UsesReverseDnsField()
    {
        var handle = await StartAsync("traceroute_from_ap", "example.com");

        var result = await _central.DriveClockAsync(WaitAsync(handle, 60));

        var hop2 = result.Items().Single(item => item.GetProperty("hop").GetInt64() == 2);
        Assert.Equal("10.2.0.1", hop2.GetProperty("address").GetString());
        Assert.InRange(hop2.GetProperty("timesMs")[0].GetDouble(), 5.0, 8.0);
    }

    [Fact]
    public async Task Traceroute_SilentHop_HasNoAddressOrTimes()
    {
        var handle = await StartAsync("traceroute_from_ap", "example.com");

        var result = await _central.DriveClockAsync(WaitAsync(handle, 60));

        var hop3 = result.Items().Single(item => item.GetProperty("hop").GetInt64() == 3);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, hop3.GetProperty("address").ValueKind);
        Assert.All(hop3.GetProperty("timesMs").EnumerateArray(), time => Assert.Equal(System.Text.Json.JsonValueKind.Null, time.ValueKind));
    }

    [Fact]
    public async Task TaskIdAlone_StartedHere_FindsTest()
    {
        var handle = await StartAsync("ping_from_ap", "8.8.8.8");

        await ToolCalls.Start(ResultTool, $$"""{"task_id": "{{handle[(handle.LastIndexOf('/') + 1)..].ToUpperInvariant()}}"}""");

        Assert.Equal(handle, _central.ApiRequests()[^1].Path);
    }

    [Fact]
    public async Task TaskIdAlone_Unknown_RejectedWithoutRequest()
    {
        var result = await ToolCalls.Start(ResultTool, """{"task_id": "3f2a1c4e-9b7d-4e21-8a0f-5c6d7e8f9a0b"}""");

        Assert.Contains("task_id alone works only for tests started by this server process", result.Text, StringComparison.Ordinal);
        Assert.Empty(_central.ApiRequests());
    }

    [Fact]
    public async Task Parts_BuildPollPath()
    {
        var handle = await StartAsync("ping_from_ap", "8.8.8.8");
        var taskId = handle[(handle.LastIndexOf('/') + 1)..];

        await ToolCalls.Start(ResultTool, $$"""{"device_type": "AP", "serial": "{{OnlineAp}}", "test": "PING", "task_id": "{{taskId}}"}""");

        Assert.Equal(handle, _central.ApiRequests()[^1].Path);
    }

    [Fact]
    public async Task Parts_Incomplete_RejectedNamingMissingPart()
    {
        var result = await ToolCalls.Start(ResultTool, $$"""{"device_type": "aps", "serial": "{{OnlineAp}}", "task_id": "3f2a1c4e-9b7d-4e21-8a0f-5c6d7e8f9a0b"}""");

        Assert.StartsWith("[ERR] Invalid argument 'test'", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Handle_DisagreeingPart_Rejected()
    {
        var result = await ToolCalls.Start(ResultTool, """{"task_handle": "/network-troubleshooting/v1/aps/CN1/ping/async-operations/3f2a1c4e-9b7d-4e21-8a0f-5c6d7e8f9a0b", "test": "traceroute"}""");

        Assert.StartsWith("[ERR] Invalid argument 'test': must match the task_handle", result.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://evil.example.com/network-troubleshooting/v1/aps/CN1/ping/async-operations/3f2a1c4e-9b7d-4e21-8a0f-5c6d7e8f9a0b")]
    [InlineData("/network-troubleshooting/v1/aps/CN1/../../monitoring/async-operations/3f2a1c4e-9b7d-4e21-8a0f-5c6d7e8f9a0b")]
    [InlineData("/network-monitoring/v1/devices")]
    public async Task Handle_OtherPathOrHost_RejectedWithoutRequest(string handle)
    {
        var result = await ToolCalls.Start(ResultTool, $$"""{"task_handle": "{{handle}}"}""");

        Assert.StartsWith("[ERR] Invalid argument 'task_handle'", result.Text, StringComparison.Ordinal);
        Assert.Empty(_central.ApiRequests());
    }

    [Fact]
    public async Task Handle_AbsoluteUrlOnApiHost_Accepted()
    {
        var handle = await StartAsync("ping_from_ap", "8.8.8.8");

        await ToolCalls.Start(ResultTool, $$"""{"task_handle": "https://{{SimulatedCentral.BaseUrl.Host}}{{handle}}"}""");

        Assert.Equal(handle, _central.ApiRequests()[^1].Path);
    }
}
