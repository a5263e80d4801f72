using System.Globalization;

namespace ArubaNoc.Tools.Framework;

/// <summary>
/// Builds error results with the exact text of each error kind. The Central kinds take plain values
/// (status, errorCode, message, debugId, retry delay) so the HTTP client's errors map onto them with a
/// thin adapter (<see cref="CentralErrors"/>); a missing errorCode or debugId prints as <c>n/a</c>.
/// </summary>
public static class ToolErrors
{
    /// <summary>Central messages are cut to this many characters.</summary>
    public const int MaxMessageLength = 500;

    /// <summary>Non-JSON error bodies are cut to this many characters.</summary>
    public const int MaxRawBodyLength = 200;

    /// <summary>Text appended when Central rejects a tenant-wide call with 400.</summary>
    public const string SiteScopeHint = "retry with site_id (get_sites_health lists site IDs)";

    /// <summary>Rejected arguments: one line per failure, first failure in <c>argument</c>/<c>rule</c>.</summary>
    public static ToolError Validation(IReadOnlyList<ValidationFailure> failures)
    {
        if (failures.Count == 0)
        {
            throw new ArgumentException("A validation error needs at least one failure.", nameof(failures));
        }

        var text = string.Join("\n", failures.Select(failure => failure.TextLine));
        return new ToolError(ToolErrorKind.Validation, text, failures[0].Message)
        {
            Argument = failures[0].Argument,
            Rule = failures[0].Rule,
            Violations = failures,
        };
    }

    /// <summary>An unexpected failure inside the tool; the text never contains exception details.</summary>
    public static ToolError InternalError() => new(
        ToolErrorKind.Internal,
        $"{StatusToken.Error} Internal error in the tool. The server logged the details; the call can be retried.",
        "Internal error in the tool");

    /// <summary>Central returned an error body <c>{httpStatusCode, errorCode, message, debugId}</c>.</summary>
    public static ToolError Central(int status, string? errorCode, string? message, string? debugId, bool suggestSiteId = false)
    {
        var cleanMessage = Clean(message, MaxMessageLength);
        var line = $"Central returned {status.ToString(CultureInfo.InvariantCulture)} {OrMissing(errorCode)}: {cleanMessage} (debugId {OrMissing(debugId)})";
        if (suggestSiteId)
        {
            line += "; " + SiteScopeHint;
        }

        return new ToolError(ToolErrorKind.Central, $"{StatusToken.Error} {line}", line)
        {
            HttpStatus = status,
            ErrorCode = errorCode,
            DebugId = debugId,
        };
    }

    /// <summary>Central returned an error body that is not JSON, so the text carries the status and the start of the body.</summary>
    public static ToolError CentralRawBody(int status, string? body)
    {
        var line = $"Central returned {status.ToString(CultureInfo.InvariantCulture)}: {Clean(body, MaxRawBodyLength)}";
        return new ToolError(ToolErrorKind.Central, $"{StatusToken.Error} {line}", line) { HttpStatus = status };
    }

    /// <summary>404 for a path parameter; <paramref name="thing"/> names it, such as "Gateway".</summary>
    public static ToolError NotFound(string thing, string value, string? errorCode, string? debugId)
    {
        var line = $"{thing} '{Clean(value, MaxRawBodyLength)}' not found (404 {OrMissing(errorCode)}, debugId {OrMissing(debugId)})";
        return new ToolError(ToolErrorKind.NotFound, $"{StatusToken.Error} {line}", line)
        {
            HttpStatus = 404,
            ErrorCode = errorCode,
            DebugId = debugId,
        };
    }

    /// <summary>409 when starting a ping or traceroute on a device that cannot run it now.</summary>
    public static ToolError DeviceNotReady(string serial, string? errorCode, string? message)
    {
        var line = $"Device '{serial}' is offline or not ready (409 {OrMissing(errorCode)}: {Clean(message, MaxMessageLength)})";
        return new ToolError(ToolErrorKind.Central, $"{StatusToken.Error} {line}", line) { HttpStatus = 409, ErrorCode = errorCode };
    }

    /// <summary>429 after the retry budget was spent.</summary>
    public static ToolError RateLimited(string? errorCode, int retryAfterSeconds)
    {
        var line = $"Rate limited by Central (429 {OrMissing(errorCode)}); retry after {retryAfterSeconds.ToString(CultureInfo.InvariantCulture)} s";
        return new ToolError(ToolErrorKind.RateLimited, $"{StatusToken.Error} {line}", line)
        {
            HttpStatus = 429,
            ErrorCode = errorCode,
            RetryAfterSeconds = retryAfterSeconds,
        };
    }

    /// <summary>Timeout, DNS, TLS or connection failure; <paramref name="reason"/> must not contain a URL or secret.</summary>
    public static ToolError Transport(string reason)
    {
        var line = $"Could not reach Central: {Clean(reason, MaxRawBodyLength)}";
        return new ToolError(ToolErrorKind.Transport, $"{StatusToken.Error} {line}", line);
    }

    /// <summary>The circuit breaker is open after repeated failures.</summary>
    public static ToolError CircuitOpen(int retryAfterSeconds)
    {
        var line = $"Central calls are paused after repeated failures; retry in {retryAfterSeconds.ToString(CultureInfo.InvariantCulture)} s";
        return new ToolError(ToolErrorKind.CircuitOpen, $"{StatusToken.Error} {line}", line) { RetryAfterSeconds = retryAfterSeconds };
    }

    /// <summary>Credentials are missing or the token endpoint rejected them. <paramref name="hint"/> names what to set.</summary>
    public static ToolError Config(string? oauthErrorCode, string? hint = null)
    {
        var line = $"Central credentials are missing or were rejected ({OrMissing(oauthErrorCode)})";
        if (hint is not null)
        {
            line += ". " + hint;
        }

        return new ToolError(ToolErrorKind.Config, $"{StatusToken.Error} {line}", line) { ErrorCode = oauthErrorCode };
    }

    /// <summary>Wraps <paramref name="error"/> into the tool result with its structured envelope.</summary>
    public static ToolResult ToResult(string tool, ToolError error) =>
        new(error.Text, EnvelopeWriter.WriteError(tool, error), IsError: true);

    private static string OrMissing(string? value) => string.IsNullOrWhiteSpace(value) ? ValueFormat.Missing : Clean(value, MaxMessageLength);

    /// <summary>Replaces control characters with spaces and cuts to <paramref name="maxLength"/> characters.</summary>
    private static string Clean(string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return ValueFormat.Missing;
        }

        var printable = TextRules.ToPrintable(value).Trim();
        if (printable.Length <= maxLength)
        {
            return printable;
        }

        var cut = char.IsHighSurrogate(printable[maxLength - 1]) ? maxLength - 1 : maxLength;
        return printable[..cut];
    }
}
