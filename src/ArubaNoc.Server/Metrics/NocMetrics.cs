using ArubaNoc.Central.Observability;
using Prometheus;

namespace ArubaNoc.Server.Metrics;

/// <summary>
/// The server's Prometheus metrics in a registry of their own (no process or .NET runtime defaults).
/// Labels come from bounded sets only: path templates, HTTP methods, status classes, reasons, tool names.
/// Serial numbers, MAC addresses, site names and tokens never become labels.
/// </summary>
internal sealed class NocMetrics
{
    /// <summary>Prefix of every metric name.</summary>
    public const string Prefix = "aruba_noc_";

    private static readonly double[] RequestSecondsBuckets = [0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];
    private static readonly double[] WaitSecondsBuckets = [0.001, 0.01, 0.1, 0.5, 1, 2.5, 5, 10, 30, 60];

    private Func<CentralHealth?> _healthSource = static () => null;

    public NocMetrics(string version)
    {
        Registry = Prometheus.Metrics.NewCustomRegistry();
        var factory = Prometheus.Metrics.WithCustomRegistry(Registry);

        BuildInfo = factory.CreateGauge(Prefix + "build_info", "Always 1; the version label names the running build.", "version");
        BuildInfo.WithLabels(version).Set(1);

        CentralRequests = factory.CreateCounter(Prefix + "central_requests_total", "HTTP attempts against Central by endpoint template, method and outcome (2xx, 4xx, 5xx, timeout, transport, cancelled).", "endpoint", "method", "outcome");
        CentralRequestSeconds = factory.CreateHistogram(Prefix + "central_request_duration_seconds", "Duration of HTTP attempts against Central.", new HistogramConfiguration { LabelNames = ["endpoint", "method"], Buckets = RequestSecondsBuckets });
        CentralRetries = factory.CreateCounter(Prefix + "central_retries_total", "Retries of Central requests by reason (timeout, transport, rate_limited, http_502, http_503, http_504).", "reason");
        CentralThrottled = factory.CreateCounter(Prefix + "central_rate_limited_total", "HTTP 429 responses received from Central, by endpoint template.", "endpoint");
        TokenRefreshes = factory.CreateCounter(Prefix + "token_refreshes_total", "Token requests by result (success, rejected, failed) and mode (foreground, background).", "result", "mode");
        TokenRefreshesAvoided = factory.CreateCounter(Prefix + "token_refreshes_avoided_total", "Callers that joined a token refresh already in flight instead of starting another.");
        TokenExpirySeconds = factory.CreateGauge(Prefix + "token_expiry_seconds", "Seconds until the current access token expires; 0 when no valid token is held.");
        BreakerState = factory.CreateGauge(Prefix + "circuit_breaker_state", "Circuit breaker state: 0 closed, 1 open, 2 half-open.");
        BreakerFailures = factory.CreateGauge(Prefix + "circuit_breaker_consecutive_failures", "Consecutive failures counted by the circuit breaker.");
        BreakerOpens = factory.CreateCounter(Prefix + "circuit_breaker_opened_total", "Times the circuit breaker opened.");
        LimiterTokens = factory.CreateGauge(Prefix + "rate_limiter_tokens_available", "Tokens in the client-side rate limiter's bucket.");
        LimiterWaiters = factory.CreateGauge(Prefix + "rate_limiter_waiters", "Requests waiting for a rate-limiter token.");
        LimiterWaitSeconds = factory.CreateHistogram(Prefix + "rate_limiter_wait_seconds", "Time requests waited for a rate-limiter token (only requests that had to wait).", new HistogramConfiguration { Buckets = WaitSecondsBuckets });
        InFlight = factory.CreateGauge(Prefix + "central_requests_in_flight", "Central requests currently in flight.");
        ToolCalls = factory.CreateCounter(Prefix + "tool_calls_total", "Tool calls by tool and outcome (ok, error, exception, cancelled).", "tool", "outcome");
        ToolSeconds = factory.CreateHistogram(Prefix + "tool_duration_seconds", "Duration of tool calls.", new HistogramConfiguration { LabelNames = ["tool"], Buckets = RequestSecondsBuckets });

        // Gauges that mirror the client's state are read once per scrape, not updated on every request.
        Registry.AddBeforeCollectCallback(UpdateStateGauges);
    }

    public CollectorRegistry Registry { get; }

    public Gauge BuildInfo { get; }

    public Counter CentralRequests { get; }

    public Histogram CentralRequestSeconds { get; }

    public Counter CentralRetries { get; }

    public Counter CentralThrottled { get; }

    public Counter TokenRefreshes { get; }

    public Counter TokenRefreshesAvoided { get; }

    public Gauge TokenExpirySeconds { get; }

    public Gauge BreakerState { get; }

    public Gauge BreakerFailures { get; }

    public Counter BreakerOpens { get; }

    public Gauge LimiterTokens { get; }

    public Gauge LimiterWaiters { get; }

    public Histogram LimiterWaitSeconds { get; }

    public Gauge InFlight { get; }

    public Counter ToolCalls { get; }

    public Histogram ToolSeconds { get; }

    /// <summary>Sets where scrape-time gauges read the Central client's state from.</summary>
    public void UseHealthSource(Func<CentralHealth?> healthSource) => _healthSource = healthSource;

    /// <summary>Writes the current metrics in the Prometheus text format.</summary>
    public async Task<string> ExportAsync(CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await Registry.CollectAndExportAsTextAsync(buffer, cancellationToken).ConfigureAwait(false);
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private void UpdateStateGauges()
    {
        var health = _healthSource();
        if (health is null)
        {
            return;
        }

        TokenExpirySeconds.Set(health.Token.ExpiresInSeconds ?? 0);
        BreakerState.Set((int)health.BreakerState);
        BreakerFailures.Set(health.ConsecutiveFailures);
        LimiterTokens.Set(health.LimiterTokensAvailable);
        LimiterWaiters.Set(health.LimiterWaiters);
        InFlight.Set(health.InFlight);
    }
}
