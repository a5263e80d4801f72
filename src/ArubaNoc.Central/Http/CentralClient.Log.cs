using Microsoft.Extensions.Logging;

namespace ArubaNoc.Central.Http;

public sealed partial class CentralClient
{
    // Event ids 400-499 belong to the client. Append new ids; never renumber.
    // Paths are templates or pass through LogSanitizer; no message takes a token, a secret or a header.
    private static partial class Log
    {
        [LoggerMessage(EventId = 400, EventName = "CentralRequestSending", Level = LogLevel.Trace,
            Message = "Sending {Method} {Path}")]
        public static partial void Sending(ILogger logger, string method, string path);

        [LoggerMessage(EventId = 401, EventName = "CentralRequestRetrying", Level = LogLevel.Information,
            Message = "Retrying {Method} {PathTemplate} after {Reason} (retry {Retry} of {MaxRetries}) in {DelaySeconds:0.###} s")]
        public static partial void Retrying(ILogger logger, string method, string pathTemplate, string reason, int retry, int maxRetries, double delaySeconds);

        [LoggerMessage(EventId = 402, EventName = "CentralRateLimitWait", Level = LogLevel.Warning,
            Message = "Central answered 429 to {Method} {PathTemplate}; waiting {DelaySeconds:0.###} s before retry {Wait}")]
        public static partial void RateLimitWait(ILogger logger, string method, string pathTemplate, double delaySeconds, int wait);

        [LoggerMessage(EventId = 403, EventName = "CentralCallFailed", Level = LogLevel.Debug,
            Message = "Central call {PathTemplate} failed: {Kind}, HTTP status {HttpStatus}, errorCode {ErrorCode}")]
        public static partial void CallFailed(ILogger logger, string pathTemplate, string kind, int httpStatus, string errorCode);
    }
}
