using System.Diagnostics.CodeAnalysis;

namespace ArubaNoc.Central.Http;

/// <summary>Result of <see cref="CentralClient.SendAsync{T}"/>: the typed body, or the error.</summary>
/// <typeparam name="T">Body type.</typeparam>
public sealed class CentralResponse<T>
{
    internal CentralResponse(T? value, CentralError? error, int? httpStatus, string? deprecation, string? sunset, int attempts)
    {
        Value = value;
        Error = error;
        HttpStatus = httpStatus;
        Deprecation = deprecation;
        Sunset = sunset;
        Attempts = attempts;
    }

    /// <summary>The body; null when <see cref="Error"/> is set.</summary>
    public T? Value { get; }

    /// <summary>Why the call failed; null on success.</summary>
    public CentralError? Error { get; }

    /// <summary>True when <see cref="Value"/> is set.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    /// <summary>HTTP status of the last response; null when none arrived.</summary>
    public int? HttpStatus { get; }

    /// <summary>Value of the <c>Deprecation</c> header (RFC 8594 family), or null.</summary>
    public string? Deprecation { get; }

    /// <summary>Value of the <c>Sunset</c> header (RFC 8594), or null.</summary>
    public string? Sunset { get; }

    /// <summary>HTTP requests sent for this call, retries and the token replay included; 0 when none was sent.</summary>
    public int Attempts { get; }
}
