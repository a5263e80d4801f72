using ArubaNoc.Tools.Framework;

namespace ArubaNoc.Tools.Health;

/// <summary>The declared output of <c>check_server_health</c>: flat key facts plus one object per component.</summary>
internal static class HealthFacts
{
    public static readonly OutputField Overall = new("overall", OutputKind.Text, "Overall");
    public static readonly OutputField TokenStateKey = new("tokenState", OutputKind.Text, "Token");
    public static readonly OutputField TokenExpiresKey = new("tokenExpiresInSeconds", OutputKind.Integer, "Token expires in (s)");
    public static readonly OutputField BreakerKey = new("breakerState", OutputKind.Text, "Circuit breaker");
    public static readonly OutputField FailuresKey = new("breakerFailures", OutputKind.Integer, "Consecutive failures");
    public static readonly OutputField LimiterTokensKey = new("limiterTokens", OutputKind.Integer, "Limiter tokens");
    public static readonly OutputField WaitersKey = new("limiterWaiters", OutputKind.Integer, "Limiter waiters");
    public static readonly OutputField LastErrorAgeKey = new("lastErrorAgeSeconds", OutputKind.Integer, "Last error age (s)");

    public static readonly OutputField Version = new("version", OutputKind.Text);
    public static readonly OutputField UptimeSeconds = new("uptimeSeconds", OutputKind.Integer);
    public static readonly OutputField ApiHost = new("apiHost", OutputKind.Text);
    public static readonly OutputField Transport = new("transport", OutputKind.Text);
    public static readonly OutputField CredentialsConfigured = new("credentialsConfigured", OutputKind.Boolean);
    public static readonly OutputField Server = new("server", OutputKind.Object, children: [Version, UptimeSeconds, ApiHost, Transport, CredentialsConfigured]);

    public static readonly OutputField State = new("state", OutputKind.Text);
    public static readonly OutputField ExpiresInSeconds = new("expiresInSeconds", OutputKind.Integer);
    public static readonly OutputField ObtainedAt = new("obtainedAt", OutputKind.Time);
    public static readonly OutputField RefreshCount = new("refreshCount", OutputKind.Integer);
    public static readonly OutputField LastRefreshError = new("lastRefreshError", OutputKind.Text);
    public static readonly OutputField Token = new("token", OutputKind.Object, children: [State, ExpiresInSeconds, ObtainedAt, RefreshCount, LastRefreshError]);

    public static readonly OutputField BreakerState = new("state", OutputKind.Text);
    public static readonly OutputField ConsecutiveFailures = new("consecutiveFailures", OutputKind.Integer);
    public static readonly OutputField Threshold = new("threshold", OutputKind.Integer);
    public static readonly OutputField RetryInSeconds = new("retryInSeconds", OutputKind.Integer);
    public static readonly OutputField Opens = new("opens", OutputKind.Integer);
    public static readonly OutputField Breaker = new("breaker", OutputKind.Object, children: [BreakerState, ConsecutiveFailures, Threshold, RetryInSeconds, Opens]);

    public static readonly OutputField TokensAvailable = new("tokensAvailable", OutputKind.Integer);
    public static readonly OutputField Capacity = new("capacity", OutputKind.Integer);
    public static readonly OutputField Waiters = new("waiters", OutputKind.Integer);
    public static readonly OutputField InFlight = new("inFlight", OutputKind.Integer);
    public static readonly OutputField Limiter = new("limiter", OutputKind.Object, children: [TokensAvailable, Capacity, Waiters, InFlight]);

    public static readonly OutputField Limit = new("limit", OutputKind.Integer);
    public static readonly OutputField Remaining = new("remaining", OutputKind.Integer);
    public static readonly OutputField ResetAt = new("resetAt", OutputKind.Time);
    public static readonly OutputField CentralRateLimit = new("centralRateLimit", OutputKind.Object, children: [Limit, Remaining, ResetAt]);

    public static readonly OutputField ErrorAt = new("at", OutputKind.Time);
    public static readonly OutputField ErrorTool = new("tool", OutputKind.Text);
    public static readonly OutputField ErrorPath = new("path", OutputKind.Text);
    public static readonly OutputField ErrorStatus = new("httpStatus", OutputKind.Integer);
    public static readonly OutputField ErrorCode = new("errorCode", OutputKind.Text);
    public static readonly OutputField ErrorMessage = new("message", OutputKind.Text);
    public static readonly OutputField ErrorDebugId = new("debugId", OutputKind.Text);
    public static readonly OutputField LastError = new("lastError", OutputKind.Object, children: [ErrorAt, ErrorTool, ErrorPath, ErrorStatus, ErrorCode, ErrorMessage, ErrorDebugId]);

    public static readonly OutputField ProbeStatus = new("status", OutputKind.Text);
    public static readonly OutputField ProbeHttpStatus = new("httpStatus", OutputKind.Integer);
    public static readonly OutputField ProbeLatencyMs = new("latencyMs", OutputKind.Integer);
    public static readonly OutputField ProbeErrorCode = new("errorCode", OutputKind.Text);
    public static readonly OutputField Probe = new("probe", OutputKind.Object, children: [ProbeStatus, ProbeHttpStatus, ProbeLatencyMs, ProbeErrorCode]);

    public static readonly OutputField Calls = new("calls", OutputKind.Integer);
    public static readonly OutputField Errors = new("errors", OutputKind.Integer);
    public static readonly OutputField Retries = new("retries", OutputKind.Integer);
    public static readonly OutputField RateLimited = new("rateLimited", OutputKind.Integer);
    public static readonly OutputField Counters = new("counters", OutputKind.Object, children: [Calls, Errors, Retries, RateLimited]);

    public static readonly OutputShape Shape = new(
        [
            Overall, TokenStateKey, TokenExpiresKey, BreakerKey, FailuresKey, LimiterTokensKey, WaitersKey, LastErrorAgeKey,
            Server, Token, Breaker, Limiter, CentralRateLimit, LastError, Probe, Counters,
        ],
        []);
}
