using System.Globalization;
using System.Net.Http.Headers;

namespace ArubaNoc.Central.Http;

/// <summary>
/// Rate-limit headers of one response. Central sends <c>X-RateLimit-Limit</c> (requests per hour),
/// <c>X-RateLimit-Remaining</c> and <c>X-RateLimit-Reset</c> (an RFC 3339 UTC date-time, not seconds) on every
/// response; <c>Retry-After</c> (seconds or an HTTP date) is undocumented but honoured first when present.
/// </summary>
internal readonly record struct RateLimitHeaders(long? Limit, long? Remaining, DateTimeOffset? Reset, DateTimeOffset? RetryAfter)
{
    /// <summary>True when any of the headers was present.</summary>
    public bool HasAny => Limit is not null || Remaining is not null || Reset is not null || RetryAfter is not null;

    /// <summary>When calls may resume after a 429: <c>Retry-After</c> first, then <c>X-RateLimit-Reset</c>; null when neither is given.</summary>
    public DateTimeOffset? ResumeAt => RetryAfter ?? Reset;

    /// <summary>Reads the headers; the clock is read only for a <c>Retry-After</c> given in seconds.</summary>
    public static RateLimitHeaders Read(HttpResponseHeaders headers, TimeProvider timeProvider)
    {
        DateTimeOffset? retryAfter = headers.RetryAfter switch
        {
            { Delta: { } delta } => timeProvider.GetUtcNow() + delta,
            { Date: { } date } => date,
            _ => null,
        };

        return new RateLimitHeaders(
            ReadInteger(headers, "X-RateLimit-Limit"),
            ReadInteger(headers, "X-RateLimit-Remaining"),
            ReadDate(headers, "X-RateLimit-Reset"),
            retryAfter);
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
