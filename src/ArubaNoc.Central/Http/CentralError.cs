namespace ArubaNoc.Central.Http;

/// <summary>
/// A failed Central call, ready to show to the model. Instances are immutable. No field contains the
/// access token, the client secret, an <c>Authorization</c> header or a URL with a host: paths are
/// templates such as <c>/network-monitoring/v1/aps/{serial-number}</c>.
/// </summary>
public sealed class CentralError
{
    /// <summary>Maximum length of <see cref="Message"/>; longer texts are cut.</summary>
    public const int MaxMessageLength = 500;

    /// <summary>Characters of a non-JSON error body kept in <see cref="Message"/>.</summary>
    public const int MaxRawBodyLength = 200;

    internal CentralError(
        CentralErrorKind kind,
        string message,
        int? httpStatus = null,
        string? errorCode = null,
        string? debugId = null,
        int? retryAfterSeconds = null,
        string? pathTemplate = null)
    {
        Kind = kind;
        Message = TextSanitizer.Clean(message, MaxMessageLength);
        HttpStatus = httpStatus;
        ErrorCode = errorCode is null ? null : TextSanitizer.Clean(errorCode, 100);
        DebugId = debugId is null ? null : TextSanitizer.Clean(debugId, 200);
        RetryAfterSeconds = retryAfterSeconds;
        PathTemplate = pathTemplate;
    }

    /// <summary>Class of the failure.</summary>
    public CentralErrorKind Kind { get; }

    /// <summary>
    /// Wire name of <see cref="Kind"/>: <c>central</c>, <c>not_found</c>, <c>rate_limited</c>, <c>transport</c>,
    /// <c>circuit_open</c>, <c>config</c>, <c>authentication</c> or <c>invalid_response</c>.
    /// </summary>
    public string KindName => Kind switch
    {
        CentralErrorKind.Central => "central",
        CentralErrorKind.NotFound => "not_found",
        CentralErrorKind.RateLimited => "rate_limited",
        CentralErrorKind.Transport => "transport",
        CentralErrorKind.CircuitOpen => "circuit_open",
        CentralErrorKind.Config => "config",
        CentralErrorKind.Authentication => "authentication",
        CentralErrorKind.InvalidResponse => "invalid_response",
        _ => "central",
    };

    /// <summary>HTTP status of the last response, or null when no response arrived.</summary>
    public int? HttpStatus { get; }

    /// <summary>Central <c>errorCode</c>, or the OAuth2 <c>error</c> for token-endpoint failures; null when absent.</summary>
    public string? ErrorCode { get; }

    /// <summary>What failed, at most <see cref="MaxMessageLength"/> characters, without control characters.</summary>
    public string Message { get; }

    /// <summary>Central <c>debugId</c>, in full; null when absent (troubleshooting errors usually lack it).</summary>
    public string? DebugId { get; }

    /// <summary>Seconds to wait before calling again (rate limit or open breaker); null when unknown.</summary>
    public int? RetryAfterSeconds { get; }

    /// <summary>Path template of the request, such as <c>/network-monitoring/v1/devices</c>; null for token-endpoint failures.</summary>
    public string? PathTemplate { get; }

    /// <summary>Returns a copy that names <paramref name="pathTemplate"/> as the failing request.</summary>
    internal CentralError WithPath(string pathTemplate)
    {
        return new CentralError(Kind, Message, HttpStatus, ErrorCode, DebugId, RetryAfterSeconds, pathTemplate);
    }

    /// <inheritdoc/>
    public override string ToString()
    {
        var status = HttpStatus is null ? string.Empty : $" {HttpStatus}";
        var code = ErrorCode is null ? string.Empty : $" {ErrorCode}";
        var debug = DebugId is null ? string.Empty : $" (debugId {DebugId})";
        return $"{KindName}{status}{code}: {Message}{debug}";
    }
}
