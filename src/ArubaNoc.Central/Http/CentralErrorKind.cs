namespace ArubaNoc.Central.Http;

/// <summary>
/// Class of a failed Central call. <see cref="CentralError.KindName"/> gives the wire name that tool
/// results put in <c>error.kind</c>.
/// </summary>
public enum CentralErrorKind
{
    /// <summary>Central returned an error status (<c>central</c>).</summary>
    Central,

    /// <summary>Central returned 404 (<c>not_found</c>).</summary>
    NotFound,

    /// <summary>Central returned 429 and the retry budget is spent (<c>rate_limited</c>).</summary>
    RateLimited,

    /// <summary>Timeout, DNS, TLS or connection failure (<c>transport</c>).</summary>
    Transport,

    /// <summary>The circuit breaker is open and rejected the call without sending it (<c>circuit_open</c>).</summary>
    CircuitOpen,

    /// <summary>Credentials or base URL are missing, or the token endpoint rejected the credentials (<c>config</c>).</summary>
    Config,

    /// <summary>Central rejected the access token and a new one did not help or cannot be fetched (<c>authentication</c>).</summary>
    Authentication,

    /// <summary>A success status whose body is not the expected JSON (<c>invalid_response</c>).</summary>
    InvalidResponse,
}
