using Microsoft.Extensions.Logging;

namespace ArubaNoc.Server.Cli;

/// <summary>The command the process runs.</summary>
internal enum CommandKind
{
    Serve,
    Help,
    Version,
    ListTools,
    CallTool,
}

/// <summary>
/// The parsed command line. Settings given as flags are stored under the environment variable they
/// override (for example <c>--region de2</c> under <c>ARUBA_REGION</c>), so one loader reads both.
/// </summary>
internal sealed class CommandLine
{
    /// <summary>Flags that take a value and override the environment variable of the same meaning.</summary>
    public static IReadOnlyList<(string Flag, string Variable, string Help)> SettingFlags { get; } =
    [
        ("--base-url", "ARUBA_BASE_URL", "Central API base URL, for example https://de2.api.central.arubanetworks.com"),
        ("--region", "ARUBA_REGION", "Central cluster name (us1, de2, ...); sets the base URL"),
        ("--token-url", "ARUBA_TOKEN_URL", "OAuth2 token endpoint URL"),
        ("--api-timeout", "ARUBA_API_TIMEOUT", "per-request timeout in seconds"),
        ("--rate-limit-requests", "ARUBA_RATE_LIMIT_REQUESTS", "requests allowed per rate-limit window"),
        ("--rate-limit-window", "ARUBA_RATE_LIMIT_WINDOW", "rate-limit window in seconds"),
        ("--max-concurrency", "ARUBA_MAX_CONCURRENCY", "maximum Central requests in flight"),
        ("--circuit-breaker-threshold", "ARUBA_CIRCUIT_BREAKER_THRESHOLD", "consecutive failures that open the circuit breaker"),
        ("--circuit-breaker-timeout", "ARUBA_CIRCUIT_BREAKER_TIMEOUT", "seconds the circuit breaker stays open before a probe"),
        ("--token-refresh-buffer", "ARUBA_TOKEN_REFRESH_BUFFER", "seconds before token expiry when a refresh starts"),
    ];

    private LogLevel? _logLevel;

    private CommandLine(CommandKind kind)
    {
        Kind = kind;
    }

    public CommandKind Kind { get; private set; }

    /// <summary>Serve or call against the built-in simulated tenant instead of Central.</summary>
    public bool Demo { get; private set; }

    /// <summary>For <c>call</c>: print the structured result as JSON instead of the text summary.</summary>
    public bool Json { get; private set; }

    /// <summary>
    /// Minimum log level: <c>--log-level</c> when given, else Information when serving and Warning for
    /// <c>tools</c> and <c>call</c>, whose standard error a person reads.
    /// </summary>
    public LogLevel LogLevel => _logLevel ?? (Kind == CommandKind.Serve ? LogLevel.Information : LogLevel.Warning);

    /// <summary>Port of the Prometheus metrics listener; null when metrics are off (the default).</summary>
    public int? MetricsPort { get; private set; }

    /// <summary>Address the metrics listener binds; loopback unless <c>--metrics-host</c> names another.</summary>
    public string MetricsHost { get; private set; } = "127.0.0.1";

    /// <summary>True when <c>--metrics-host</c> was given, which is the only way to bind a non-loopback address.</summary>
    public bool MetricsHostGiven { get; private set; }

    /// <summary>For <c>call</c>: the tool's wire name.</summary>
    public string? ToolName { get; private set; }

    /// <summary>For <c>call</c>: arguments in the order given, as raw <c>key=value</c> or <c>key:=json</c> pairs.</summary>
    public List<ToolArgumentText> ToolArguments { get; } = [];

    /// <summary>Settings from flags, keyed by the environment variable they override.</summary>
    public Dictionary<string, string> SettingOverrides { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Parses <paramref name="args"/>. Returns false with a one-line <paramref name="error"/> on a usage error.
    /// </summary>
    public static bool TryParse(IReadOnlyList<string> args, out CommandLine commandLine, out string? error)
    {
        commandLine = new CommandLine(CommandKind.Serve);
        error = null;
        var positional = new List<string>();

        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            switch (arg)
            {
                case "-h" or "--help":
                    commandLine.Kind = CommandKind.Help;
                    return true;
                case "--version":
                    commandLine.Kind = CommandKind.Version;
                    return true;
                case "--demo":
                    commandLine.Demo = true;
                    commandLine.SettingOverrides["ARUBA_DEMO"] = "true";
                    continue;
                case "--json":
                    commandLine.Json = true;
                    continue;
                case "--metrics-port":
                    if (!TryTakeValue(args, ref i, out var portText, out error))
                    {
                        return false;
                    }

                    if (!int.TryParse(portText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
                    {
                        error = $"Invalid value '{portText}' for --metrics-port: expected a port number from 1 to 65535.";
                        return false;
                    }

                    commandLine.MetricsPort = port;
                    continue;
                case "--metrics-host":
                    if (!TryTakeValue(args, ref i, out var host, out error))
                    {
                        return false;
                    }

                    commandLine.MetricsHost = host;
                    commandLine.MetricsHostGiven = true;
                    continue;
                case "--log-level":
                    if (!TryTakeValue(args, ref i, out var levelText, out error))
                    {
                        return false;
                    }

                    if (!TryParseLogLevel(levelText, out var level))
                    {
                        error = $"Invalid value '{levelText}' for --log-level: expected trace, debug, information, warning, error, critical or none.";
                        return false;
                    }

                    commandLine._logLevel = level;
                    continue;
            }

            var setting = FindSettingFlag(arg);
            if (setting is not null)
            {
                if (!TryTakeValue(args, ref i, out var value, out error))
                {
                    return false;
                }

                commandLine.SettingOverrides[setting.Value.Variable] = value;
                continue;
            }

            if (arg.StartsWith('-') && positional.Count < 2)
            {
                error = $"Unknown option '{arg}'. Run 'aruba-noc-mcp --help' for the list of options.";
                return false;
            }

            positional.Add(arg);
        }

        return TryApplyPositional(commandLine, positional, out error);
    }

    private static bool TryApplyPositional(CommandLine commandLine, List<string> positional, out string? error)
    {
        error = null;
        if (positional.Count == 0)
        {
            return true;
        }

        switch (positional[0])
        {
            case "tools":
                if (positional.Count > 1)
                {
                    error = $"The 'tools' command takes no arguments (got '{positional[1]}').";
                    return false;
                }

                commandLine.Kind = CommandKind.ListTools;
                return true;

            case "call":
                if (positional.Count < 2)
                {
                    error = "Missing tool name: use 'aruba-noc-mcp call <tool> key=value ...' ('aruba-noc-mcp tools' lists the tools).";
                    return false;
                }

                commandLine.Kind = CommandKind.CallTool;
                commandLine.ToolName = positional[1];
                foreach (var pair in positional.Skip(2))
                {
                    if (!ToolArgumentText.TryParse(pair, out var argument))
                    {
                        error = $"Invalid tool argument '{pair}': expected key=value (a string) or key:=json (a JSON value).";
                        return false;
                    }

                    commandLine.ToolArguments.Add(argument);
                }

                return true;

            default:
                error = $"Unknown command '{positional[0]}'. Commands: tools, call. Run 'aruba-noc-mcp --help' for usage.";
                return false;
        }
    }

    private static (string Flag, string Variable, string Help)? FindSettingFlag(string arg)
    {
        foreach (var flag in SettingFlags)
        {
            if (string.Equals(flag.Flag, arg, StringComparison.Ordinal))
            {
                return flag;
            }
        }

        return null;
    }

    private static bool TryTakeValue(IReadOnlyList<string> args, ref int index, out string value, out string? error)
    {
        if (index + 1 >= args.Count)
        {
            value = string.Empty;
            error = $"Missing value for {args[index]}.";
            return false;
        }

        index++;
        value = args[index];
        error = null;
        return true;
    }

    private static bool TryParseLogLevel(string text, out LogLevel level)
    {
        switch (text.ToUpperInvariant())
        {
            case "TRACE": level = LogLevel.Trace; return true;
            case "DEBUG": level = LogLevel.Debug; return true;
            case "INFORMATION" or "INFO": level = LogLevel.Information; return true;
            case "WARNING" or "WARN": level = LogLevel.Warning; return true;
            case "ERROR": level = LogLevel.Error; return true;
            case "CRITICAL": level = LogLevel.Critical; return true;
            case "NONE": level = LogLevel.None; return true;
            default: level = LogLevel.Information; return false;
        }
    }
}

/// <summary>One tool argument from the command line: <c>key=value</c> is a JSON string, <c>key:=json</c> raw JSON.</summary>
internal readonly record struct ToolArgumentText(string Name, string Value, bool IsJson)
{
    public static bool TryParse(string text, out ToolArgumentText argument)
    {
        argument = default;
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            return false;
        }

        var isJson = text[equals - 1] == ':';
        var name = isJson ? text[..(equals - 1)] : text[..equals];
        if (name.Length == 0)
        {
            return false;
        }

        argument = new ToolArgumentText(name, text[(equals + 1)..], isJson);
        return true;
    }
}
