namespace ArubaNoc.Simulator;

/// <summary>Behaviour settings of a <see cref="SimulatorHandler"/>.</summary>
public sealed class SimulatorOptions
{
    /// <summary>Clock for token expiry, async task progress, latency faults and rate-limit headers. Default: system clock.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Lifetime of issued tokens, sent as <c>expires_in</c>. Default 7200 s; valid range 1 s to 1 day.</summary>
    public TimeSpan TokenLifetime { get; init; } = TimeSpan.FromSeconds(7200);

    /// <summary>
    /// When true, cursor lists send <c>next</c> as a JSON integer instead of a string, as some Central
    /// responses do. Default false.
    /// </summary>
    public bool NextAsInteger { get; init; }

    /// <summary>
    /// When true, error bodies carry <c>httpStatusCode</c> as a string (<c>"409"</c>), as some Central
    /// responses do. Default false.
    /// </summary>
    public bool StatusCodeAsString { get; init; }

    /// <summary>
    /// Value of <c>X-RateLimit-Limit</c> (requests per hour). Default 5000; must be positive. The
    /// simulator never rejects requests for quota, but <c>X-RateLimit-Remaining</c> reaches 0 after that
    /// many requests in a clock hour, and a client that honours it pauses until the reset, so raise it for load tests.
    /// </summary>
    public int RateLimitPerHour { get; init; } = 5000;

    /// <summary>How long a finished or running async test stays readable before polling it returns 404. Default 15 min.</summary>
    public TimeSpan TaskRetention { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>Time a task stays INITIATED before it turns RUNNING. Default 2 s.</summary>
    public TimeSpan TaskStartDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Time from start until a ping completes. Default 10 s.</summary>
    public TimeSpan PingDuration { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Time from start until a traceroute completes. Default 40 s.</summary>
    public TimeSpan TracerouteDuration { get; init; } = TimeSpan.FromSeconds(40);

    internal void Validate()
    {
        if (TokenLifetime < TimeSpan.FromSeconds(1) || TokenLifetime > TimeSpan.FromDays(1))
        {
            throw new ArgumentOutOfRangeException(nameof(TokenLifetime), TokenLifetime, "Token lifetime must be between 1 second and 1 day.");
        }

        if (RateLimitPerHour <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(RateLimitPerHour), RateLimitPerHour, "Rate limit must be positive.");
        }
    }
}
