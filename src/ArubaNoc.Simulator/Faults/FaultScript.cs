namespace ArubaNoc.Simulator.Faults;

/// <summary>
/// A scripted misbehaviour of Central. Arm it with <see cref="FaultInjector.Arm"/> on a path or
/// globally; each matching request then gets the fault instead of, or on top of, the normal response.
/// Scripts are immutable and deterministic: the same arming and request sequence gives the same responses.
/// </summary>
public sealed class FaultScript
{
    private FaultScript(FaultKind kind, string name)
    {
        Kind = kind;
        Name = name;
    }

    /// <summary>Short description used in the request log, such as <c>429 until reset +3s</c>.</summary>
    public string Name { get; }

    internal FaultKind Kind { get; }

    internal int Status { get; private init; }

    internal TimeSpan Delay { get; private init; }

    internal int PageSize { get; private init; }

    internal bool RepeatCursor { get; private init; }

    internal bool RetryAfterAsDate { get; private init; }

    /// <summary>429 without <c>Retry-After</c>; <c>X-RateLimit-Remaining: 0</c> and <c>X-RateLimit-Reset</c> = now + <paramref name="resetAfter"/> (RFC 3339 UTC).</summary>
    public static FaultScript RateLimitedUntilReset(TimeSpan resetAfter) =>
        new(FaultKind.RateLimitedUntilReset, $"429 until reset +{resetAfter.TotalSeconds:0.###}s") { Delay = resetAfter };

    /// <summary>
    /// 429 with <c>Retry-After</c> set to <paramref name="seconds"/>, or with <paramref name="asHttpDate"/>
    /// to the HTTP date that many seconds ahead; the rate-limit reset header points to the same time.
    /// </summary>
    public static FaultScript RateLimitedRetryAfter(int seconds, bool asHttpDate = false) =>
        new(FaultKind.RateLimitedRetryAfter, $"429 retry-after {seconds}s{(asHttpDate ? " as date" : "")}")
        {
            Delay = TimeSpan.FromSeconds(seconds),
            RetryAfterAsDate = asHttpDate,
        };

    /// <summary>A 5xx response with Central's error body; <paramref name="status"/> is 500, 502, 503 or 504.</summary>
    public static FaultScript ServerError(int status = 503)
    {
        if (status is not (500 or 502 or 503 or 504))
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "Use 500, 502, 503 or 504.");
        }

        return new(FaultKind.ServerError, $"{status} server error") { Status = status };
    }

    /// <summary>
    /// Waits <paramref name="delay"/> on the simulator's TimeProvider before the normal response. The wait
    /// observes the request's cancellation token, and a cancelled request is logged as aborted.
    /// </summary>
    public static FaultScript Latency(TimeSpan delay) =>
        new(FaultKind.Latency, $"latency {delay.TotalMilliseconds:0}ms") { Delay = delay };

    /// <summary>
    /// Expires the token the request carries, so this and every later request with it get 401 until the
    /// client fetches a new token. Arm on a list path with <c>skip: 1</c> to expire a token mid-pagination.
    /// </summary>
    public static FaultScript ExpireToken() => new(FaultKind.ExpireToken, "token expired");

    /// <summary>401 <c>HPE_GL_ERROR_UNAUTHORIZED</c> whatever the token.</summary>
    public static FaultScript Unauthorized() => new(FaultKind.Unauthorized, "401 unauthorized") { Status = 401 };

    /// <summary>403 <c>HPE_GL_ERROR_FORBIDDEN</c> (missing role or scope; a new token does not help).</summary>
    public static FaultScript Forbidden() => new(FaultKind.Forbidden, "403 forbidden") { Status = 403 };

    /// <summary>400 <c>HPE_GL_IAM_EXPIRED_TOKEN</c>, the other way Central reports an expired token.</summary>
    public static FaultScript ExpiredTokenBadRequest() =>
        new(FaultKind.ExpiredTokenBadRequest, "400 expired token") { Status = 400 };

    /// <summary>The token endpoint returns 401 <c>{"error": "invalid_client"}</c>.</summary>
    public static FaultScript InvalidClient() => new(FaultKind.InvalidClient, "invalid_client") { Status = 401 };

    /// <summary>200 with a body that is not valid JSON.</summary>
    public static FaultScript MalformedJson() => new(FaultKind.MalformedJson, "malformed JSON");

    /// <summary>The normal response with its body cut in the middle.</summary>
    public static FaultScript TruncatedJson() => new(FaultKind.TruncatedJson, "truncated JSON");

    /// <summary>An HTML error page from a proxy in front of Central, with <paramref name="status"/>.</summary>
    public static FaultScript HtmlErrorPage(int status = 502) =>
        new(FaultKind.HtmlErrorPage, $"{status} HTML page") { Status = status };

    /// <summary>
    /// Cursor lists never end: <c>next</c> is the next page number even past the last page (where pages are
    /// empty), or with <paramref name="repeatSameCursor"/> the cursor just requested.
    /// </summary>
    public static FaultScript EndlessCursor(bool repeatSameCursor = false) =>
        new(FaultKind.EndlessCursor, repeatSameCursor ? "cursor repeats" : "cursor never ends") { RepeatCursor = repeatSameCursor };

    /// <summary>404 <c>HPE_GL_ERROR_NOT_FOUND</c>, as a tenant returns for a path it does not serve (such as the alpha threats path).</summary>
    public static FaultScript NotFound() => new(FaultKind.NotFound, "404 not found") { Status = 404 };

    /// <summary>List pages hold <paramref name="pageSize"/> items whatever <c>limit</c> the request asked for.</summary>
    public static FaultScript OversizedPage(int pageSize = 5000)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        return new(FaultKind.OversizedPage, $"oversized page {pageSize}") { PageSize = pageSize };
    }
}
