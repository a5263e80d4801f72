using ArubaNoc.Simulator;
using ArubaNoc.Simulator.Faults;

namespace ArubaNoc.Acceptance.Tests.TestSupport;

/// <summary>One row of the fault matrix: how to arm it, server settings, and what the answers must show.</summary>
internal sealed record FaultRow(string Name, Action<FaultInjector> Arm, Action<ToolAnswer[]> Expect, IReadOnlyDictionary<string, string>? Settings = null)
{
    /// <summary>The baseline row: nothing armed.</summary>
    public const string None = "none";

    private const string TokenPath = SimulatorCredentials.TokenPath;

    public static readonly IReadOnlyList<FaultRow> All =
    [
        new(None, _ => { }, AllData),
        new("429 storm, Retry-After seconds", f => f.Arm(FaultScript.RateLimitedRetryAfter(1), times: 20), NoExpectation),
        new("429 storm, Retry-After date", f => f.Arm(FaultScript.RateLimitedRetryAfter(1, asHttpDate: true), times: 20), NoExpectation),
        new("429 storm, X-RateLimit-Reset", f => f.Arm(FaultScript.RateLimitedUntilReset(TimeSpan.FromSeconds(1)), times: 20), NoExpectation),
        new("503 burst", f => f.Arm(FaultScript.ServerError(503), times: 15), NoExpectation),
        new("500 persistent", f => f.Arm(FaultScript.ServerError(500)), SomeCentralErrors),
        new("latency beyond timeout", f => f.Arm(FaultScript.Latency(TimeSpan.FromSeconds(30)), times: 8), NoExpectation,
            new Dictionary<string, string> { ["ARUBA_API_TIMEOUT"] = "1" }),
        new("token expires mid-run", f => f.Arm(FaultScript.ExpireToken(), skip: 2, times: 3), NoExpectation),
        new("401 unauthorized", f => ArmOnApi(f, FaultScript.Unauthorized()), SomeCentralErrors),
        new("401 unauthorized, token endpoint too", f => f.Arm(FaultScript.Unauthorized()), SomeErrors),
        new("403 forbidden", f => ArmOnApi(f, FaultScript.Forbidden()), SomeCentralErrors),
        new("400 expired token", f => ArmOnApi(f, FaultScript.ExpiredTokenBadRequest()), SomeCentralErrors),
        new("invalid_client", ArmInvalidClient, SomeErrors),
        new("malformed JSON", f => f.Arm(FaultScript.MalformedJson()), SomeErrors),
        new("truncated JSON", f => f.Arm(FaultScript.TruncatedJson()), SomeErrors),
        new("HTML 502 page", f => f.Arm(FaultScript.HtmlErrorPage(502), times: 15), NoExpectation),
        new("HTML 404 page", f => f.Arm(FaultScript.HtmlErrorPage(404)), SomeErrors),
        new("endless cursor", f => f.Arm(FaultScript.EndlessCursor()), AllData),
        new("repeated cursor", f => f.Arm(FaultScript.EndlessCursor(repeatSameCursor: true)), AllData),
        new("oversized pages", f => f.Arm(FaultScript.OversizedPage(5000)), AllData),
    ];

    /// <summary>The path prefixes of Central's API families; the token endpoint is not under any of them.</summary>
    private static readonly string[] ApiPrefixes =
    [
        "/network-monitoring", "/network-services", "/network-notifications", "/network-troubleshooting",
    ];

    public override string ToString() => Name;

    /// <summary>Arms <paramref name="script"/> on every API path but not on the token endpoint.</summary>
    private static void ArmOnApi(FaultInjector faults, FaultScript script)
    {
        foreach (var prefix in ApiPrefixes)
        {
            faults.Arm(script, prefix);
        }
    }

    /// <summary>The token endpoint refuses the client, and the current token expires so a new one is needed.</summary>
    private static void ArmInvalidClient(FaultInjector faults)
    {
        // Arming order matters: the first matching fault wins, so token requests meet invalid_client.
        faults.Arm(FaultScript.InvalidClient(), TokenPath);
        faults.Arm(FaultScript.ExpireToken(), times: 1);
    }

    private static void NoExpectation(ToolAnswer[] answers)
    {
    }

    private static void AllData(ToolAnswer[] answers) =>
        Assert.All(answers, answer => Assert.False(answer.IsError, answer.ToString()));

    private static void SomeErrors(ToolAnswer[] answers) =>
        Assert.True(answers.Any(answer => answer.IsError), "No tool failed:\n" + string.Join('\n', answers));

    /// <summary>Central's error body reached the reader: at least one error shows its code and debug id.</summary>
    private static void SomeCentralErrors(ToolAnswer[] answers) =>
        Assert.True(
            answers.Any(answer => answer.ErrorString("errorCode") is { Length: > 0 } && answer.ErrorString("debugId") is { Length: > 0 }),
            "No error carries Central's errorCode and debugId:\n" + string.Join('\n', answers));
}
