using ArubaNoc.Central.Http;

namespace ArubaNoc.Central.Authentication;

/// <summary>Outcome of one token request: the token value and lifetime, or an error with a telemetry label.</summary>
internal readonly record struct TokenFetchResult(string? Value, TimeSpan Lifetime, CentralError? Error, string Outcome)
{
    /// <summary>True when the endpoint refused the credentials (an OAuth2 rejection, not a transport or server failure).</summary>
    public bool IsRejection => Outcome == "rejected";

    public static TokenFetchResult Succeeded(string value, TimeSpan lifetime) => new(value, lifetime, null, "success");

    public static TokenFetchResult Failed(CentralError error, string outcome) => new(null, TimeSpan.Zero, error, outcome);

    // Keep the token out of any accidental ToString (records print every member by default).
    public override string ToString() => $"TokenFetchResult({Outcome})";
}
