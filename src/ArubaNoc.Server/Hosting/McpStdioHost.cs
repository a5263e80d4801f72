using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ModelContextProtocol.Protocol;

namespace ArubaNoc.Server.Hosting;

/// <summary>
/// Runs the MCP server on the Generic Host. Standard output carries JSON-RPC frames only; logs go to
/// standard error. The host stops when the client closes standard input.
/// </summary>
internal static class McpStdioHost
{
    /// <summary>
    /// Builds the host that serves the tools of <paramref name="invoker"/>; <paramref name="transport"/> picks
    /// stdio or given streams. The host logs through <paramref name="loggerProvider"/>, which it does not own.
    /// </summary>
    public static IHost Build(ToolInvoker invoker, ILoggerProvider loggerProvider, LogLevel logLevel, Action<IMcpServerBuilder> transport)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });

        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(logLevel);
        builder.Logging.AddProvider(new NonOwnedLoggerProvider(loggerProvider));

        var mcp = builder.Services
            .AddMcpServer(options =>
            {
                options.ServerInfo = new Implementation
                {
                    Name = ServerIdentity.Name,
                    Title = ServerIdentity.Title,
                    Version = ServerIdentity.Version,
                };
            })
            .WithToolCatalog(invoker);
        transport(mcp);

        return builder.Build();
    }

    /// <summary>Serves MCP over this process's standard input and output until the client closes input.</summary>
    public static async Task<int> RunStdioAsync(ToolInvoker invoker, ILoggerProvider loggerProvider, LogLevel logLevel)
    {
        using var host = Build(invoker, loggerProvider, logLevel, static mcp => mcp.WithStdioServerTransport());
        await host.RunAsync().ConfigureAwait(false);
        return 0;
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
