using ArubaNoc.Central.Configuration;
using ArubaNoc.Central.Http;
using ArubaNoc.Server.Cli;
using ArubaNoc.Server.Logging;
using ArubaNoc.Server.Metrics;
using ArubaNoc.Simulator;
using ArubaNoc.Tools;
using Microsoft.Extensions.Logging;

namespace ArubaNoc.Server.Hosting;

/// <summary>
/// The composition root: logging, options, the Central client (over the network, or over the in-process
/// simulated tenant in demo mode), metrics and the tool catalog. Demo mode runs the same client pipeline
/// (token cache, breaker, limiter, retries) as production; only the transport differs.
/// </summary>
internal sealed class ServerRuntime : IDisposable
{
    /// <summary>API host used in demo mode. The <c>.invalid</c> name can never resolve, and no socket is opened for it.</summary>
    public static readonly Uri DemoBaseUrl = new("https://demo.central.invalid/");

    private readonly LoggerFactory _loggerFactory;
    private readonly CentralClient _central;
    private readonly IDisposable? _metricsListener;

    private ServerRuntime(StderrLoggerProvider loggerProvider, LoggerFactory loggerFactory, CentralClient central, NocMetrics? metrics, ToolInvoker invoker, IDisposable? metricsListener)
    {
        LoggerProvider = loggerProvider;
        _loggerFactory = loggerFactory;
        _central = central;
        Metrics = metrics;
        Invoker = invoker;
        _metricsListener = metricsListener;
    }

    public StderrLoggerProvider LoggerProvider { get; }

    /// <summary>The Prometheus metrics, or null when no <c>--metrics-port</c> was given and nothing could read them.</summary>
    public NocMetrics? Metrics { get; }

    public ToolInvoker Invoker { get; }

    /// <summary>
    /// Builds everything the command line requests. Returns null with a one-line <paramref name="error"/>
    /// when a setting is invalid or the metrics port cannot be bound.
    /// </summary>
    public static ServerRuntime? TryCreate(
        CommandLine commandLine,
        TextWriter logWriter,
        Func<IReadOnlyDictionary<string, string>, CentralOptionsLoadResult> loadOptions,
        out string? error)
    {
        var timeProvider = TimeProvider.System;
        var started = timeProvider.GetTimestamp();

        var loaded = loadOptions(commandLine.SettingOverrides);
        if (!loaded.IsSuccess)
        {
            error = loaded.Error;
            return null;
        }

        if (commandLine.MetricsPort is { } port && MetricsListener.Validate(port, commandLine.MetricsHost, commandLine.MetricsHostGiven) is { } metricsError)
        {
            error = metricsError;
            return null;
        }

        var options = loaded.Options!;
        HttpMessageHandler? transport = null;
        if (options.Demo)
        {
            options = DemoOptions(options);
            // Without a tenant the handler builds the demo tenant dated from the current minute of its clock.
            transport = new SimulatorHandler(tenant: null, new SimulatorOptions { TimeProvider = timeProvider });
        }

        var loggerProvider = new StderrLoggerProvider(logWriter, timeProvider, commandLine.LogLevel);
        var loggerFactory = new LoggerFactory([loggerProvider], new LoggerFilterOptions { MinLevel = commandLine.LogLevel });
        // The registry and its collectors are built only when a listener will serve them, which keeps them off
        // the start-up path of a plain stdio session.
        var metrics = commandLine.MetricsPort is null ? null : new NocMetrics(ServerIdentity.Version);
        var central = CentralClient.Create(options, timeProvider, loggerFactory, transport, metrics is null ? null : new PrometheusCentralTelemetry(metrics));
        metrics?.UseHealthSource(central.GetHealth);

        var environment = new ToolEnvironment
        {
            Central = central,
            TimeProvider = timeProvider,
            ServerVersion = ServerIdentity.Version,
            StartedTimestamp = started,
            Demo = options.Demo,
        };
        var invoker = new ToolInvoker(BuiltInTools.CreateCatalog(environment), metrics, timeProvider, loggerFactory.CreateLogger("ArubaNoc.Server.Tools"));

        IDisposable? listener = null;
        if (metrics is not null && commandLine.MetricsPort is { } metricsPort)
        {
            listener = MetricsListener.TryStart(metrics, commandLine.MetricsHost, metricsPort, out error);
            if (listener is null)
            {
                central.Dispose();
                loggerFactory.Dispose();
                return null;
            }
        }

        error = null;
        return new ServerRuntime(loggerProvider, loggerFactory, central, metrics, invoker, listener);
    }

    public void Dispose()
    {
        _metricsListener?.Dispose();
        _central.Dispose();
        _loggerFactory.Dispose();
        LoggerProvider.Dispose();
    }

    /// <summary>Points the client at the simulated tenant with its demo credentials; limits stay as configured.</summary>
    private static CentralOptions DemoOptions(CentralOptions options) => options with
    {
        BaseUrl = DemoBaseUrl,
        Region = null,
        TokenUrl = new Uri(DemoBaseUrl, SimulatorCredentials.TokenPath),
        ClientId = SimulatorCredentials.ClientId,
        ClientSecret = SimulatorCredentials.ClientSecret,
        AccessToken = null,
    };
}
