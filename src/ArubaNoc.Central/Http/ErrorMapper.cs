using System.Text;
using System.Text.Json;
using ArubaNoc.Central.Wire;

namespace ArubaNoc.Central.Http;

/// <summary>Builds a <see cref="CentralError"/> from an error response of Central.</summary>
internal static class ErrorMapper
{
    /// <summary>
    /// Maps status and body: a Central error body keeps <c>errorCode</c>, <c>message</c> and <c>debugId</c>;
    /// any other body becomes the status plus its first 200 characters. <paramref name="secret"/> (the token
    /// sent) is replaced by <c>REDACTED</c> in case Central echoes it.
    /// </summary>
    public static CentralError FromResponse(int status, ReadOnlySpan<byte> body, string pathTemplate, int? retryAfterSeconds, string? secret)
    {
        var kind = status switch
        {
            404 => CentralErrorKind.NotFound,
            429 => CentralErrorKind.RateLimited,
            _ => CentralErrorKind.Central,
        };

        var parsed = TryReadErrorBody(body);
        if (parsed is not null && (parsed.ErrorCode is not null || parsed.Message is not null))
        {
            var message = parsed.Message ?? $"Central returned HTTP {status} without a message.";
            return new CentralError(kind, Redact(message, secret), status, parsed.ErrorCode, parsed.DebugId, retryAfterSeconds, pathTemplate);
        }

        var text = TextSanitizer.Clean(Encoding.UTF8.GetString(body[..Math.Min(body.Length, CentralError.MaxRawBodyLength * 4)]), CentralError.MaxRawBodyLength);
        var raw = text.Length == 0 ? $"Central returned HTTP {status} with an empty body." : $"Central returned HTTP {status}: {text}";
        return new CentralError(kind, Redact(raw, secret), status, null, null, retryAfterSeconds, pathTemplate);
    }

    private static CentralErrorBody? TryReadErrorBody(ReadOnlySpan<byte> body)
    {
        var trimmed = body.TrimStart(" \t\r\n"u8);
        if (trimmed.IsEmpty || trimmed[0] != (byte)'{')
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(trimmed, CentralJsonContext.Default.CentralErrorBody);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Redact(string text, string? secret)
    {
        return string.IsNullOrEmpty(secret) ? text : text.Replace(secret, "REDACTED", StringComparison.Ordinal);
    }
}
