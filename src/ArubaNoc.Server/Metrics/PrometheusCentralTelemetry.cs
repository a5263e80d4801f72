using ArubaNoc.Central.Observability;
using ArubaNoc.Central.Resilience;

namespace ArubaNoc.Server.Metrics;

/// <summary>Moves the Prometheus metrics from the Central client's measurements.</summary>
internal sealed class PrometheusCentralTelemetry(NocMetrics metrics) : ICentralTelemetry
{
    public void ApiCallCompleted(string pathTemplate, string method, string outcome, TimeSpan duration)
    {
        metrics.CentralRequests.WithLabels(pathTemplate, method, outcome).Inc();
        metrics.CentralRequestSeconds.WithLabels(pathTemplate, method).Observe(duration.TotalSeconds);
    }

    public void RetryScheduled(string pathTemplate, string reason) => metrics.CentralRetries.WithLabels(reason).Inc();

    public void RateLimitedResponse(string pathTemplate) => metrics.CentralThrottled.WithLabels(pathTemplate).Inc();

    public void TokenRefreshCompleted(string result, bool background) =>
        metrics.TokenRefreshes.WithLabels(result, background ? "background" : "foreground").Inc();

    public void TokenRefreshAvoided() => metrics.TokenRefreshesAvoided.Inc();

    public void BreakerStateChanged(CircuitState state)
    {
        metrics.BreakerState.Set((int)state);
        if (state == CircuitState.Open)
        {
            metrics.BreakerOpens.Inc();
        }
    }

    public void LimiterWaited(TimeSpan wait) => metrics.LimiterWaitSeconds.Observe(wait.TotalSeconds);
}
