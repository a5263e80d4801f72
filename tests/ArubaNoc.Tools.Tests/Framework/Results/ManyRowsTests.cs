using ArubaNoc.Tools.Framework;

namespace ArubaNoc.Tools.Tests.Framework.Results;

/// <summary>A site with thousands of clients listed at the maximum page size.</summary>
public sealed class ManyRowsTests
{
    private static Task<ToolResult> CallAsync(int rows, long total) =>
        new SampleTool(TestClock.Create()) { RowCount = rows, Total = total }
            .InvokeAsync(TestArguments.Parse("""{"limit": 1000}"""), ToolCallContext.None, CancellationToken.None).AsTask();

    [Fact]
    public async Task ManyRows_TextStaysUnderCap() => Assert.True((await CallAsync(5000, 5000)).Text.Length <= ToolResultBuilder.MaxTextLength);

    [Fact]
    public async Task ManyRows_TextCountsOmittedRows() =>
        Assert.Contains("  ... and 4,975 more", (await CallAsync(5000, 5000)).Text, StringComparison.Ordinal);

    [Fact]
    public async Task FullPage_TextEndsWithNextCursor() =>
        Assert.EndsWith("[MORE] more results: call sample_list again with next=\"2\"", (await CallAsync(1000, 5000)).Text, StringComparison.Ordinal);

    [Fact]
    public async Task ManyRows_ItemsCappedAt100()
    {
        var content = (await CallAsync(5000, 5000)).StructuredContent!.Value;

        Assert.Equal(ToolResultBuilder.MaxItems, content.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task ManyRows_ItemsFlaggedTruncated() =>
        Assert.True((await CallAsync(5000, 5000)).StructuredContent!.Value.GetProperty("itemsTruncated").GetBoolean());

    [Fact]
    public async Task FewRows_ItemsNotFlagged() =>
        Assert.False((await CallAsync(100, 100)).StructuredContent!.Value.GetProperty("itemsTruncated").GetBoolean());

    [Fact]
    public async Task ManyRows_StillValidatesAgainstOutputSchema()
    {
        var tool = new SampleTool(TestClock.Create());

        SchemaAssert.Validates(tool.Definition.OutputSchema!.Value, (await CallAsync(5000, 5000)).StructuredContent!.Value);
    }
}
