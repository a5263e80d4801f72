namespace ArubaNoc.Central.Authentication;

/// <summary>
/// Immutable snapshot of one access token and its timing. A new instance is created for every fetched
/// token, so reference equality identifies "the token a request used". Never log <see cref="Value"/>.
/// </summary>
public sealed class AccessToken
{
    internal AccessToken(string value, long generation, DateTimeOffset obtainedAt, DateTimeOffset? expiresAt, long refreshAtTimestamp, long expiresAtTimestamp)
    {
        Value = value;
        Generation = generation;
        ObtainedAt = obtainedAt;
        ExpiresAt = expiresAt;
        RefreshAtTimestamp = refreshAtTimestamp;
        ExpiresAtTimestamp = expiresAtTimestamp;
    }

    /// <summary>The bearer token.</summary>
    internal string Value { get; }

    /// <summary>1 for the first token the cache holds, then one more for each replacement.</summary>
    public long Generation { get; }

    /// <summary>When the token request started (expiry is counted from here, so it is never late).</summary>
    public DateTimeOffset ObtainedAt { get; }

    /// <summary>When the token expires; null for a static <c>ARUBA_ACCESS_TOKEN</c>, whose lifetime is unknown.</summary>
    public DateTimeOffset? ExpiresAt { get; }

    /// <summary><see cref="TimeProvider"/> timestamp from which a background refresh starts.</summary>
    internal long RefreshAtTimestamp { get; }

    /// <summary><see cref="TimeProvider"/> timestamp from which the token is no longer sent.</summary>
    internal long ExpiresAtTimestamp { get; }

    /// <summary>Returns a description without the token value.</summary>
    public override string ToString() => $"AccessToken(generation {Generation})";
}
