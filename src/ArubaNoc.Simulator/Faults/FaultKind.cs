namespace ArubaNoc.Simulator.Faults;

internal enum FaultKind
{
    RateLimitedUntilReset,
    RateLimitedRetryAfter,
    ServerError,
    Latency,
    ExpireToken,
    Unauthorized,
    Forbidden,
    ExpiredTokenBadRequest,
    InvalidClient,
    MalformedJson,
    TruncatedJson,
    HtmlErrorPage,
    EndlessCursor,
    OversizedPage,
    NotFound,
}
