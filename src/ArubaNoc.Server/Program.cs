using System.Text;
using ArubaNoc.Central.Configuration;
using ArubaNoc.Server.Cli;
using ArubaNoc.Server.Hosting;

namespace ArubaNoc.Server;

/// <summary>
/// Entry point of <c>aruba-noc-mcp</c>: with no command it serves MCP over stdio; <c>tools</c> and
/// <c>call</c> run the same tools from a shell.
/// </summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        // Tool output contains site names in any script, so the console must write UTF-8.
        Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

        if (!CommandLine.TryParse(args, out var commandLine, out var usageError))
        {
            await Console.Error.WriteLineAsync(usageError).ConfigureAwait(false);
            return ExitCodes.UsageError;
        }

        switch (commandLine.Kind)
        {
            case CommandKind.Help:
                await Console.Out.WriteAsync(HelpText.Build()).ConfigureAwait(false);
                return ExitCodes.Success;

            case CommandKind.Version:
                await Console.Out.WriteLineAsync($"{ServerIdentity.Name} {ServerIdentity.Version}").ConfigureAwait(false);
                return ExitCodes.Success;
        }

        using var runtime = ServerRuntime.TryCreate(commandLine, Console.Error, CentralOptionsLoader.Load, out var startError);
        if (runtime is null)
        {
            await Console.Error.WriteLineAsync(startError).ConfigureAwait(false);
            return ExitCodes.UsageError;
        }

        switch (commandLine.Kind)
        {
            case CommandKind.ListTools:
                return ToolCommands.ListTools(runtime.Invoker.Catalog, Console.Out);

            case CommandKind.CallTool:
                using (var cancellation = new CancellationTokenSource())
                {
                    Console.CancelKeyPress += (_, e) =>
                    {
                        e.Cancel = true;
                        cancellation.Cancel();
                    };
                    return await ToolCommands.CallAsync(runtime.Invoker, commandLine, Console.Out, Console.Error, cancellation.Token).ConfigureAwait(false);
                }

            default:
                return await McpStdioHost.RunStdioAsync(runtime.Invoker, runtime.LoggerProvider, commandLine.LogLevel).ConfigureAwait(false);
        }
    }
}
