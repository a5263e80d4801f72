using ArubaNoc.Central.Resilience;

namespace ArubaNoc.Central.Observability;

/// <summary>Telemetry that discards everything; the default when no metrics are wanted.</summary>
public sealed class NullCentralTelemetry : ICentralTelemetry
{
    /// <summary>The shared instance.</summary>
    public static NullCentralTelemetry Instance { get; } = new();

    private NullCentralTelemetry()
    {
    }

    /// <inheritdoc/>
    public void ApiCallCompleted(string pathTemplate, string method, string outcome, TimeSpan duration)
    {
    }

    /// <inheritdoc/>
    public void RetryScheduled(string pathTemplate, string reason)
    {
    }

    /// <inheritdoc/>
    public void RateLimitedResponse(string pathTemplate)
    {
    }

    /// <inheritdoc/>
    public void TokenRefreshCompleted(string result, bool background)
    {
    }

    /// <inheritdoc/>
    public void TokenRefreshAvoided()
    {
    }

    /// <inheritdoc/>
    public void BreakerStateChanged(CircuitState state)
    {
    }

    /// <inheritdoc/>
    public void LimiterWaited(TimeSpan wait)
    {
    }
}
