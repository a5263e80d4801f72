using System.Text;
using ArubaNoc.Server.Cli;
using ArubaNoc.Server.Hosting;
using ArubaNoc.Tools;

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

        if (commandLine.Demo)
        {
            // NOTE: demo mode arrives with the simulated tenant; until then it is refused instead of half-working.
            await Console.Error.WriteLineAsync("Demo mode (--demo) is not available in this build yet: the simulated tenant is not included.").ConfigureAwait(false);
            return ExitCodes.UsageError;
        }

        var catalog = BuiltInTools.CreateCatalog();

        switch (commandLine.Kind)
        {
            case CommandKind.ListTools:
                return ToolCommands.ListTools(catalog, Console.Out);

            case CommandKind.CallTool:
                using (var cancellation = new CancellationTokenSource())
                {
                    Console.CancelKeyPress += (_, e) =>
                    {
                        e.Cancel = true;
                        cancellation.Cancel();
                    };
                    return await ToolCommands.CallAsync(catalog, commandLine, Console.Out, Console.Error, cancellation.Token).ConfigureAwait(false);
                }

            default:
                return await McpStdioHost.RunStdioAsync(catalog, commandLine.LogLevel).ConfigureAwait(false);
        }
    }
}
