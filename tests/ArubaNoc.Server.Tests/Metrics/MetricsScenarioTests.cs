using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using ArubaNoc.Central.Configuration;
using ArubaNoc.Central.Http;
using ArubaNoc.Central.Wire;
using ArubaNoc.Server.Hosting;
using ArubaNoc.Server.Metrics;
using ArubaNoc.Server.Tests.TestSupport;
using ArubaNoc.Simulator;
using ArubaNoc.Simulator.Faults;
using ArubaNoc.Simulator.Tenant;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace ArubaNoc.Server.Tests.Metrics;

/// <summary>
/// Runs a scripted scenario through the real Central client against the simulated tenant (token refresh,
/// a 429, a breaker opening, tool calls), then scrapes <c>/metrics</c> over loopback HTTP.
/// </summary>
public sealed partial class MetricsScenarioTests
{
    private const string DevicesPath = "/network-monitoring/v1/devices";
    private const string GatewaysPath = "/network-monitoring/v1/gateways";
    private const string ApPath = "/network-monitoring/v1/aps/{serial-number}";

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Scrape_AfterScenario_ReportsEveryMetric()
    {
        var scrape = await RunScenarioAndScrapeAsync();

        Assert.Equal(1, Sample(scrape, "aruba_noc_token_refreshes_total", ("result", "success"), ("mode", "foreground")));
        Assert.Equal(1, Sample(scrape, "aruba_noc_central_rate_limited_total", ("endpoint", DevicesPath)));
        Assert.Equal(1, Sample(scrape, "aruba_noc_central_retries_total", ("reason", "rate_limited")));
        Assert.True(Sample(scrape, "aruba_noc_central_requests_total", ("endpoint", DevicesPath), ("method", "GET"), ("outcome", "2xx")) >= 1);
        Assert.True(Sample(scrape, "aruba_noc_central_requests_total", ("endpoint", GatewaysPath), ("method", "GET"), ("outcome", "5xx")) >= 2);
        Assert.Equal(1, Sample(scrape, "aruba_noc_circuit_breaker_opened_total"));
        Assert.Equal(1, Sample(scrape, "aruba_noc_circuit_breaker_state"));
        Assert.Equal(2, Sample(scrape, "aruba_noc_circuit_breaker_consecutive_failures"));
        Assert.True(Sample(scrape, "aruba_noc_token_expiry_seconds") > 7000);
        Assert.Equal(2, Sample(scrape, "aruba_noc_tool_calls_total", ("tool", "echo"), ("outcome", "ok")));
        Assert.Equal(1, Sample(scrape, "aruba_noc_tool_calls_total", ("tool", "fail"), ("outcome", "error")));
        Assert.Equal(1, Sample(scrape, "aruba_noc_tool_calls_total", ("tool", "throw"), ("outcome", "exception")));
        Assert.Equal(4, Sample(scrape, "aruba_noc_tool_duration_seconds_count", ("tool", "echo")) + Sample(scrape, "aruba_noc_tool_duration_seconds_count", ("tool", "fail")) + Sample(scrape, "aruba_noc_tool_duration_seconds_count", ("tool", "throw")));
        Assert.Equal(1, Sample(scrape, "aruba_noc_build_info", ("version", ServerIdentity.Version)));
        Assert.Contains("aruba_noc_rate_limiter_tokens_available ", scrape, StringComparison.Ordinal);
        Assert.Contains("aruba_noc_rate_limiter_waiters ", scrape, StringComparison.Ordinal);
        Assert.Contains("aruba_noc_rate_limiter_wait_seconds_count ", scrape, StringComparison.Ordinal);
        Assert.Contains("aruba_noc_central_request_duration_seconds_count{", scrape, StringComparison.Ordinal);
        Assert.Contains("aruba_noc_token_refreshes_avoided_total ", scrape, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scrape_AfterScenario_HoldsNoIdentifierOrSecret()
    {
        var scrape = await RunScenarioAndScrapeAsync();
        var tenant = SimulatedTenant.CreateDefault();

        Assert.DoesNotContain(SimulatorCredentials.ClientSecret, scrape, StringComparison.Ordinal);
        Assert.DoesNotContain(SimulatorCredentials.ClientId, scrape, StringComparison.Ordinal);
        Assert.DoesNotContain("Bearer", scrape, StringComparison.Ordinal);
        Assert.DoesNotContain("sim-", scrape, StringComparison.Ordinal);
        Assert.DoesNotMatch(MacPattern(), scrape);
        Assert.All(tenant.Devices.Take(50), device => Assert.DoesNotContain(device.SerialNumber, scrape, StringComparison.Ordinal));
        Assert.All(tenant.Sites.Where(site => !string.IsNullOrEmpty(site.Name)), site => Assert.DoesNotContain(site.Name!, scrape, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("0.0.0.0")]
    [InlineData("192.0.2.10")]
    [InlineData("::")]
    [InlineData("metrics.example")]
    public void Validate_NonLoopbackWithoutExplicitHost_IsRejected(string host)
    {
        var error = MetricsListener.Validate(9464, host, hostGivenExplicitly: false);

        Assert.NotNull(error);
        Assert.Contains("--metrics-host", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("127.0.0.1", false)]
    [InlineData("127.0.0.2", false)]
    [InlineData("::1", false)]
    [InlineData("localhost", false)]
    [InlineData("0.0.0.0", true)]
    public void Validate_LoopbackOrExplicitHost_IsAccepted(string host, bool explicitHost)
    {
        Assert.Null(MetricsListener.Validate(9464, host, explicitHost));
    }

    [Fact]
    public void Parse_MetricsHostFlag_MarksHostExplicit()
    {
        Assert.True(ArubaNoc.Server.Cli.CommandLine.TryParse(["--metrics-port", "9464"], out var plain, out _));
        Assert.True(ArubaNoc.Server.Cli.CommandLine.TryParse(["--metrics-port", "9464", "--metrics-host", "0.0.0.0"], out var exposed, out _));

        Assert.Equal("127.0.0.1", plain.MetricsHost);
        Assert.False(plain.MetricsHostGiven);
        Assert.True(exposed.MetricsHostGiven);
    }

    [Fact]
    public void TryStart_PortTaken_FailsWithClearMessage()
    {
        using var occupant = new TcpListener(IPAddress.Loopback, 0);
        occupant.Start();
        var port = ((IPEndPoint)occupant.LocalEndpoint).Port;

        var listener = MetricsListener.TryStart(new NocMetrics("test"), "127.0.0.1", port, out var error);

        Assert.Null(listener);
        Assert.Contains(port.ToString(System.Globalization.CultureInfo.InvariantCulture), error, StringComparison.Ordinal);
    }

    private static async Task<string> RunScenarioAndScrapeAsync()
    {
        var tenant = SimulatedTenant.CreateDefault();
        var time = new FakeTimeProvider(tenant.ReferenceTime);
        using var handler = new SimulatorHandler(tenant, new SimulatorOptions { TimeProvider = time });
        var metrics = new NocMetrics(ServerIdentity.Version);
        var options = new CentralOptions
        {
            BaseUrl = new Uri("https://us1.api.central.arubanetworks.com/"),
            TokenUrl = new Uri("https://sso.common.cloud.hpe.com" + SimulatorCredentials.TokenPath),
            ClientId = SimulatorCredentials.ClientId,
            ClientSecret = SimulatorCredentials.ClientSecret,
            CircuitBreakerThreshold = 2,
        };
        using var central = CentralClient.Create(options, time, NullLoggerFactory.Instance, handler, new PrometheusCentralTelemetry(metrics));
        metrics.UseHealthSource(central.GetHealth);

        // A 429 with Retry-After, then success: one token refresh, one 429, one rate-limit retry.
        handler.Faults.Arm(FaultScript.RateLimitedRetryAfter(1), DevicesPath, times: 1);
        var devices = await DriveAsync(time, central.SendAsync(CentralRequest.Get(DevicesPath).WithQuery("limit", 5), CentralJsonContext.Default.CentralListJsonElement, Cancellation));
        Assert.True(devices.IsSuccess, devices.Error?.ToString());

        // 503s until the breaker (threshold 2) opens.
        handler.Faults.Arm(FaultScript.ServerError(503), GatewaysPath);
        var gateways = await DriveAsync(time, central.SendAsync(CentralRequest.Get(GatewaysPath), CentralJsonContext.Default.CentralListJsonElement, Cancellation));
        Assert.False(gateways.IsSuccess);

        // A lookup by serial must show up under its template, never its serial.
        var serial = tenant.Devices[0].SerialNumber;
        await DriveAsync(time, central.SendAsync(CentralRequest.Get(ApPath).WithPath("serial-number", serial), CentralJsonContext.Default.JsonElement, Cancellation));

        var invoker = new ToolInvoker(FakeTools.CreateCatalog(), metrics, time, NullLogger.Instance);
        var catalog = invoker.Catalog;
        foreach (var name in new[] { "echo", "echo", "fail", "throw" })
        {
            Assert.True(catalog.TryGet(name, out var tool));
            await invoker.InvokeAsync(tool, null, ArubaNoc.Tools.Framework.ToolCallContext.None, Cancellation);
        }

        return await ScrapeOverLoopbackAsync(metrics);
    }

    /// <summary>Advances the fake clock until <paramref name="task"/> finishes, so retries and waits complete without real sleeps.</summary>
    private static async Task<T> DriveAsync<T>(FakeTimeProvider time, Task<T> task)
    {
        for (var step = 0; step < 600 && !task.IsCompleted; step++)
        {
            await Task.Yield();
            time.Advance(TimeSpan.FromMilliseconds(500));
            await Task.WhenAny(task, Task.Delay(1, Cancellation));
        }

        return await task;
    }

    private static async Task<string> ScrapeOverLoopbackAsync(NocMetrics metrics)
    {
        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        using var listener = MetricsListener.TryStart(metrics, "127.0.0.1", port, out var error);
        Assert.True(listener is not null, error);
        using var http = new HttpClient();
        return await http.GetStringAsync(new Uri($"http://127.0.0.1:{port}/metrics"), Cancellation);
    }

    /// <summary>Reads one sample's value; labels not named may take any value. Returns 0 when absent.</summary>
    private static double Sample(string scrape, string name, params (string Label, string Value)[] labels)
    {
        foreach (var line in scrape.Split('\n'))
        {
            if (!line.StartsWith(name, StringComparison.Ordinal) || (line.Length > name.Length && line[name.Length] is not ('{' or ' ')))
            {
                continue;
            }

            if (labels.All(label => line.Contains($"{label.Label}=\"{label.Value}\"", StringComparison.Ordinal)))
            {
                return double.Parse(line[(line.LastIndexOf(' ') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return 0;
    }

    [GeneratedRegex("([0-9a-fA-F]{2}[:-]){5}[0-9a-fA-F]{2}")]
    private static partial Regex MacPattern();
}
