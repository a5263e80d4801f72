using System.Text.Json;
using ArubaNoc.Central.Configuration;
using ArubaNoc.Central.Http;
using ArubaNoc.Simulator;
using ArubaNoc.Simulator.Tenant;
using ArubaNoc.Tools.Framework;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace ArubaNoc.Tools.Tests.TestSupport;

/// <summary>
/// The real Central client pipeline (token cache, breaker, limiter, retries) over the simulated tenant's
/// in-process handler, on a fake clock. Tools under test call it exactly as in production.
/// </summary>
internal sealed class SimulatedCentral : IDisposable
{
    /// <summary>The API host the client is configured with; the simulator serves any host.</summary>
    public static readonly Uri BaseUrl = new("https://us1.api.central.arubanetworks.com/");

    private SimulatedCentral(SimulatedTenant tenant, Func<CentralOptions, CentralOptions>? configure)
    {
        // Start the fake clock at the tenant's reference time so time windows line up with its data.
        Time = new FakeTimeProvider(tenant.ReferenceTime);
        Handler = new SimulatorHandler(tenant, new SimulatorOptions { TimeProvider = Time });
        var options = new CentralOptions
        {
            BaseUrl = BaseUrl,
            TokenUrl = new Uri("https://sso.common.cloud.hpe.com" + SimulatorCredentials.TokenPath),
            ClientId = SimulatorCredentials.ClientId,
            ClientSecret = SimulatorCredentials.ClientSecret,
            // Generous limits so tool tests never wait on the limiter; resilience has its own tests.
            RateLimitRequests = 10_000,
            MaxConcurrency = 64,
        };
        Client = CentralClient.Create(configure?.Invoke(options) ?? options, Time, NullLoggerFactory.Instance, Handler);
        Environment = new ToolEnvironment
        {
            Central = Client,
            TimeProvider = Time,
            ServerVersion = "0.0.0-test",
            StartedTimestamp = Time.GetTimestamp(),
        };
    }

    public FakeTimeProvider Time { get; }

    public SimulatorHandler Handler { get; }

    public CentralClient Client { get; }

    public SimulatedTenant Tenant => Handler.Tenant;

    /// <summary>What tools receive in production, wired to this simulated Central.</summary>
    public ToolEnvironment Environment { get; }

    /// <summary>Every built-in tool, wired to this simulated Central.</summary>
    public ToolCatalog Catalog() => BuiltInTools.CreateCatalog(Environment);

    /// <summary>Creates the pipeline over <paramref name="tenant"/> (the default demo tenant when null).</summary>
    public static SimulatedCentral Create(SimulatedTenant? tenant = null, Func<CentralOptions, CentralOptions>? configure = null) =>
        new(tenant ?? SimulatedTenant.CreateDefault(), configure);

    /// <summary>Requests that reached the Central API, in order (token requests excluded).</summary>
    public IReadOnlyList<Simulator.Logging.RecordedRequest> ApiRequests() =>
        [.. Handler.RequestLog.Snapshot().Where(request => request.Path != SimulatorCredentials.TokenPath)];

    /// <summary>Calls <paramref name="tool"/> with arguments given as a JSON object text.</summary>
    public static async Task<ToolResult> CallAsync(INocTool tool, string argumentsJson = "{}", CancellationToken cancellationToken = default)
    {
        using var document = JsonDocument.Parse(argumentsJson);
        var arguments = document.RootElement.EnumerateObject().ToDictionary(property => property.Name, property => property.Value.Clone(), StringComparer.Ordinal);
        return await tool.InvokeAsync(arguments, ToolCallContext.None, cancellationToken);
    }

    public void Dispose()
    {
        Client.Dispose();
        Handler.Dispose();
    }
}
