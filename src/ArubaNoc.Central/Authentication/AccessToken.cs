using System.Net.Http.Headers;

namespace ArubaNoc.Central.Authentication;

/// <summary>
/// Snapshot of one access token and its timing. A new instance is created for every fetched token, so
/// reference equality identifies "the token a request used". Never log <see cref="Value"/>.
/// </summary>
/// <remarks>
/// Everything is immutable except the phase, which the cache's timers move forward (fresh, refresh due,
/// expired) so that a token read needs no clock read.
/// </remarks>
public sealed class AccessToken
{
    private const int Fresh = 0;
    private const int RefreshDue = 1;
    private const int Expired = 2;

    private int _phase;

    internal AccessToken(string value, long generation, DateTimeOffset obtainedAt, DateTimeOffset? expiresAt, long refreshAtTimestamp, long expiresAtTimestamp)
    {
        Value = value;
        Generation = generation;
        ObtainedAt = obtainedAt;
        ExpiresAt = expiresAt;
        RefreshAtTimestamp = refreshAtTimestamp;
        ExpiresAtTimestamp = expiresAtTimestamp;
        AuthorizationHeader = new AuthenticationHeaderValue("Bearer", value);
    }

    /// <summary>The bearer token.</summary>
    internal string Value { get; }

    /// <summary>The <c>Authorization: Bearer</c> header value, built once and shared by every request that sends this token.</summary>
    internal AuthenticationHeaderValue AuthorizationHeader { get; }

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

    /// <summary>True until the cache's timer has marked the token as due for refresh or expired.</summary>
    internal bool IsFresh => Volatile.Read(ref _phase) == Fresh;

    /// <summary>True once the cache's timer (or a clock check on the slow path) has marked the token expired.</summary>
    internal bool IsMarkedExpired => Volatile.Read(ref _phase) == Expired;

    /// <summary>Marks the token as due for a background refresh, unless it is already marked expired.</summary>
    internal void MarkRefreshDue() => Interlocked.CompareExchange(ref _phase, RefreshDue, Fresh);

    /// <summary>Marks the token expired, so no caller gets it any more.</summary>
    internal void MarkExpired() => Volatile.Write(ref _phase, Expired);

    /// <summary>Returns a description without the token value.</summary>
    public override string ToString() => $"AccessToken(generation {Generation})";
}
