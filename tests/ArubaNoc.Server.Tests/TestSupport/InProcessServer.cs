using System.IO.Pipelines;
using ArubaNoc.Server.Hosting;
using ArubaNoc.Server.Logging;
using ArubaNoc.Server.Metrics;
using ArubaNoc.Tools.Framework;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace ArubaNoc.Server.Tests.TestSupport;

/// <summary>
/// Runs the real server host in this process, connected to the SDK's <see cref="McpClient"/> through two pipes.
/// </summary>
internal sealed class InProcessServer : IAsyncDisposable
{
    private readonly Pipe _clientToServer = new();
    private readonly Pipe _serverToClient = new();
    private readonly IHost _host;

    private InProcessServer(ToolCatalog catalog, StringWriter logs)
    {
        Logs = logs;
        var loggerProvider = new StderrLoggerProvider(logs, TimeProvider.System, LogLevel.Trace);
        var invoker = new ToolInvoker(catalog, Metrics, TimeProvider.System, loggerProvider.CreateLogger("ArubaNoc.Server.Tools"));
        _host = McpStdioHost.Build(
            invoker,
            loggerProvider,
            LogLevel.Trace,
            (_, loggerFactory) => new StreamServerTransport(
                _clientToServer.Reader.AsStream(),
                new RecordingStream(_serverToClient.Writer.AsStream(), ServerOutput),
                ServerIdentity.Name,
                loggerFactory));
    }

    public StringWriter Logs { get; }

    /// <summary>The metrics the server's tool calls move.</summary>
    public NocMetrics Metrics { get; } = new("0.0.0-test");

    /// <summary>Every byte the server wrote to the client, in order, for assertions about the wire.</summary>
    public RecordedOutput ServerOutput { get; } = new();

    public McpClient Client { get; private set; } = null!;

    public static async Task<InProcessServer> StartAsync(ToolCatalog catalog, CancellationToken cancellationToken)
    {
        var server = new InProcessServer(catalog, new StringWriter());
        await server._host.StartAsync(cancellationToken);
        server.Client = await McpClient.CreateAsync(
            new PipeClientTransport(server._clientToServer.Writer.AsStream(), server._serverToClient.Reader.AsStream()),
            cancellationToken: cancellationToken);
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await Client.DisposeAsync();
        await _clientToServer.Writer.CompleteAsync();
        await _host.StopAsync(CancellationToken.None);
        _host.Dispose();
    }

    private sealed class PipeClientTransport(Stream serverInput, Stream serverOutput) : IClientTransport
    {
        public string Name => "in-process pipes";

        public Task<ITransport> ConnectAsync(CancellationToken cancellationToken = default) =>
            // The SDK's stream transport reads newline-delimited JSON-RPC from one stream and writes to another,
            // which is exactly the client side of a pipe pair as well.
            Task.FromResult<ITransport>(new StreamServerTransport(serverOutput, serverInput, "in-process client", loggerFactory: null));
    }
}
