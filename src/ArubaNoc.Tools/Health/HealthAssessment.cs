using System.Globalization;
using ArubaNoc.Central.Authentication;
using ArubaNoc.Central.Http;
using ArubaNoc.Central.Observability;
using ArubaNoc.Central.Resilience;
using ArubaNoc.Tools.Framework;

namespace ArubaNoc.Tools.Health;

/// <summary>
/// Rates each component of a health snapshot and derives the overall status. DOWN: credentials missing,
/// breaker open, probe failed with 401, 403, a timeout or a transport error, or the token expired with its
/// refresh failing. DEGRADED: breaker half-open, probe returned 429 or 5xx or took over 2 s, limiter below
/// 10 % of capacity or with waiters, Central's remaining quota below 5 %, or a Central error in the last 5 minutes.
/// </summary>
internal static class HealthAssessment
{
    /// <summary>Probe latency above which Central counts as slow.</summary>
    public const long SlowProbeMilliseconds = 2000;

    /// <summary>How long a Central error keeps the status DEGRADED.</summary>
    public static readonly TimeSpan RecentErrorWindow = TimeSpan.FromMinutes(5);

    public static (string Overall, IReadOnlyList<TextRow> Lines) Assess(CentralHealth health, ProbeOutcome probe, DateTimeOffset now)
    {
        var lines = new List<(FindingLevel Level, string Text)>
        {
            Credentials(health),
            Token(health.Token),
            Breaker(health),
            Limiter(health),
            CentralQuota(health),
            LastError(health, now),
            Probe(probe),
        };

        var overall = lines.Any(line => line.Level == FindingLevel.Crit) ? "DOWN"
            : lines.Any(line => line.Level == FindingLevel.Warn) ? "DEGRADED"
            : "OK";
        return (overall, lines.Select(line => new TextRow(new Finding(line.Level, "-", "-").Token, line.Text)).ToList());
    }

    private static (FindingLevel, string) Credentials(CentralHealth health) => health.CredentialsConfigured
        ? (FindingLevel.Ok, $"credentials configured · API host {health.ApiHost ?? ValueFormat.Missing}")
        : (FindingLevel.Crit, "credentials missing: set ARUBA_CLIENT_ID and ARUBA_CLIENT_SECRET (or ARUBA_ACCESS_TOKEN), or start with --demo");

    private static (FindingLevel, string) Token(TokenStatus token)
    {
        var state = CheckServerHealthTool.TokenStateName(token.State);
        var text = string.Create(CultureInfo.InvariantCulture, $"token {state} · expires in {ValueFormat.Integer(token.ExpiresInSeconds)} s · refreshes {token.RefreshCount} · last refresh error {token.LastRefreshError ?? "none"}");
        var level = token.State == TokenState.Expired && token.LastRefreshError is not null ? FindingLevel.Crit : FindingLevel.Ok;
        return (level, text);
    }

    private static (FindingLevel, string) Breaker(CentralHealth health)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"circuit breaker {CheckServerHealthTool.BreakerStateName(health.BreakerState)} · {health.ConsecutiveFailures}/{health.BreakerThreshold} consecutive failures · opened {health.BreakerOpens} times");
        return health.BreakerState switch
        {
            CircuitState.Open => (FindingLevel.Crit, text + string.Create(CultureInfo.InvariantCulture, $" · retry in {health.BreakerRetryInSeconds} s")),
            CircuitState.HalfOpen => (FindingLevel.Warn, text),
            _ => (FindingLevel.Ok, text),
        };
    }

    private static (FindingLevel, string) Limiter(CentralHealth health)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"rate limiter {health.LimiterTokensAvailable}/{health.LimiterCapacity} tokens · {health.LimiterWaiters} waiting · {health.InFlight}/{health.MaxConcurrency} in flight");
        var low = health.LimiterCapacity > 0 && health.LimiterTokensAvailable * 10 < health.LimiterCapacity;
        return (low || health.LimiterWaiters > 0 ? FindingLevel.Warn : FindingLevel.Ok, text);
    }

    private static (FindingLevel, string) CentralQuota(CentralHealth health)
    {
        if (health.CentralRateLimit is not { } limit || health.CentralRateLimitRemaining is not { } remaining)
        {
            return (FindingLevel.Ok, "Central quota not reported yet");
        }

        var text = string.Create(CultureInfo.InvariantCulture, $"Central quota {remaining:#,0} of {limit:#,0} per hour left · resets {ValueFormat.Time(health.CentralRateLimitReset)}");
        return (remaining * 20 < limit ? FindingLevel.Warn : FindingLevel.Ok, text);
    }

    private static (FindingLevel, string) LastError(CentralHealth health, DateTimeOffset now)
    {
        if (health.LastError is not { } error || health.LastErrorAt is not { } at)
        {
            return (FindingLevel.Ok, "no Central error since start");
        }

        var age = now - at;
        var status = error.HttpStatus?.ToString(CultureInfo.InvariantCulture) ?? error.KindName;
        var text = string.Create(CultureInfo.InvariantCulture, $"last Central error {(long)age.TotalSeconds} s ago: {status} {error.ErrorCode ?? ValueFormat.Missing} on {error.PathTemplate ?? ValueFormat.Missing}");
        return (age < RecentErrorWindow ? FindingLevel.Warn : FindingLevel.Ok, text);
    }

    private static (FindingLevel, string) Probe(ProbeOutcome probe)
    {
        var text = probe.Describe();
        if (probe.Status == "skipped")
        {
            return (FindingLevel.Ok, text);
        }

        if (probe.Status == "ok")
        {
            return (probe.LatencyMs > SlowProbeMilliseconds ? FindingLevel.Warn : FindingLevel.Ok, text);
        }

        var unreachable = probe.HttpStatus is 401 or 403
            || probe.ErrorKind is CentralErrorKind.Transport or CentralErrorKind.Authentication or CentralErrorKind.Config or CentralErrorKind.CircuitOpen;
        return (unreachable ? FindingLevel.Crit : FindingLevel.Warn, text);
    }
}
