using System.Text.Json;
using ArubaNoc.Server.Hosting;
using ArubaNoc.Server.Tests.TestSupport;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;

namespace ArubaNoc.Server.Tests.Hosting;

public sealed class McpToolHandlersTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Initialize_ReportsNameAndVersion()
    {
        await using var server = await InProcessServer.StartAsync(FakeTools.CreateCatalog(), Cancellation);

        Assert.NotNull(server.Client.ServerInfo);
        Assert.Equal(ServerIdentity.Name, server.Client.ServerInfo.Name);
        Assert.Equal(ServerIdentity.Version, server.Client.ServerInfo.Version);
        Assert.NotNull(server.Client.ServerCapabilities.Tools);
    }

    [Fact]
    public async Task ListTools_ReturnsCatalogInOrderWithAnnotations()
    {
        await using var server = await InProcessServer.StartAsync(FakeTools.CreateCatalog(), Cancellation);

        var tools = await server.Client.ListToolsAsync(cancellationToken: Cancellation);

        Assert.Equal(["echo", "fail", "throw", "progress"], tools.Select(tool => tool.Name));
        var echo = tools[0].ProtocolTool;
        Assert.Equal("Echo a text", echo.Title);
        Assert.True(echo.Annotations?.ReadOnlyHint);
        Assert.NotNull(echo.OutputSchema);
        var action = tools[2].ProtocolTool;
        Assert.False(action.Annotations?.ReadOnlyHint);
        Assert.False(action.Annotations?.IdempotentHint);
    }

    [Fact]
    public async Task CallTool_ReturnsTextAndStructuredContent()
    {
        await using var server = await InProcessServer.StartAsync(FakeTools.CreateCatalog(), Cancellation);

        var result = await server.Client.CallToolAsync("echo", new Dictionary<string, object?> { ["text"] = "東京 本社" }, cancellationToken: Cancellation);

        Assert.NotEqual(true, result.IsError);
        Assert.Equal("[INFO] 東京 本社", Assert.IsType<TextContentBlock>(Assert.Single(result.Content)).Text);
        Assert.Equal("東京 本社", result.StructuredContent!.Value.GetProperty("text").GetString());
    }

    [Fact]
    public async Task CallTool_ErrorResult_IsMarkedAsError()
    {
        await using var server = await InProcessServer.StartAsync(FakeTools.CreateCatalog(), Cancellation);

        var result = await server.Client.CallToolAsync("fail", cancellationToken: Cancellation);

        Assert.True(result.IsError);
        Assert.StartsWith("[ERR]", Assert.IsType<TextContentBlock>(Assert.Single(result.Content)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CallTool_ThrowingTool_HidesExceptionMessage()
    {
        await using var server = await InProcessServer.StartAsync(FakeTools.CreateCatalog(), Cancellation);

        var result = await server.Client.CallToolAsync("throw", cancellationToken: Cancellation);

        var text = Assert.IsType<TextContentBlock>(Assert.Single(result.Content)).Text;
        Assert.True(result.IsError);
        Assert.DoesNotContain("hunter2", text, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", server.Logs.ToString(), StringComparison.Ordinal);
        Assert.Contains(nameof(InvalidOperationException), server.Logs.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CallTool_UnknownTool_IsProtocolError()
    {
        await using var server = await InProcessServer.StartAsync(FakeTools.CreateCatalog(), Cancellation);

        var error = await Assert.ThrowsAsync<McpProtocolException>(
            async () => await server.Client.CallToolAsync("no_such_tool", cancellationToken: Cancellation));

        Assert.Equal(McpErrorCode.InvalidParams, error.ErrorCode);
        Assert.Contains("no_such_tool", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CallTool_Progress_SentInOrderBeforeResult()
    {
        await using var server = await InProcessServer.StartAsync(FakeTools.CreateCatalog(), Cancellation);

        // The SDK client dispatches notifications concurrently, so order is checked on the wire, not in the callback.
        var result = await server.Client.CallToolAsync("progress", progress: new Progress<ProgressNotificationValue>(), cancellationToken: Cancellation);

        var lines = server.ServerOutput.Lines();
        var progressValues = lines
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Where(message => message.TryGetProperty("method", out var method) && method.GetString() == "notifications/progress")
            .Select(message => message.GetProperty("params").GetProperty("progress").GetDouble())
            .ToList();
        var lastProgressLine = lines.ToList().FindLastIndex(line => line.Contains("notifications/progress", StringComparison.Ordinal));
        var resultLine = lines.ToList().FindIndex(line => line.Contains("\"result\"", StringComparison.Ordinal) && line.Contains("[OK] done", StringComparison.Ordinal));
        Assert.NotEqual(true, result.IsError);
        Assert.Equal([1d, 2d, 3d], progressValues);
        Assert.True(lastProgressLine < resultLine, "A progress notification was written after the call's result.");
    }

    [Fact]
    public void ToProtocolResult_KeepsStructuredContent()
    {
        using var document = JsonDocument.Parse("""{"tool":"x","ok":true}""");

        var result = McpToolHandlers.ToProtocolResult(new ArubaNoc.Tools.Framework.ToolResult("text", document.RootElement.Clone(), IsError: false));

        Assert.Equal("x", result.StructuredContent!.Value.GetProperty("tool").GetString());
        Assert.False(result.IsError);
    }
}
