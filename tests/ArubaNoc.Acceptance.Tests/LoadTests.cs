using ArubaNoc.Acceptance.Tests.TestSupport;
using ArubaNoc.Simulator;

namespace ArubaNoc.Acceptance.Tests;

/// <summary>
/// 1,000 concurrent tool calls in one stdio session: every call gets a result, Central never receives more than the configured
/// rate (the token bucket's burst included), and the process does not keep the memory it used.
/// </summary>
public sealed class LoadTests
{
    private const int Calls = 1000;
    private const int WarmUpCalls = 250;
    private const int RatePerWindow = 100;
    private const double WindowSeconds = 1;

    // Arrival times at the simulator lag the limiter's release times by the loopback round trip and scheduling.
    // The rate check allows this much jitter on either side of each window.
    private static readonly TimeSpan ArrivalJitter = TimeSpan.FromMilliseconds(100);

    private static readonly string[] CheapTools =
    [
        "get_ap_details", "get_switch_details", "get_device_list", "list_wlans", "get_wlan_details",
    ];

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ThousandCalls_WithinRateAndMemory()
    {
        await using var run = await AcceptanceRun.StartAsync(
            new Dictionary<string, string>
            {
                ["ARUBA_RATE_LIMIT_REQUESTS"] = RatePerWindow.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["ARUBA_RATE_LIMIT_WINDOW"] = WindowSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["ARUBA_API_TIMEOUT"] = "60",
            },
            Cancellation);
        var arguments = EveryTool.Calls(run.Tenant).ToDictionary(c => c.Tool, c => c.Arguments, StringComparer.Ordinal);
        // The baseline is a started server that has listed its tools, run each tool of the load once and then
        // completed a warm-up burst of WarmUpCalls concurrent calls. The burst lets the garbage collector size its
        // generations for concurrent work (and the JIT build compile these tools), so the comparison shows what
        // the 1,000 calls kept, not the collector's first growth.
        await run.Server.Client.ListToolsAsync(cancellationToken: Cancellation);
        foreach (var tool in CheapTools)
        {
            Assert.False((await run.Server.CallAsync(tool, arguments[tool], Cancellation)).IsError);
        }

        var warmUp = await CallManyAsync(run, arguments, WarmUpCalls);
        Assert.All(warmUp, answer => Assert.False(answer.IsError, answer.ToString()));
        var rssAtStart = run.Server.ResidentKib();

        var answers = await CallManyAsync(run, arguments, Calls);
        var rssAfter = run.Server.ResidentKib();

        Assert.Equal(Calls, answers.Length);
        Assert.All(answers, answer => Assert.False(answer.IsError, answer.ToString()));

        var arrivals = run.Handler.RequestLog.Snapshot()
            .Where(r => r.Path != SimulatorCredentials.TokenPath)
            .Select(r => r.ReceivedAt)
            .Order()
            .ToArray();
        Assert.True(arrivals.Length >= Calls, $"only {arrivals.Length} requests reached the simulator");
        var (worstExcess, worstWindow) = RateCheck.Measure(arrivals, RatePerWindow, TimeSpan.FromSeconds(WindowSeconds), ArrivalJitter);
        var output = TestContext.Current.TestOutputHelper;
        output?.WriteLine($"requests {arrivals.Length}, span {(arrivals[^1] - arrivals[0]).TotalSeconds:F2} s, worst {WindowSeconds:0} s window {worstWindow}, bucket excess {worstExcess:F1}");
        output?.WriteLine($"VmRSS after warm-up {rssAtStart} KiB, after the run {rssAfter} KiB");

        Assert.True(worstExcess <= 0, $"Central saw {worstExcess:F1} requests more than the token bucket allows (worst window {worstWindow})");
        Assert.True(rssAfter <= 2 * rssAtStart, $"VmRSS grew from {rssAtStart} KiB to {rssAfter} KiB");
        Assert.True(run.Server.IsRunning);
        await run.Server.AssertNoSecretsAsync(run.Simulator, Cancellation);
    }

    private static Task<ToolAnswer[]> CallManyAsync(AcceptanceRun run, Dictionary<string, string> arguments, int calls) =>
        Task.WhenAll(Enumerable.Range(0, calls).Select(i =>
        {
            var tool = CheapTools[i % CheapTools.Length];
            return run.Server.CallAsync(tool, arguments[tool], Cancellation);
        }));
}
