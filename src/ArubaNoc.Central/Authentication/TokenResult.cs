using System.Diagnostics.CodeAnalysis;
using ArubaNoc.Central.Http;

namespace ArubaNoc.Central.Authentication;

/// <summary>Outcome of <see cref="TokenCache.GetTokenAsync"/>: a token, or the error that prevented one.</summary>
public readonly struct TokenResult
{
    private TokenResult(AccessToken? token, CentralError? error)
    {
        Token = token;
        Error = error;
    }

    /// <summary>The token to send; null when <see cref="Error"/> is set.</summary>
    public AccessToken? Token { get; }

    /// <summary>Why no token is available (<c>config</c>, <c>transport</c>, <c>central</c> or <c>invalid_response</c>).</summary>
    public CentralError? Error { get; }

    /// <summary>True when <see cref="Token"/> is set.</summary>
    [MemberNotNullWhen(true, nameof(Token))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Token is not null;

    internal static TokenResult Success(AccessToken token) => new(token, null);

    internal static TokenResult Failure(CentralError error) => new(null, error);
}
