using ArubaNoc.Acceptance.Tests.TestSupport;

namespace ArubaNoc.Acceptance.Tests;

/// <summary>
/// Each fault script armed in turn against a fresh server process, and every tool called while it is armed:
/// each result is data or a clear error, the process stays up and returns a health result once the fault is
/// gone, and no secret appears in anything the process wrote.
/// </summary>
public sealed class FaultMatrixTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public static TheoryData<string> Rows => [.. FaultRow.All.Select(row => row.Name)];

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task Fault_EveryToolClear_ServerUp(string rowName)
    {
        var row = FaultRow.All.Single(r => r.Name == rowName);
        await using var run = await AcceptanceRun.StartAsync(row.Settings, Cancellation);

        // Before the fault: a token, and a running test for get_async_test_result to read.
        var started = await run.Server.CallAsync("ping_from_ap", EveryTool.Calls(run.Tenant).Single(c => c.Tool == "ping_from_ap").Arguments, Cancellation);
        Assert.False(started.IsError, started.ToString());
        var handle = started.Structured!.Value.GetProperty("facts").GetProperty("taskHandle").GetString()!;

        row.Arm(run.Handler.Faults);
        var calls = EveryTool.Calls(run.Tenant).Append((Tool: "get_async_test_result", Arguments: EveryTool.AsyncResult(handle)));
        var answers = await Task.WhenAll(calls.Select(call => run.Server.CallAsync(call.Tool, call.Arguments, Cancellation)));
        run.Handler.Faults.DisarmAll();

        var kinds = answers.Where(a => a.IsError).GroupBy(a => a.ErrorString("kind")).Select(g => $"{g.Key} {g.Count()}");
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{row.Name}: {answers.Count(a => !a.IsError)} data, {answers.Count(a => a.IsError)} errors ({string.Join(", ", kinds)})");
        Assert.Equal(33, answers.Length);
        Assert.All(answers, AnswerChecks.AssertClear);
        row.Expect(answers);
        Assert.True(row.Name == FaultRow.None || run.Handler.RequestLog.Snapshot().Any(r => r.Fault is not null), $"{row.Name}: no request met the fault");

        var health = await run.Server.CallAsync("check_server_health", "{}", Cancellation);
        Assert.False(health.IsError, health.ToString());
        Assert.True(run.Server.IsRunning);
        await run.Server.AssertNoSecretsAsync(run.Simulator, Cancellation);
    }
}
