using Microsoft.Extensions.Logging;

namespace ArubaNoc.Central.Resilience;

public sealed partial class CircuitBreaker
{
    // Event ids 200-299 belong to the circuit breaker. Append new ids; never renumber.
    private static partial class Log
    {
        [LoggerMessage(EventId = 200, EventName = "BreakerOpened", Level = LogLevel.Error,
            Message = "Circuit breaker opened after {Failures} consecutive failures; Central calls are paused for {BreakSeconds} s")]
        public static partial void Opened(ILogger logger, int failures, int breakSeconds);

        [LoggerMessage(EventId = 201, EventName = "BreakerHalfOpen", Level = LogLevel.Warning,
            Message = "Circuit breaker half-open; one probe call is admitted")]
        public static partial void HalfOpen(ILogger logger);

        [LoggerMessage(EventId = 202, EventName = "BreakerClosed", Level = LogLevel.Information,
            Message = "Circuit breaker closed; the probe call succeeded")]
        public static partial void Closed(ILogger logger);

        [LoggerMessage(EventId = 203, EventName = "BreakerReopened", Level = LogLevel.Error,
            Message = "Circuit breaker re-opened because the probe call failed; Central calls are paused for {BreakSeconds} s")]
        public static partial void Reopened(ILogger logger, int breakSeconds);
    }
}
