using System.ComponentModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ModelContextProtocol.Server;

// A hello-world MCP server in the SDK's usual form: Generic Host, stdio transport, logs on stderr, one tool.
var builder = Host.CreateApplicationBuilder(args);
builder.Logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
builder.Services
    .AddMcpServer()
    .WithStdioServerTransport()
    .WithTools<HelloTools>();
await builder.Build().RunAsync().ConfigureAwait(false);

/// <summary>The one tool of the reference server.</summary>
[McpServerToolType]
internal sealed class HelloTools
{
    [McpServerTool(Name = "say_hello"), Description("Greets the given name.")]
    public static string SayHello([Description("Who to greet.")] string name) => $"Hello, {name}!";
}
