using System.Text;

namespace ArubaNoc.Server.Cli;

/// <summary>The text printed by <c>--help</c>.</summary>
internal static class HelpText
{
    public static string Build()
    {
        var text = new StringBuilder();
        text.AppendLine("aruba-noc-mcp: MCP server with network-operations tools for HPE Aruba Networking Central.");
        text.AppendLine();
        text.AppendLine("Usage:");
        text.AppendLine("  aruba-noc-mcp [options]                         serve MCP over stdio (what MCP clients run)");
        text.AppendLine("  aruba-noc-mcp [options] tools                   list tool names and titles");
        text.AppendLine("  aruba-noc-mcp [options] call <tool> [args...]   run one tool and print its text summary");
        text.AppendLine();
        text.AppendLine("Tool arguments:");
        text.AppendLine("  key=value      a string value (numbers and booleans may be given as strings)");
        text.AppendLine("  key:=json      a JSON value, for example limit:=50 or site_id:=null");
        text.AppendLine();
        text.AppendLine("Options:");
        text.AppendLine("  --demo                 use the built-in simulated tenant instead of Central");
        text.AppendLine("  --json                 with call: print the structured result as JSON");
        text.AppendLine("  --metrics-port <port>  serve Prometheus metrics at http://127.0.0.1:<port>/metrics (off by default)");
        text.AppendLine("  --metrics-host <addr>  address for the metrics listener; needed to expose metrics beyond loopback");
        text.AppendLine("  --log-level <level>    trace, debug, information (default), warning, error, critical, none; logs go to stderr");
        foreach (var (flag, variable, help) in CommandLine.SettingFlags)
        {
            text.AppendLine($"  {flag} <value>".PadRight(39) + $"{help} (overrides {variable})");
        }

        text.AppendLine("  --version              print the version and exit");
        text.AppendLine("  -h, --help             print this help and exit");
        text.AppendLine();
        text.AppendLine("Exit codes: 0 success, 1 the tool returned an error, 2 usage error.");
        text.AppendLine("Credentials and settings come from environment variables (ARUBA_CLIENT_ID, ARUBA_CLIENT_SECRET,\n" +
            "ARUBA_REGION, ...) or files in /run/secrets; see docs/configuration.md.");
        return text.ToString();
    }
}
