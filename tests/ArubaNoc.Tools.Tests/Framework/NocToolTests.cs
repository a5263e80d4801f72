using ArubaNoc.Tools.Framework;

namespace ArubaNoc.Tools.Tests.Framework;

public sealed class NocToolTests
{
    private static async Task<(SampleTool Tool, ToolResult Result)> CallAsync(string json)
    {
        var tool = new SampleTool(TestClock.Create());
        var result = await tool.InvokeAsync(TestArguments.Parse(json), ToolCallContext.None, CancellationToken.None);
        return (tool, result);
    }

    [Fact]
    public async Task Invoke_InvalidArgument_BodyNotRun()
    {
        var (tool, result) = await CallAsync("""{"limit": 5000}""");

        Assert.True(result.IsError);
        Assert.Equal(0, tool.Executions);
    }

    [Fact]
    public async Task Invoke_NullSiteAndLimit_RunsWithDefaults()
    {
        var (tool, result) = await CallAsync("""{"site_id": null, "limit": null}""");

        Assert.False(result.IsError);
        Assert.Equal(1, tool.Executions);
    }

    [Fact]
    public async Task Invoke_SiteNameWithComma_QuotedNotSplit()
    {
        var (tool, _) = await CallAsync("""{"site_name": "O'Hare, Bldg 2"}""");

        Assert.Equal("siteName eq 'O''Hare, Bldg 2' and status eq 'Connected'", tool.LastFilter);
    }

    [Fact]
    public async Task Invoke_StatusUpperCase_SentInCanonicalSpelling()
    {
        var (tool, _) = await CallAsync("""{"status": "CONNECTED"}""");

        Assert.Equal("status eq 'Connected'", tool.LastFilter);
    }

    [Fact]
    public async Task Invoke_StatusAll_SentAsInClause()
    {
        var (tool, _) = await CallAsync("""{"status": "all"}""");

        Assert.Equal("status in ('Connected','Failed')", tool.LastFilter);
    }

    [Fact]
    public async Task Invoke_RawStatusClause_NoDefaultStatus()
    {
        var (tool, _) = await CallAsync("""{"filter": "status eq 'Failed'"}""");

        Assert.Equal("status eq 'Failed'", tool.LastFilter);
    }

    [Fact]
    public async Task Invoke_FieldSetTwice_Rejected()
    {
        var (tool, result) = await CallAsync("""{"filter": "siteName eq 'A'", "site_name": "B"}""");

        Assert.StartsWith("[ERR] Invalid argument 'filter': must not set field 'siteName'", result.Text, StringComparison.Ordinal);
        Assert.Equal(0, tool.Executions);
    }

    [Fact]
    public async Task Invoke_WindowStartAfterEnd_RejectedWithoutRequest()
    {
        var (tool, result) = await CallAsync("""{"start_time": "2026-01-15T10:00:00Z", "end_time": "2026-01-15T09:00:00Z"}""");

        Assert.StartsWith("[ERR] Invalid argument 'start_time': must be earlier than end_time", result.Text, StringComparison.Ordinal);
        Assert.Equal(0, tool.Executions);
    }

    [Fact]
    public async Task Invoke_RecentEnd_Clamped()
    {
        var (_, result) = await CallAsync("""{"end_time": "2026-01-15T12:00:00Z"}""");

        Assert.Contains("[INFO] END_CLAMPED: end_time was moved back to 2026-01-15T11:59:00Z", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_DeprecatedArgument_InfoInTextAndFindings()
    {
        var (_, result) = await CallAsync("""{"interval": "5min"}""");

        Assert.Contains("[INFO] ARG_IGNORED: argument 'interval'", result.Text, StringComparison.Ordinal);
        Assert.Equal("ARG_IGNORED", result.StructuredContent!.Value.GetProperty("findings")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task Invoke_ToolFailure_BecomesErrorResult()
    {
        var tool = new SampleLookupTool(TestClock.Create());

        var result = await tool.InvokeAsync(TestArguments.Parse("""{"serial": "cn1", "target": "offline.example.com"}"""), ToolCallContext.None, CancellationToken.None);

        Assert.True(result.IsError);
        Assert.Equal("[ERR] Device 'CN1' is offline or not ready (409 HPE_GL_DEVICE_OFFLINE: Device is offline)", result.Text);
    }

    [Fact]
    public async Task Invoke_UnexpectedException_Propagates()
    {
        var tool = new ThrowingTool(TestClock.Create());

        await Assert.ThrowsAsync<InvalidOperationException>(() => tool.InvokeAsync(null, ToolCallContext.None, CancellationToken.None).AsTask());
    }

    private sealed class ThrowingTool(TimeProvider timeProvider) : NocTool(timeProvider)
    {
        public override string Name => "throwing";

        public override string Title => "Throwing";

        public override string Description => "Fails with a defect.";

        public override IReadOnlyList<ToolParameter> Parameters => [];

        public override OutputShape Output { get; } = new([], []);

        protected override ValueTask<ToolResult> ExecuteAsync(ToolArguments arguments, ToolCallContext context, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("defect with secret details");
    }
}
