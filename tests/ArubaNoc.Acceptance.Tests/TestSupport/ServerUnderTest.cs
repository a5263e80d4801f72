using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text;
using System.Text.Json;
using ArubaNoc.Simulator;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace ArubaNoc.Acceptance.Tests.TestSupport;

/// <summary>
/// The built server as a child process speaking MCP over its standard streams, configured against a
/// <see cref="SimulatorHost"/> with the simulator's client credentials. Records every byte of stdin, stdout and
/// stderr, every tool result and the last metrics scrape, for the secrets check.
/// </summary>
internal sealed class ServerUnderTest : IAsyncDisposable
{
    public const string BinaryVariable = "ARUBA_NOC_MCP_BINARY";

    private readonly Process _process;
    private readonly RecordedBytes _stdout = new();
    private readonly RecordedBytes _stdin = new();
    private readonly StringBuilder _stderr = new();
    private readonly Lock _resultsLock = new();
    private readonly StringBuilder _results = new();
    private readonly int _metricsPort;
    private string _metrics = string.Empty;

    private ServerUnderTest(Process process, McpClient client, int metricsPort)
    {
        _process = process;
        Client = client;
        _metricsPort = metricsPort;
    }

    /// <summary>The SDK client connected to the child.</summary>
    public McpClient Client { get; private set; }

    /// <summary>True while the child process runs.</summary>
    public bool IsRunning => !_process.HasExited;

    /// <summary>Everything the client wrote to the child's stdin so far.</summary>
    public string StdinText => _stdin.Text();

    /// <summary>Everything the child wrote to stderr so far.</summary>
    public string StderrText
    {
        get
        {
            lock (_stderr)
            {
                return _stderr.ToString();
            }
        }
    }

    /// <summary>
    /// Starts the child against <paramref name="simulator"/> with short timeouts and a fast breaker, then
    /// connects the SDK client. <paramref name="settings"/> override or add environment variables.
    /// </summary>
    public static async Task<ServerUnderTest> StartAsync(SimulatorHost simulator, IReadOnlyDictionary<string, string>? settings, CancellationToken cancellationToken)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["ARUBA_BASE_URL"] = simulator.BaseAddress.ToString().TrimEnd('/'),
            ["ARUBA_TOKEN_URL"] = simulator.TokenUrl.ToString(),
            ["ARUBA_CLIENT_ID"] = SimulatorCredentials.ClientId,
            ["ARUBA_CLIENT_SECRET"] = SimulatorCredentials.ClientSecret,
            ["ARUBA_API_TIMEOUT"] = "2",
            ["ARUBA_RATE_LIMIT_REQUESTS"] = "1000",
            ["ARUBA_RATE_LIMIT_WINDOW"] = "1",
            ["ARUBA_MAX_CONCURRENCY"] = "6",
            ["ARUBA_CIRCUIT_BREAKER_THRESHOLD"] = "5",
            ["ARUBA_CIRCUIT_BREAKER_TIMEOUT"] = "1",
        };
        foreach (var (name, value) in settings ?? new Dictionary<string, string>())
        {
            environment[name] = value;
        }

        var metricsPort = FreeLoopbackPort();
        var process = Launch(environment, "--log-level", "debug", "--metrics-port", metricsPort.ToString(CultureInfo.InvariantCulture));
        var server = new ServerUnderTest(process, null!, metricsPort);
        process.ErrorDataReceived += (_, line) =>
        {
            if (line.Data is not null)
            {
                lock (server._stderr)
                {
                    server._stderr.AppendLine(line.Data);
                }
            }
        };
        process.BeginErrorReadLine();

        var transport = new StreamClientTransport(
            new TeeStream(process.StandardInput.BaseStream, server._stdin),
            new TeeStream(process.StandardOutput.BaseStream, server._stdout));
        server.Client = await McpClient.CreateAsync(transport, cancellationToken: cancellationToken).ConfigureAwait(false);
        return server;
    }

    /// <summary>Calls <paramref name="tool"/> with arguments given as a JSON object and records the answer.</summary>
    public async Task<ToolAnswer> CallAsync(string tool, string argumentsJson, CancellationToken cancellationToken)
    {
        using var document = JsonDocument.Parse(argumentsJson);
        var arguments = document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal);
        var result = await Client.CallToolAsync(new CallToolRequestParams { Name = tool, Arguments = arguments }, cancellationToken).ConfigureAwait(false);
        var answer = ToolAnswer.From(tool, result);
        lock (_resultsLock)
        {
            _results.AppendLine(answer.Text).AppendLine(answer.Structured?.GetRawText());
        }

        return answer;
    }

    /// <summary>Resident set size of the child in KiB, from <c>/proc/PID/status</c>.</summary>
    public long ResidentKib()
    {
        foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                return long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
            }
        }

        throw new InvalidOperationException("VmRSS missing from /proc status.");
    }

    /// <summary>Scrapes the child's Prometheus endpoint and keeps the text for the secrets check.</summary>
    public async Task<string> ScrapeMetricsAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient();
        _metrics = await http.GetStringAsync(new Uri($"http://127.0.0.1:{_metricsPort}/metrics"), cancellationToken).ConfigureAwait(false);
        return _metrics;
    }

    /// <summary>
    /// Asserts that neither the client secret nor any token <paramref name="simulator"/> issued appears in the
    /// child's stdout, stderr, metrics or tool results. Scrapes the metrics first.
    /// </summary>
    public async Task AssertNoSecretsAsync(SimulatorHost simulator, CancellationToken cancellationToken)
    {
        await ScrapeMetricsAsync(cancellationToken).ConfigureAwait(false);
        var tokens = simulator.IssuedTokens;
        Assert.NotEmpty(tokens);
        var scanner = new SecretScanner(SimulatorCredentials.ClientId, SimulatorCredentials.ClientSecret, tokens);

        Assert.NotEqual(0, _stdout.Length);
        Assert.Contains("aruba_noc_", _metrics, StringComparison.Ordinal);
        string results;
        lock (_resultsLock)
        {
            results = _results.ToString();
        }

        Assert.Null(scanner.FindIn("stdout", _stdout.ToArray()));
        Assert.Null(scanner.FindIn("stderr", Encoding.UTF8.GetBytes(StderrText)));
        Assert.Null(scanner.FindIn("metrics", Encoding.UTF8.GetBytes(_metrics)));
        Assert.Null(scanner.FindIn("tool results", Encoding.UTF8.GetBytes(results)));
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Client.DisposeAsync().ConfigureAwait(false);
        try
        {
            _process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The pipe is already closed.
        }

        using var exitWait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await _process.WaitForExitAsync(exitWait.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    /// <summary>The command and leading arguments that start the server: the native binary when named, else the JIT build in the server project's own output.</summary>
    public static (string Command, IReadOnlyList<string> Arguments) Locate()
    {
        var native = Environment.GetEnvironmentVariable(BinaryVariable);
        if (!string.IsNullOrEmpty(native))
        {
            return File.Exists(native)
                ? (native, [])
                : throw new InvalidOperationException($"{BinaryVariable} names '{native}', which does not exist.");
        }

        var directory = typeof(ServerUnderTest).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "ServerBuildDirectory").Value!;
        var apphost = Path.Combine(directory, "aruba-noc-mcp");
        return File.Exists(apphost)
            ? (apphost, [])
            : ("dotnet", [Path.Combine(directory, "aruba-noc-mcp.dll")]);
    }

    private static Process Launch(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var (command, leading) = Locate();
        var start = new ProcessStartInfo(command)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in leading.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        // The child must not pick up a developer's real tenant or proxy.
        foreach (var variable in new[] { "ARUBA_CLIENT_ID", "ARUBA_CLIENT_SECRET", "ARUBA_ACCESS_TOKEN", "ARUBA_BASE_URL", "ARUBA_REGION", "ARUBA_DEMO", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY" })
        {
            start.Environment.Remove(variable);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return Process.Start(start) ?? throw new InvalidOperationException($"Could not start '{command}'.");
    }

    private static int FreeLoopbackPort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
