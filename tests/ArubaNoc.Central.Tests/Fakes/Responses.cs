using System.Globalization;
using System.Net;

namespace ArubaNoc.Central.Tests.Fakes;

/// <summary>Canned Central responses.</summary>
internal static class Responses
{
    public static HttpResponseMessage Ok(string body = "{}") => FakeCentral.Json(HttpStatusCode.OK, body);

    public static HttpResponseMessage Error(int status, string errorCode, string message = "failed", string? debugId = "dbg-1")
    {
        var debug = debugId is null ? string.Empty : $",\"debugId\":\"{debugId}\"";
        return FakeCentral.Json((HttpStatusCode)status, $"{{\"httpStatusCode\":{status},\"errorCode\":\"{errorCode}\",\"message\":\"{message}\"{debug}}}");
    }

    public static HttpResponseMessage TooManyRequests(DateTimeOffset? reset = null, string? retryAfter = null)
    {
        var response = Error(429, "HPE_GL_ERROR_TOO_MANY_REQUESTS", "Too many requests");
        response.Headers.TryAddWithoutValidation("X-RateLimit-Limit", "5000");
        response.Headers.TryAddWithoutValidation("X-RateLimit-Remaining", "0");
        if (reset is { } resetAt)
        {
            response.Headers.TryAddWithoutValidation("X-RateLimit-Reset", resetAt.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        }

        if (retryAfter is not null)
        {
            response.Headers.TryAddWithoutValidation("Retry-After", retryAfter);
        }

        return response;
    }

    /// <summary>Sends no response; completes only when the request is cancelled (timeout or caller).</summary>
    public static async Task<HttpResponseMessage> HangAsync(CancellationToken cancellationToken)
    {
        await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
        throw new InvalidOperationException("unreachable");
    }
}
