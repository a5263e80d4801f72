using System.Globalization;
using System.Net.Http.Headers;

namespace ArubaNoc.Central.Http;

/// <summary>
/// Rate-limit headers of one response. Central sends <c>X-RateLimit-Limit</c> (requests per hour),
/// <c>X-RateLimit-Remaining</c> and <c>X-RateLimit-Reset</c> (an RFC 3339 UTC date-time, not seconds) on every
/// response; <c>Retry-After</c> (seconds or an HTTP date) is undocumented but honoured first when present.
/// </summary>
/// <remarks>
/// A class, created only for a response that carries one of the headers, so a response without them
/// (and every async state machine that holds an attempt) carries one null reference instead of 80 bytes.
/// </remarks>
internal sealed record RateLimitHeaders(long? Limit, long? Remaining, DateTimeOffset? Reset, DateTimeOffset? RetryAfter)
{
    /// <summary>When calls may resume after a 429: <c>Retry-After</c> first, then <c>X-RateLimit-Reset</c>; null when neither is given.</summary>
    public DateTimeOffset? ResumeAt => RetryAfter ?? Reset;

    /// <summary>
    /// Reads the headers; returns null when none of them is present. The clock is read only for a
    /// <c>Retry-After</c> given in seconds.
    /// </summary>
    public static RateLimitHeaders? Read(HttpResponseHeaders headers, TimeProvider timeProvider)
    {
        DateTimeOffset? retryAfter = headers.RetryAfter switch
        {
            { Delta: { } delta } => timeProvider.GetUtcNow() + delta,
            { Date: { } date } => date,
            _ => null,
        };

        var limit = ReadInteger(headers, "X-RateLimit-Limit");
        var remaining = ReadInteger(headers, "X-RateLimit-Remaining");
        var reset = ReadDate(headers, "X-RateLimit-Reset");
        if (limit is null && remaining is null && reset is null && retryAfter is null)
        {
            return null;
        }

        return new RateLimitHeaders(limit, remaining, reset, retryAfter);
    }

    private static long? ReadInteger(HttpResponseHeaders headers, string name)
    {
        return headers.TryGetValues(name, out var values)
            && long.TryParse(values.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
    }

    private static DateTimeOffset? ReadDate(HttpResponseHeaders headers, string name)
    {
        return headers.TryGetValues(name, out var values)
            && DateTimeOffset.TryParse(values.FirstOrDefault(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value)
            ? value
            : null;
    }
}
