using ArubaNoc.Acceptance.Tests.TestSupport;
using ArubaNoc.Simulator.Faults;

namespace ArubaNoc.Acceptance.Tests;

/// <summary>
/// A client that gives up on a slow call: the SDK sends <c>notifications/cancelled</c>, the server aborts the
/// HTTP request (the simulator observes the connection close), and the concurrency slot and limiter come back.
/// </summary>
public sealed class CancellationTests
{
    private const string ApRoute = "/network-monitoring/v1/aps/{serial-number}";

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CancelledCall_AbortsRequest_FreesSlot()
    {
        // One request in flight at most, and a timeout far beyond the test, so only cancellation can end the call.
        await using var run = await AcceptanceRun.StartAsync(
            new Dictionary<string, string> { ["ARUBA_MAX_CONCURRENCY"] = "1", ["ARUBA_API_TIMEOUT"] = "300" },
            Cancellation);
        var calls = EveryTool.Calls(run.Tenant).ToDictionary(c => c.Tool, c => c.Arguments, StringComparer.Ordinal);
        var warm = await run.Server.CallAsync("get_ap_details", calls["get_ap_details"], Cancellation);
        Assert.False(warm.IsError, warm.ToString());

        run.Handler.Faults.Arm(FaultScript.Latency(TimeSpan.FromHours(1)), ApRoute, times: 1);
        using var slowCall = CancellationTokenSource.CreateLinkedTokenSource(Cancellation);
        using var queuedCall = CancellationTokenSource.CreateLinkedTokenSource(Cancellation);
        var slow = run.Server.CallAsync("get_ap_details", calls["get_ap_details"], slowCall.Token);
        var stuck = await WaitForAsync(() => run.Handler.RequestLog.Snapshot().SingleOrDefault(r => r.Fault is not null), "the slow request never reached the simulator");

        // A second call waits for the only slot and is cancelled while waiting.
        var queued = run.Server.CallAsync("get_switch_details", calls["get_switch_details"], queuedCall.Token);
        await queuedCall.CancelAsync();
        await slowCall.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => slow);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => queued);

        await WaitForAsync(() => stuck.Aborted ? stuck : null, "the simulator never saw the slow request aborted");
        Assert.Contains("notifications/cancelled", run.Server.StdinText, StringComparison.Ordinal);

        // The slot came back. With a leaked slot this call would wait forever.
        var after = await run.Server.CallAsync("get_ap_details", calls["get_ap_details"], Cancellation);
        Assert.False(after.IsError, after.ToString());
        var health = await run.Server.CallAsync("check_server_health", """{"probe": false}""", Cancellation);
        var limiter = health.Structured!.Value.GetProperty("facts").GetProperty("limiter");
        Assert.Equal(0, limiter.GetProperty("inFlight").GetInt32());
        Assert.Equal(0, limiter.GetProperty("waiters").GetInt32());
        Assert.True(run.Server.IsRunning);
        await run.Server.AssertNoSecretsAsync(run.Simulator, Cancellation);
    }

    /// <summary>Polls <paramref name="probe"/> until it returns a value, and fails the test after 60 seconds.</summary>
    private static async Task<T> WaitForAsync<T>(Func<T?> probe, string failure)
        where T : class
    {
        using var guard = CancellationTokenSource.CreateLinkedTokenSource(Cancellation);
        guard.CancelAfter(TimeSpan.FromSeconds(60));
        while (!guard.IsCancellationRequested)
        {
            if (probe() is { } value)
            {
                return value;
            }

            await Task.Delay(20, CancellationToken.None);
        }

        Assert.Fail(failure);
        return null!;
    }
}
