namespace ArubaNoc.Central.Resilience;

/// <summary>
/// Result of <see cref="CircuitBreaker.TryAdmit"/>. An admitted call must report its outcome with the same
/// admission (<see cref="CircuitBreaker.RecordSuccess"/>, <see cref="CircuitBreaker.RecordFailure"/> or
/// <see cref="CircuitBreaker.RecordAbandoned"/>), because a probe that never reports would keep the breaker half-open.
/// </summary>
public readonly struct BreakerAdmission
{
    private BreakerAdmission(bool isAdmitted, bool isProbe, int retryAfterSeconds)
    {
        IsAdmitted = isAdmitted;
        IsProbe = isProbe;
        RetryAfterSeconds = retryAfterSeconds;
    }

    /// <summary>True when the call may proceed.</summary>
    public bool IsAdmitted { get; }

    /// <summary>True when the call is the single half-open probe whose outcome closes or re-opens the breaker.</summary>
    public bool IsProbe { get; }

    /// <summary>For a rejection: whole seconds until a probe may be admitted (at least 1). Zero when admitted.</summary>
    public int RetryAfterSeconds { get; }

    internal static BreakerAdmission Admitted => new(true, false, 0);

    internal static BreakerAdmission Probe => new(true, true, 0);

    internal static BreakerAdmission Rejected(int retryAfterSeconds) => new(false, false, Math.Max(1, retryAfterSeconds));
}
