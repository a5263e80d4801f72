using System.Diagnostics;
using System.Text.Json;
using ArubaNoc.Central.Configuration;
using ArubaNoc.Central.Http;
using ArubaNoc.Server.Tests.TestSupport;
using ArubaNoc.Simulator;
using ArubaNoc.Simulator.Loopback;
using ArubaNoc.Tools;
using ArubaNoc.Tools.Framework;
using Microsoft.Extensions.Logging.Abstractions;
using ModelContextProtocol;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace ArubaNoc.Server.Tests.BadInput;

/// <summary>
/// The bad-input corpus over the process boundary: the built server (the native binary when
/// <c>ARUBA_NOC_MCP_BINARY</c> names it) runs as a child process against the simulated tenant on a loopback
/// port, and the SDK client calls every tool with every corpus value. A rejected value must come back as an
/// <c>isError</c> validation result that names the argument and its rule, and the simulator must see no
/// request at all. A value the declared rule accepts must not crash the call.
/// </summary>
public sealed class BadInputProcessTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EveryTool_BadInputs_RejectedWithoutRequests()
    {
        using var handler = new SimulatorHandler(options: new SimulatorOptions { RateLimitPerHour = 1_000_000 });
        await using var simulator = LoopbackSimulatorServer.Start(handler);
        var (process, client) = await StartServerAsync(simulator);
        try
        {
            await RunCorpusAsync(client, handler);
            Assert.False(process.HasExited);
        }
        finally
        {
            await client.DisposeAsync();
            if (!process.HasExited)
            {
                process.Kill();
            }

            process.Dispose();
        }
    }

    private static async Task RunCorpusAsync(McpClient client, SimulatorHandler handler)
    {
        var published = (await client.ListToolsAsync(cancellationToken: Cancellation)).ToDictionary(tool => tool.Name, tool => tool.JsonSchema, StringComparer.Ordinal);
        var declared = DeclaredTools();

        // The corpus is derived from the declarations, so they must be exactly what the binary publishes.
        Assert.Equal(declared.Select(tool => tool.Name).Order(StringComparer.Ordinal), published.Keys.Order(StringComparer.Ordinal));

        var problems = new List<string>();
        var rejected = 0;
        var accepted = 0;
        foreach (var tool in declared)
        {
            foreach (var corpusCase in BadInputCorpus.For(tool, published[tool.Name]))
            {
                handler.RequestLog.Clear();
                var problem = await CheckAsync(client, tool, corpusCase, handler);
                if (problem is not null)
                {
                    problems.Add($"{corpusCase}: {problem}");
                }

                if (corpusCase.IsAccepted)
                {
                    accepted++;
                }
                else
                {
                    rejected++;
                }
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{declared.Count} tools, {rejected + accepted} calls: {rejected} to be rejected, {accepted} valid by the declared rule.");
        foreach (var problem in problems)
        {
            TestContext.Current.TestOutputHelper?.WriteLine(problem);
        }

        Assert.True(problems.Count == 0, $"{problems.Count} problems:\n" + string.Join("\n", problems.Take(60)));
        Assert.InRange(rejected, 2_000, int.MaxValue);

        // The process survived the whole corpus.
        var health = await client.CallToolAsync("check_server_health", cancellationToken: Cancellation);
        Assert.NotEqual(true, health.IsError);
    }

    private static async Task<string?> CheckAsync(McpClient client, NocTool tool, BadInputCase corpusCase, SimulatorHandler handler)
    {
        // The in-process binder states what the declared rules decide; the corpus must agree with it.
        if (BinderDisagrees(tool, corpusCase) is { } disagreement)
        {
            return disagreement;
        }

        // Lone surrogates cannot pass the SDK's serializer, so they travel as markers that the stream restores.
        using var document = JsonDocument.Parse(EscapeInjectingStream.Protect(corpusCase.ArgumentsJson));
        var arguments = document.RootElement.EnumerateObject().ToDictionary(property => property.Name, property => (object?)property.Value, StringComparer.Ordinal);

        CallToolResult result;
        try
        {
            result = await client.CallToolAsync(tool.Name, arguments, cancellationToken: Cancellation);
        }
        catch (McpException exception)
        {
            return $"protocol error instead of a tool result: {exception.Message}";
        }

        var requests = handler.RequestLog.Snapshot();
        var error = result.StructuredContent is { } content && content.TryGetProperty("error", out var errorElement) ? errorElement : (JsonElement?)null;
        var kind = error?.GetProperty("kind").GetString();
        if (corpusCase.IsAccepted)
        {
            if (kind == ToolErrorKind.Internal)
            {
                return "valid value caused an internal error";
            }

            var stray = requests.FirstOrDefault(request => request.RouteTemplate is null);
            return stray is null ? null : $"valid value sent a request to a path no route serves: {stray.Path}";
        }

        if (requests.Count > 0)
        {
            return $"{requests.Count} request(s) reached the simulator, first {requests[0].Method} {requests[0].Path}";
        }

        if (result.IsError != true || kind != ToolErrorKind.Validation)
        {
            return $"not a validation error result (isError {result.IsError}, kind {kind ?? "none"})";
        }

        var text = string.Concat(result.Content.OfType<TextContentBlock>().Select(block => block.Text));
        if (error!.Value.GetProperty("argument").GetString() != corpusCase.ReportedName || !text.Contains($"Invalid argument '{corpusCase.ReportedName}'", StringComparison.Ordinal))
        {
            return $"rejection does not name the argument: {text}";
        }

        return string.IsNullOrWhiteSpace(error.Value.GetProperty("rule").GetString()) ? $"rejection states no rule: {text}" : null;
    }

    private static string? BinderDisagrees(NocTool tool, BadInputCase corpusCase)
    {
        using var document = JsonDocument.Parse(corpusCase.ArgumentsJson);
        Dictionary<string, JsonElement> elements;
        try
        {
            elements = document.RootElement.EnumerateObject().ToDictionary(property => property.Name, property => property.Value, StringComparer.Ordinal);
        }
        catch (InvalidOperationException)
        {
            // A name with a lone surrogate cannot be read as a .NET string to bind in process. The server's response is still checked.
            return null;
        }

        var binding = ArgumentBinder.Bind(tool.Parameters, elements, TimeProvider.System.GetUtcNow());
        var rejectsArgument = binding.Failures.Any(failure => failure.Argument == corpusCase.ReportedName);
        if (rejectsArgument != corpusCase.IsAccepted)
        {
            return null;
        }

        return corpusCase.IsAccepted ? "the corpus expects it valid but the binder rejects it" : "the corpus expects a rejection but the binder accepts it";
    }

    /// <summary>Starts the server against <paramref name="simulator"/> and drains its stderr, so the pipe never fills.</summary>
    private static async Task<(Process Process, McpClient Client)> StartServerAsync(LoopbackSimulatorServer simulator)
    {
        var environment = new Dictionary<string, string>
        {
            ["ARUBA_BASE_URL"] = simulator.BaseAddress.ToString(),
            ["ARUBA_TOKEN_URL"] = simulator.TokenUrl.ToString(),
            ["ARUBA_CLIENT_ID"] = SimulatorCredentials.ClientId,
            ["ARUBA_CLIENT_SECRET"] = SimulatorCredentials.ClientSecret,
            ["ARUBA_RATE_LIMIT_REQUESTS"] = "100000",
        };
        var process = ServerProcess.Start(environment, "--log-level", "warning");
        _ = process.StandardError.ReadToEndAsync(Cancellation);
        var transport = new ProcessClientTransport(new EscapeInjectingStream(process.StandardInput.BaseStream), process.StandardOutput.BaseStream);
        return (process, await McpClient.CreateAsync(transport, cancellationToken: Cancellation));
    }

    /// <summary>The built-in tools as declared in code. The catalog's client is never called.</summary>
    private static List<NocTool> DeclaredTools()
    {
        using var handler = new SimulatorHandler();
        var options = new CentralOptions
        {
            BaseUrl = new Uri("https://us1.api.central.arubanetworks.com/"),
            TokenUrl = new Uri("https://sso.common.cloud.hpe.com" + SimulatorCredentials.TokenPath),
            ClientId = SimulatorCredentials.ClientId,
            ClientSecret = SimulatorCredentials.ClientSecret,
        };
        using var central = CentralClient.Create(options, TimeProvider.System, NullLoggerFactory.Instance, handler);
        var catalog = BuiltInTools.CreateCatalog(new ToolEnvironment
        {
            Central = central,
            TimeProvider = TimeProvider.System,
            ServerVersion = "test",
            StartedTimestamp = TimeProvider.System.GetTimestamp(),
        });
        return [.. catalog.Tools.Cast<NocTool>()];
    }

    private sealed class ProcessClientTransport(Stream serverInput, Stream serverOutput) : IClientTransport
    {
        public string Name => "child process stdio";

        // The SDK's stream transport reads newline-delimited JSON-RPC from one stream and writes to another,
        // which serves the client side of a child process's stdio as well.
        public Task<ITransport> ConnectAsync(CancellationToken cancellationToken = default) =>
            Task.FromResult<ITransport>(new StreamServerTransport(serverOutput, serverInput, "bad-input client", loggerFactory: null));
    }
}
