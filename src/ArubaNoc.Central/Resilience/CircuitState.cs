namespace ArubaNoc.Central.Resilience;

/// <summary>State of the <see cref="CircuitBreaker"/>. The numeric values are the stored state integers.</summary>
public enum CircuitState
{
    /// <summary>Calls flow; consecutive failures are counted.</summary>
    Closed = 0,

    /// <summary>Calls are rejected until the break duration has elapsed.</summary>
    Open = 1,

    /// <summary>One probe call is in flight; every other call is rejected until it reports.</summary>
    HalfOpen = 2,
}
