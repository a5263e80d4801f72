namespace ArubaNoc.Central.Observability;

/// <summary>
/// Receives the client's measurements, for example to move Prometheus metrics. Implementations must be
/// thread-safe, fast and must not throw, because they run on request paths. Labels are bounded sets:
/// path templates, never resolved paths.
/// </summary>
public interface ICentralTelemetry
{
    /// <summary>
    /// Records one HTTP attempt against Central. <paramref name="outcome"/> is the status class
    /// (<c>2xx</c>, <c>3xx</c>, <c>4xx</c>, <c>5xx</c>) or <c>timeout</c>, <c>transport</c> or <c>cancelled</c>.
    /// </summary>
    void ApiCallCompleted(string pathTemplate, string method, string outcome, TimeSpan duration);

    /// <summary>
    /// Records a retry about to happen. <paramref name="reason"/> is <c>timeout</c>, <c>transport</c>,
    /// <c>rate_limited</c> or <c>http_502</c>, <c>http_503</c>, <c>http_504</c>.
    /// </summary>
    void RetryScheduled(string pathTemplate, string reason);

    /// <summary>Records a 429 response from Central.</summary>
    void RateLimitedResponse(string pathTemplate);

    /// <summary>
    /// Records a finished token request. <paramref name="result"/> is <c>success</c>, <c>rejected</c>
    /// (the token endpoint refused the credentials) or <c>failed</c> (transport or server failure);
    /// <paramref name="background"/> is true for a refresh ahead of expiry.
    /// </summary>
    void TokenRefreshCompleted(string result, bool background);

    /// <summary>Records a caller that joined a token refresh already in flight instead of starting one.</summary>
    void TokenRefreshAvoided();

    /// <summary>Records a circuit-breaker transition into <paramref name="state"/>.</summary>
    void BreakerStateChanged(Resilience.CircuitState state);

    /// <summary>Records how long a caller waited for a rate-limiter token (only when it had to wait).</summary>
    void LimiterWaited(TimeSpan wait);
}
