using ArubaNoc.Central.Authentication;
using ArubaNoc.Central.Http;
using ArubaNoc.Central.Resilience;

namespace ArubaNoc.Central.Observability;

/// <summary>
/// Snapshot of the client's state for <c>check_server_health</c>. Holds no token, secret or full URL.
/// </summary>
public sealed class CentralHealth
{
    /// <summary>True when client credentials or an access token are configured.</summary>
    public required bool CredentialsConfigured { get; init; }

    /// <summary>Host name of the API gateway (no scheme, path or port), or null when no base URL is set.</summary>
    public required string? ApiHost { get; init; }

    /// <summary>Token facts.</summary>
    public required TokenStatus Token { get; init; }

    /// <summary>Breaker state.</summary>
    public required CircuitState BreakerState { get; init; }

    /// <summary>Consecutive failures counted by the breaker.</summary>
    public required int ConsecutiveFailures { get; init; }

    /// <summary>Failures that open the breaker.</summary>
    public required int BreakerThreshold { get; init; }

    /// <summary>Seconds until a probe while the breaker is open; 0 otherwise.</summary>
    public required int BreakerRetryInSeconds { get; init; }

    /// <summary>Times the breaker opened since start.</summary>
    public required int BreakerOpens { get; init; }

    /// <summary>Tokens in the limiter's bucket.</summary>
    public required int LimiterTokensAvailable { get; init; }

    /// <summary>Bucket capacity.</summary>
    public required int LimiterCapacity { get; init; }

    /// <summary>Callers waiting for a limiter token.</summary>
    public required int LimiterWaiters { get; init; }

    /// <summary>Requests in flight.</summary>
    public required int InFlight { get; init; }

    /// <summary>Cap on requests in flight.</summary>
    public required int MaxConcurrency { get; init; }

    /// <summary>Last <c>X-RateLimit-Limit</c> seen (requests per hour), or null.</summary>
    public required long? CentralRateLimit { get; init; }

    /// <summary>Last <c>X-RateLimit-Remaining</c> seen, or null.</summary>
    public required long? CentralRateLimitRemaining { get; init; }

    /// <summary>Last <c>X-RateLimit-Reset</c> seen, or null.</summary>
    public required DateTimeOffset? CentralRateLimitReset { get; init; }

    /// <summary>Last failed Central call, or null.</summary>
    public required CentralError? LastError { get; init; }

    /// <summary>When <see cref="LastError"/> happened, or null.</summary>
    public required DateTimeOffset? LastErrorAt { get; init; }

    /// <summary>Calls made through <see cref="CentralClient.SendAsync{T}"/> since start.</summary>
    public required long Calls { get; init; }

    /// <summary>Calls that ended with an error since start.</summary>
    public required long Errors { get; init; }

    /// <summary>Retries since start (token replays not included).</summary>
    public required long Retries { get; init; }

    /// <summary>429 responses since start.</summary>
    public required long RateLimited { get; init; }
}
