using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace ArubaNoc.Server.Hosting;

/// <summary>
/// Runs the MCP server on the Generic Host. Standard output carries JSON-RPC frames only; logs go to
/// standard error. The host stops when the client closes standard input.
/// </summary>
/// <remarks>
/// The server is created with the SDK's <see cref="McpServer.Create"/> inside one hosted service instead of
/// <c>AddMcpServer()</c>. The SDK's registrations resolve options, open generics and tool collections through
/// the container, and a Native AOT build constructs those generic types at run time. In a perf profile of the
/// published binary that was about a third of the start-up CPU time. The server needs none of them, because
/// its handlers are two delegates.
/// </remarks>
internal static class McpStdioHost
{
    /// <summary>
    /// Builds the host that serves the tools of <paramref name="invoker"/> over the transport that
    /// <paramref name="createTransport"/> returns (stdio, or given streams in tests). The host logs through
    /// <paramref name="loggerProvider"/>, which it does not own.
    /// </summary>
    public static IHost Build(ToolInvoker invoker, ILoggerProvider loggerProvider, LogLevel logLevel, Func<McpServerOptions, ILoggerFactory, ITransport> createTransport)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });

        // One provider at one minimum level, as builder.Logging would configure it. Built here, the factory skips
        // the container's logging options (a monitor over filter rules), whose generic types a Native AOT build
        // would construct at run time during start-up.
        builder.Services.AddSingleton<ILoggerFactory>(_ => new LoggerFactory(
            [new NonOwnedLoggerProvider(loggerProvider)],
            new LoggerFilterOptions { MinLevel = logLevel }));

        // The host's own options, fixed at their defaults: with DisableDefaults the configuration is empty, so
        // binding it would yield these values, only later and through the same run-time generic construction.
        builder.Services.AddSingleton<IOptions<HostOptions>>(Options.Create(new HostOptions()));
        builder.Services.AddSingleton<IOptions<ConsoleLifetimeOptions>>(Options.Create(new ConsoleLifetimeOptions()));

        // A factory registration: the container calls this delegate instead of reflecting over a constructor.
        builder.Services.AddSingleton<IHostedService>(services => new McpSessionService(
            CreateServerOptions(invoker),
            createTransport,
            services.GetRequiredService<ILoggerFactory>(),
            services,
            services.GetRequiredService<IHostApplicationLifetime>()));

        return builder.Build();
    }

    /// <summary>Serves MCP over this process's standard input and output until the client closes input.</summary>
    public static async Task<int> RunStdioAsync(ToolInvoker invoker, ILoggerProvider loggerProvider, LogLevel logLevel)
    {
        using var host = Build(invoker, loggerProvider, logLevel, CreateStdioTransport);
        await host.RunAsync().ConfigureAwait(false);
        return 0;
    }

    /// <summary>The server identity, the tools capability and the tool handlers: what <c>initialize</c> and <c>tools/*</c> return.</summary>
    internal static McpServerOptions CreateServerOptions(ToolInvoker invoker)
    {
        var options = new McpServerOptions
        {
            ServerInfo = new Implementation
            {
                Name = ServerIdentity.Name,
                Title = ServerIdentity.Title,
                Version = ServerIdentity.Version,
            },
            Capabilities = new ServerCapabilities { Tools = new ToolsCapability() },
        };
        McpToolHandlers.Register(options.Handlers, invoker);
        return options;
    }

    /// <summary>
    /// Creates the stdio transport as the SDK's own does, with standard input read through
    /// <see cref="SurrogateEscapeRepairStream"/> so a lone surrogate in an argument gets a validation error.
    /// </summary>
    private static StreamServerTransport CreateStdioTransport(McpServerOptions options, ILoggerFactory loggerFactory) => new(
        new SurrogateEscapeRepairStream(Console.OpenStandardInput()),
        new BufferedStream(Console.OpenStandardOutput()),
        options.ServerInfo?.Name,
        loggerFactory);

    /// <summary>
    /// Runs one MCP session for the life of the host and stops the application when the session ends, which
    /// happens when the client closes the transport.
    /// </summary>
    private sealed class McpSessionService(
        McpServerOptions options,
        Func<McpServerOptions, ILoggerFactory, ITransport> createTransport,
        ILoggerFactory loggerFactory,
        IServiceProvider services,
        IHostApplicationLifetime lifetime) : BackgroundService
    {
        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            try
            {
                var transport = createTransport(options, loggerFactory);
                await using (transport.ConfigureAwait(false))
                {
                    var server = McpServer.Create(transport, options, loggerFactory, services);
                    await using (server.ConfigureAwait(false))
                    {
                        await server.RunAsync(stoppingToken).ConfigureAwait(false);
                    }
                }
            }
            finally
            {
                lifetime.StopApplication();
            }
        }
    }

    /// <summary>Lends a provider to the host without letting the host dispose it, because the process owns it.</summary>
    private sealed class NonOwnedLoggerProvider(ILoggerProvider inner) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => inner.CreateLogger(categoryName);

        public void Dispose()
        {
        }
    }
}
