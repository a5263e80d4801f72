namespace ArubaNoc.Central.Resilience;

/// <summary>
/// Exponential backoff with full jitter: the delay before retry <c>n</c> (0-based) is a uniform random
/// fraction of <c>BaseDelay × 2^n</c>, so retry 1 waits up to 1 s and retry 2 up to 2 s.
/// </summary>
internal sealed class RetryBackoff
{
    /// <summary>Ceiling of the first retry delay.</summary>
    public static readonly TimeSpan BaseDelay = TimeSpan.FromSeconds(1);

    /// <summary>Retries after a timeout, connection error or 502/503/504 (reads only).</summary>
    public const int MaxRetries = 2;

    /// <summary>
    /// Waits after a 429 before the call gives up with <c>rate_limited</c>. Counted apart from
    /// <see cref="MaxRetries"/>, because each wait ends at the time Central named.
    /// </summary>
    // NOTE: the separate 429 budget lets a read survive three 429s in a row followed by a 200;
    // a shared budget of two retries would fail that call.
    public const int MaxRateLimitWaits = 3;

    /// <summary>Cap of one 429 wait.</summary>
    public static readonly TimeSpan MaxRateLimitWait = TimeSpan.FromSeconds(60);

    private readonly Func<double> _jitter;

    /// <param name="jitter">Returns a value in [0, 1); <see cref="Random.Shared"/> when null. Tests pass a fixed source.</param>
    public RetryBackoff(Func<double>? jitter)
    {
        _jitter = jitter ?? Random.Shared.NextDouble;
    }

    /// <summary>Returns the delay before retry <paramref name="retryIndex"/> (0 for the first retry).</summary>
    public TimeSpan GetDelay(int retryIndex)
    {
        var ceiling = BaseDelay * Math.Pow(2, retryIndex);
        var fraction = Math.Clamp(_jitter(), 0.0, 1.0);
        return ceiling * fraction;
    }
}
