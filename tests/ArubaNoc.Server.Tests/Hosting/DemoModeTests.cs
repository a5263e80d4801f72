using System.Net;
using System.Net.Sockets;
using ArubaNoc.Server.Tests.TestSupport;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace ArubaNoc.Server.Tests.Hosting;

/// <summary>
/// Demo mode end to end: the built server returns data from the simulated tenant through the real client
/// pipeline, and opens no network connection while doing so.
/// </summary>
public sealed class DemoModeTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DemoCall_SitesHealth_PrintsOverviewWithoutConnecting()
    {
        // Every proxy variable points at a listener owned by this test: a real HTTP request from the
        // server would connect to it, so no accepted connection proves no request left the process.
        using var trap = new TcpListener(IPAddress.Loopback, 0);
        trap.Start();
        var proxy = $"http://127.0.0.1:{((IPEndPoint)trap.LocalEndpoint).Port}";
        var environment = new Dictionary<string, string>
        {
            ["HTTPS_PROXY"] = proxy,
            ["HTTP_PROXY"] = proxy,
            ["ALL_PROXY"] = proxy,
            ["NO_PROXY"] = string.Empty,
        };

        using var process = ServerProcess.Start(environment, "--demo", "call", "get_sites_health");
        using var jsonProcess = ServerProcess.Start(environment, "--demo", "call", "get_sites_health", "--json");
        var stderr = process.StandardError.ReadToEndAsync(Cancellation);
        var stdout = await process.StandardOutput.ReadToEndAsync(Cancellation);
        await process.WaitForExitAsync(Cancellation);

        var json = await jsonProcess.StandardOutput.ReadToEndAsync(Cancellation);
        await jsonProcess.WaitForExitAsync(Cancellation);

        Assert.True(process.ExitCode == 0, $"exit {process.ExitCode}: {await stderr}");
        Assert.StartsWith("[SITE] Sites health:", stdout, StringComparison.Ordinal);
        Assert.Equal(0, jsonProcess.ExitCode);
        Assert.Contains("東京 本社", json, StringComparison.Ordinal);
        Assert.False(trap.Pending(), "The demo server opened a network connection.");
    }

    [Fact]
    public async Task DemoMcp_SiteNames_ArriveAsSentUtf8()
    {
        var (command, arguments) = ServerProcess.Locate();
        var transport = new StdioClientTransport(new StdioClientTransportOptions
        {
            Command = command,
            Arguments = [.. arguments, "--demo"],
            Name = "aruba-noc-mcp demo",
        });
        await using var client = await McpClient.CreateAsync(transport, cancellationToken: Cancellation);

        var result = await client.CallToolAsync("get_sites_health", cancellationToken: Cancellation);

        var text = Assert.IsType<TextContentBlock>(Assert.Single(result.Content)).Text;
        var siteNames = result.StructuredContent!.Value.GetProperty("items").EnumerateArray()
            .Select(item => item.GetProperty("siteName"))
            .Where(name => name.ValueKind == System.Text.Json.JsonValueKind.String)
            .Select(name => name.GetString())
            .ToList();
        Assert.NotEqual(true, result.IsError);
        Assert.StartsWith("[SITE] Sites health:", text, StringComparison.Ordinal);
        Assert.Contains("東京 本社", siteNames);
        Assert.Contains("Zürich–Süd 🚀", siteNames);
    }

    [Fact]
    public async Task DemoCall_UnknownTool_IsUsageError()
    {
        using var process = ServerProcess.Start("--demo", "call", "no_such_tool");
        var stderr = await process.StandardError.ReadToEndAsync(Cancellation);
        await process.WaitForExitAsync(Cancellation);

        Assert.Equal(2, process.ExitCode);
        Assert.Contains("no_such_tool", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidSetting_StopsStartupNamingVariable()
    {
        using var process = ServerProcess.Start(new Dictionary<string, string> { ["ARUBA_API_TIMEOUT"] = "0" }, "tools");
        var stderr = await process.StandardError.ReadToEndAsync(Cancellation);
        await process.WaitForExitAsync(Cancellation);

        Assert.Equal(2, process.ExitCode);
        Assert.Contains("ARUBA_API_TIMEOUT", stderr, StringComparison.Ordinal);
        Assert.Contains("1 to 300", stderr, StringComparison.Ordinal);
    }
}
