using System.Diagnostics;
using System.Text.Json;
using ArubaNoc.Server.Hosting;
using ArubaNoc.Server.Tests.TestSupport;
using ModelContextProtocol.Client;

namespace ArubaNoc.Server.Tests.Hosting;

/// <summary>
/// The built server as a child process over stdio: the JIT build by default, the native binary when
/// <c>ARUBA_NOC_MCP_BINARY</c> names it.
/// </summary>
public sealed class StdioProcessTests
{
    private const string InitializeRequest =
        """{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"stdio-test","version":"1.0"}}}""";

    private const string InitializedNotification = """{"jsonrpc":"2.0","method":"notifications/initialized"}""";

    private const string ListToolsRequest = """{"jsonrpc":"2.0","id":2,"method":"tools/list"}""";

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SdkClient_ListsToolsOverStdio()
    {
        var (command, arguments) = ServerProcess.Locate();
        var transport = new StdioClientTransport(new StdioClientTransportOptions
        {
            Command = command,
            Arguments = [.. arguments],
            Name = "aruba-noc-mcp",
        });

        await using var client = await McpClient.CreateAsync(transport, cancellationToken: Cancellation);
        var tools = await client.ListToolsAsync(cancellationToken: Cancellation);

        Assert.NotNull(client.ServerInfo);
        Assert.Equal(ServerIdentity.Name, client.ServerInfo.Name);
        Assert.All(tools, tool => Assert.False(string.IsNullOrWhiteSpace(tool.Name)));
    }

    [Fact]
    public async Task ClosedStdin_ExitsPromptlyWithZero()
    {
        using var process = ServerProcess.Start();
        var reader = process.StandardOutput;

        await process.StandardInput.WriteLineAsync(InitializeRequest.AsMemory(), Cancellation);
        await process.StandardInput.FlushAsync(Cancellation);
        var response = await reader.ReadLineAsync(Cancellation);
        Assert.NotNull(response);

        var closedAt = Stopwatch.GetTimestamp();
        process.StandardInput.Close();
        using var exitWait = CancellationTokenSource.CreateLinkedTokenSource(Cancellation);
        exitWait.CancelAfter(TimeSpan.FromSeconds(10));
        await process.WaitForExitAsync(exitWait.Token);
        var elapsed = Stopwatch.GetElapsedTime(closedAt);

        Assert.Equal(0, process.ExitCode);
        Assert.True(elapsed < TimeSpan.FromSeconds(1), $"The server took {elapsed.TotalMilliseconds:F0} ms to exit after stdin closed.");
    }

    [Fact]
    public async Task InformationLogging_StdoutCarriesOnlyJsonRpc()
    {
        using var process = ServerProcess.Start("--log-level", "information");
        var stderr = process.StandardError.ReadToEndAsync(Cancellation);

        await process.StandardInput.WriteLineAsync(InitializeRequest.AsMemory(), Cancellation);
        await process.StandardInput.WriteLineAsync(InitializedNotification.AsMemory(), Cancellation);
        await process.StandardInput.WriteLineAsync(ListToolsRequest.AsMemory(), Cancellation);
        await process.StandardInput.FlushAsync(Cancellation);

        // Read until both responses arrived, then close stdin and collect the rest of stdout.
        var lines = new List<string>();
        while (lines.Count(line => line.Contains("\"id\":", StringComparison.Ordinal)) < 2)
        {
            var line = await process.StandardOutput.ReadLineAsync(Cancellation);
            Assert.NotNull(line);
            lines.Add(line);
        }

        process.StandardInput.Close();
        var rest = await process.StandardOutput.ReadToEndAsync(Cancellation);
        lines.AddRange(rest.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        await process.WaitForExitAsync(Cancellation);

        Assert.All(lines, line =>
        {
            using var message = JsonDocument.Parse(line);
            Assert.Equal("2.0", message.RootElement.GetProperty("jsonrpc").GetString());
        });
        Assert.Contains(" info ", await stderr, StringComparison.Ordinal);
    }
}
