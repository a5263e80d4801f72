using Microsoft.Extensions.Logging;

namespace ArubaNoc.Central.Resilience;

public sealed partial class RateLimiter
{
    // Event ids 300-399 belong to the rate limiter. Append new ids; never renumber.
    private static partial class Log
    {
        [LoggerMessage(EventId = 300, EventName = "LimiterPaused", Level = LogLevel.Information,
            Message = "Central rate limit reached; all Central calls wait {DelaySeconds:0.###} s")]
        public static partial void Paused(ILogger logger, double delaySeconds);

        [LoggerMessage(EventId = 301, EventName = "LimiterResumed", Level = LogLevel.Information,
            Message = "Rate-limit pause ended; Central calls resume")]
        public static partial void Resumed(ILogger logger);
    }
}
