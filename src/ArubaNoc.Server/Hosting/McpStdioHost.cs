using ArubaNoc.Server.Logging;
using ArubaNoc.Tools.Framework;
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
    /// <summary>Builds the host for <paramref name="catalog"/>; <paramref name="transport"/> picks stdio or given streams.</summary>
    public static IHost Build(ToolCatalog catalog, LogLevel logLevel, TextWriter logWriter, Action<IMcpServerBuilder> transport)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });

        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(logLevel);
        builder.Logging.AddProvider(new StderrLoggerProvider(logWriter, TimeProvider.System, logLevel));

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
            .WithToolCatalog(catalog);
        transport(mcp);

        return builder.Build();
    }

    /// <summary>Serves MCP over this process's standard input and output until the client closes input.</summary>
    public static async Task<int> RunStdioAsync(ToolCatalog catalog, LogLevel logLevel)
    {
        using var host = Build(catalog, logLevel, Console.Error, static mcp => mcp.WithStdioServerTransport());
        await host.RunAsync().ConfigureAwait(false);
        return 0;
    }
}
