using System.Globalization;
using ArubaNoc.Central.Authentication;
using ArubaNoc.Central.Http;
using ArubaNoc.Central.Observability;
using ArubaNoc.Central.Resilience;
using ArubaNoc.Central.Wire;
using ArubaNoc.Tools.Framework;
using static ArubaNoc.Tools.Health.HealthFacts;

namespace ArubaNoc.Tools.Health;

/// <summary>
/// <c>check_server_health</c>: the server's own state (token, breaker, limiter, last Central error, counters)
/// and, unless disabled, one cheap probe call to Central. Never reports the token or the secret. A DOWN
/// report is a normal result; only invalid arguments make an error result.
/// </summary>
internal sealed class CheckServerHealthTool(ToolEnvironment environment) : NocTool(environment.TimeProvider)
{
    /// <summary>Path of the probe; <c>limit=1</c> keeps it cheap.</summary>
    public const string ProbePath = "/network-monitoring/v1/devices";

    /// <summary>Timeout of the probe, which is sent once without retries.</summary>
    public static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(5);

    public static readonly ToolParameter ProbeParam = ToolParameters.Boolean("probe", "Make one cheap Central call to check reachability (default true).").WithDefault(true);

    public override string Name => "check_server_health";

    public override string Title => "Server health";

    public override string Description =>
        "Reports this server's health: token state and expiry (never the token), circuit breaker, rate limiter, " +
        "the last Central error, counters, uptime and version, plus an optional probe call, with an overall OK, DEGRADED or DOWN.";

    public override IReadOnlyList<ToolParameter> Parameters { get; } = [ProbeParam];

    public override OutputShape Output => Shape;

    protected override async ValueTask<ToolResult> ExecuteAsync(ToolArguments arguments, ToolCallContext context, CancellationToken cancellationToken)
    {
        var before = environment.Central.GetHealth();
        var probe = await ProbeAsync(arguments.GetBoolean(ProbeParam) != false, before, cancellationToken).ConfigureAwait(false);

        // Read the state again so the report includes the probe's effect on the breaker, limiter and counters.
        var health = environment.Central.GetHealth();
        var now = TimeProvider.GetUtcNow();
        var assessment = HealthAssessment.Assess(health, probe, now);

        var result = CreateResult(arguments, StatusToken.Health, $"Server health: {assessment.Overall}");
        WriteFacts(result.Facts, health, probe, assessment.Overall, now);
        result.AddSection("Components", assessment.Lines);
        return result.Build();
    }

    private async Task<ProbeOutcome> ProbeAsync(bool enabled, CentralHealth health, CancellationToken cancellationToken)
    {
        if (!enabled)
        {
            return ProbeOutcome.Skipped("probe=false");
        }

        if (!health.CredentialsConfigured)
        {
            return ProbeOutcome.Skipped("no credentials configured");
        }

        if (health.BreakerState == CircuitState.Open)
        {
            return ProbeOutcome.Skipped("circuit breaker open");
        }

        var request = CentralRequest.Get(ProbePath).WithQuery("limit", 1).WithTimeout(ProbeTimeout).WithoutRetries();
        var started = TimeProvider.GetTimestamp();
        var response = await environment.Central.SendAsync(request, CentralJsonContext.Default.CentralListJsonElement, cancellationToken).ConfigureAwait(false);
        var latency = (long)TimeProvider.GetElapsedTime(started).TotalMilliseconds;
        return response.IsSuccess
            ? new ProbeOutcome("ok", response.HttpStatus, latency, null, null, null)
            : new ProbeOutcome("failed", response.Error.HttpStatus, latency, response.Error.ErrorCode, response.Error.Kind, null);
    }

    private void WriteFacts(OutputValues facts, CentralHealth health, ProbeOutcome probe, string overall, DateTimeOffset now)
    {
        var token = health.Token;
        var tokenState = TokenStateName(token.State);
        long? lastErrorAge = health.LastErrorAt is { } at ? (long)(now - at).TotalSeconds : null;
        facts
            .Set(Overall, overall)
            .Set(TokenStateKey, tokenState)
            .Set(TokenExpiresKey, token.ExpiresInSeconds)
            .Set(BreakerKey, BreakerStateName(health.BreakerState))
            .Set(FailuresKey, health.ConsecutiveFailures)
            .Set(LimiterTokensKey, health.LimiterTokensAvailable)
            .Set(WaitersKey, health.LimiterWaiters)
            .Set(LastErrorAgeKey, lastErrorAge);

        facts.Set(Server, OutputValues.For(Server)
            .Set(HealthFacts.Version, environment.ServerVersion)
            .Set(UptimeSeconds, (long)TimeProvider.GetElapsedTime(environment.StartedTimestamp).TotalSeconds)
            .Set(ApiHost, health.ApiHost)
            .Set(Transport, "stdio")
            .Set(CredentialsConfigured, health.CredentialsConfigured));
        facts.Set(Token, OutputValues.For(Token)
            .Set(State, tokenState)
            .Set(ExpiresInSeconds, token.ExpiresInSeconds)
            .Set(ObtainedAt, token.ObtainedAt)
            .Set(RefreshCount, token.RefreshCount)
            .Set(LastRefreshError, token.LastRefreshError));
        facts.Set(Breaker, OutputValues.For(Breaker)
            .Set(BreakerState, BreakerStateName(health.BreakerState))
            .Set(ConsecutiveFailures, health.ConsecutiveFailures)
            .Set(Threshold, health.BreakerThreshold)
            .Set(RetryInSeconds, health.BreakerState == CircuitState.Open ? health.BreakerRetryInSeconds : null)
            .Set(Opens, health.BreakerOpens));
        facts.Set(Limiter, OutputValues.For(Limiter)
            .Set(TokensAvailable, health.LimiterTokensAvailable)
            .Set(Capacity, health.LimiterCapacity)
            .Set(Waiters, health.LimiterWaiters)
            .Set(InFlight, health.InFlight));
        facts.Set(CentralRateLimit, OutputValues.For(CentralRateLimit)
            .Set(Limit, health.CentralRateLimit)
            .Set(Remaining, health.CentralRateLimitRemaining)
            .Set(ResetAt, health.CentralRateLimitReset));
        if (health.LastError is { } error)
        {
            // NOTE: the client does not record which tool made the failed call, so lastError.tool stays null.
            facts.Set(LastError, OutputValues.For(LastError)
                .Set(ErrorAt, health.LastErrorAt)
                .Set(ErrorPath, error.PathTemplate)
                .Set(ErrorStatus, error.HttpStatus)
                .Set(ErrorCode, error.ErrorCode)
                .Set(ErrorMessage, error.Message.Length > 200 ? error.Message[..200] : error.Message)
                .Set(ErrorDebugId, error.DebugId));
        }

        facts.Set(Probe, OutputValues.For(Probe)
            .Set(ProbeStatus, probe.Status)
            .Set(ProbeHttpStatus, probe.HttpStatus)
            .Set(ProbeLatencyMs, probe.LatencyMs)
            .Set(ProbeErrorCode, probe.ErrorCode));
        facts.Set(Counters, OutputValues.For(Counters)
            .Set(Calls, health.Calls)
            .Set(Errors, health.Errors)
            .Set(Retries, health.Retries)
            .Set(RateLimited, health.RateLimited));
    }

    internal static string TokenStateName(TokenState state) => state switch
    {
        TokenState.Valid => "valid",
        TokenState.Refreshing => "refreshing",
        TokenState.Expired => "expired",
        _ => "none",
    };

    internal static string BreakerStateName(CircuitState state) => state switch
    {
        CircuitState.Open => "open",
        CircuitState.HalfOpen => "half_open",
        _ => "closed",
    };
}

/// <summary>What the probe call did: <c>ok</c>, <c>failed</c> or <c>skipped</c> (with the reason).</summary>
internal sealed record ProbeOutcome(string Status, int? HttpStatus, long? LatencyMs, string? ErrorCode, CentralErrorKind? ErrorKind, string? SkipReason)
{
    public static ProbeOutcome Skipped(string reason) => new("skipped", null, null, null, null, reason);

    public string Describe() => Status switch
    {
        "ok" => string.Create(CultureInfo.InvariantCulture, $"probe ok ({HttpStatus}, {LatencyMs} ms)"),
        "failed" => string.Create(CultureInfo.InvariantCulture, $"probe failed ({(HttpStatus is { } status ? status.ToString(CultureInfo.InvariantCulture) : ErrorKind?.ToString() ?? "n/a")} {ErrorCode ?? "n/a"}, {LatencyMs} ms)"),
        _ => $"probe skipped: {SkipReason}",
    };
}
