using ArubaNoc.Central.Authentication;
using ArubaNoc.Central.Configuration;
using ArubaNoc.Central.Resilience;

namespace ArubaNoc.Central.Http;

public sealed partial class CentralClient
{
    /// <summary>
    /// Records the attempt's outcome with the breaker and the limiter and decides the next step:
    /// reads retry timeouts, connection errors and 502/503/504 up to <see cref="RetryBackoff.MaxRetries"/> times;
    /// every kind waits out up to <see cref="RetryBackoff.MaxRateLimitWaits"/> 429s; a 401 or an expired-token
    /// 400 drops the token it carried and replays once.
    /// </summary>
    private Decision Decide<T>(CentralRequest request, ref Attempt<T> attempt, BreakerAdmission admission, AccessToken token, ref int failureRetries, ref int rateLimitWaits, ref bool replayed)
    {
        if (attempt.Outcome != TransportOutcome.Response)
        {
            Breaker.RecordFailure(admission);
            var reason = attempt.Outcome == TransportOutcome.Timeout ? "timeout" : "transport";
            return RetryAfterFailure(request, reason, ref failureRetries);
        }

        var status = attempt.Status ?? 0;
        ObserveRateLimit(attempt.RateLimit, status);
        if (status >= 500)
        {
            Breaker.RecordFailure(admission);
            return status is 502 or 503 or 504
                ? RetryAfterFailure(request, $"http_{status}", ref failureRetries)
                : Decision.Stop;
        }

        // Central responded, so for the breaker every non-5xx response is a success, 4xx included.
        Breaker.RecordSuccess(admission);
        if (status == 429)
        {
            return WaitForRateLimit(request, attempt.RateLimit, ref rateLimitWaits);
        }

        var expiredToken = status == 401 || (status == 400 && attempt.Error?.ErrorCode == ExpiredTokenErrorCode);
        if (!expiredToken)
        {
            return Decision.Stop;
        }

        if (!replayed && Tokens.CanRefresh)
        {
            replayed = true;
            Tokens.Invalidate(token, status);
            return new Decision(null, Replay: true);
        }

        var code = attempt.Error?.ErrorCode;
        var message = Tokens.CanRefresh
            ? $"Central rejected the access token again after a new one was fetched (HTTP {status}); check the roles of the API client."
            : $"Central rejected {CentralOptionsLoader.AccessTokenVariable} (HTTP {status}); set {CentralOptionsLoader.ClientIdVariable} and {CentralOptionsLoader.ClientSecretVariable} so new tokens can be fetched.";
        attempt.Error = new CentralError(CentralErrorKind.Authentication, message, status, code, attempt.Error?.DebugId, pathTemplate: request.PathTemplate);
        return Decision.Stop;
    }

    private Decision RetryAfterFailure(CentralRequest request, string reason, ref int failureRetries)
    {
        if (request.Kind != CentralRequestKind.Read || !request.AllowRetries || failureRetries >= RetryBackoff.MaxRetries)
        {
            return Decision.Stop;
        }

        var delay = _backoff.GetDelay(failureRetries);
        failureRetries++;
        Log.Retrying(_logger, request.Method.Method, request.PathTemplate, reason, failureRetries, RetryBackoff.MaxRetries, delay.TotalSeconds);
        _telemetry.RetryScheduled(request.PathTemplate, reason);
        return new Decision(delay, Replay: false);
    }

    private Decision WaitForRateLimit(CentralRequest request, RateLimitHeaders? headers, ref int rateLimitWaits)
    {
        Interlocked.Increment(ref _rateLimited);
        _telemetry.RateLimitedResponse(request.PathTemplate);
        if (!request.AllowRetries || rateLimitWaits >= RetryBackoff.MaxRateLimitWaits)
        {
            PauseForRateLimit(headers, rateLimitWaits + 1);
            return Decision.Stop;
        }

        rateLimitWaits++;
        _telemetry.RetryScheduled(request.PathTemplate, "rate_limited");

        // The limiter keeps this call and every other caller until the pause ends, so no extra delay is needed here.
        var wait = PauseForRateLimit(headers, rateLimitWaits);
        Log.RateLimitWait(_logger, request.Method.Method, request.PathTemplate, Math.Max(wait.TotalSeconds, 0), rateLimitWaits);
        return new Decision(TimeSpan.Zero, Replay: false);
    }

    // Pauses the limiter until the time Central named (Retry-After first, then X-RateLimit-Reset), capped per
    // wait. Without either header it backs off 1 s, 2 s, 4 s by the wait number (1-based). Returns the wait.
    private TimeSpan PauseForRateLimit(RateLimitHeaders? headers, int waitNumber)
    {
        var now = _timeProvider.GetUtcNow();
        var wait = headers?.ResumeAt is { } resumeAt
            ? resumeAt - now
            : RetryBackoff.BaseDelay * Math.Pow(2, Math.Min(waitNumber, RetryBackoff.MaxRateLimitWaits) - 1);
        wait = wait > RetryBackoff.MaxRateLimitWait ? RetryBackoff.MaxRateLimitWait : wait;
        Limiter.PauseUntil(now + wait);
        return wait;
    }

    private void ObserveRateLimit(RateLimitHeaders? headers, int status)
    {
        if (headers is null)
        {
            return;
        }

        Volatile.Write(ref _lastRateLimit, headers);

        // Remaining 0 on a normal response: pause until the reset time instead of drawing a 429.
        if (status != 429 && headers.Remaining == 0 && headers.Reset is { } reset)
        {
            var now = _timeProvider.GetUtcNow();
            var wait = reset - now;
            Limiter.PauseUntil(now + (wait > RetryBackoff.MaxRateLimitWait ? RetryBackoff.MaxRateLimitWait : wait));
        }
    }
}
