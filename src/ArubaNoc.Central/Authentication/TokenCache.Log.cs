using Microsoft.Extensions.Logging;

namespace ArubaNoc.Central.Authentication;

public sealed partial class TokenCache
{
    // Event ids 100-199 belong to the token cache. Append new ids; never renumber. No message takes the token or the secret.
    private static partial class Log
    {
        [LoggerMessage(EventId = 100, EventName = "TokenRefreshed", Level = LogLevel.Information,
            Message = "Access token obtained (generation {Generation}); valid for {LifetimeSeconds} s (background refresh: {Background})")]
        public static partial void TokenRefreshed(ILogger logger, long lifetimeSeconds, bool background, long generation);

        [LoggerMessage(EventId = 101, EventName = "BackgroundTokenRefreshFailed", Level = LogLevel.Warning,
            Message = "Background token refresh failed ({Reason}); the current token stays in use for {RemainingSeconds} s")]
        public static partial void BackgroundRefreshFailed(ILogger logger, string reason, long remainingSeconds);

        [LoggerMessage(EventId = 102, EventName = "TokenRequestFailed", Level = LogLevel.Error,
            Message = "Token request failed ({Reason}, HTTP status {HttpStatus}); Central calls fail until a token is obtained")]
        public static partial void TokenRequestFailed(ILogger logger, string reason, int httpStatus);

        [LoggerMessage(EventId = 103, EventName = "CredentialsRejected", Level = LogLevel.Error,
            Message = "The token endpoint rejected the client credentials ({OAuthError}); check ARUBA_CLIENT_ID and ARUBA_CLIENT_SECRET")]
        public static partial void CredentialsRejected(ILogger logger, string oauthError);

        [LoggerMessage(EventId = 104, EventName = "TokenRejected", Level = LogLevel.Information,
            Message = "Central rejected access token generation {Generation} with HTTP {HttpStatus}; a new token will be fetched")]
        public static partial void TokenRejected(ILogger logger, int httpStatus, long generation);

        [LoggerMessage(EventId = 105, EventName = "TokenRequestCrashed", Level = LogLevel.Error,
            Message = "Token request threw {ExceptionType}; the waiting calls get a transport error")]
        public static partial void TokenRequestCrashed(ILogger logger, string exceptionType);
    }
}
