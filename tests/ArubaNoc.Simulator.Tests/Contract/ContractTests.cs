using System.Collections.Concurrent;
using System.Text.Json;
using ArubaNoc.Simulator.Tests.TestSupport;
using Json.Schema;

namespace ArubaNoc.Simulator.Tests.Contract;

/// <summary>Responses of every served path validate against the official OpenAPI response schemas, except listed tolerances.</summary>
public sealed class ContractTests
{
    public static TheoryData<string> CaseNames => [.. ContractCases.All.Keys];

    // Each case runs once per test run; the schema test and the tolerance test share its outcome.
    private static readonly ConcurrentDictionary<string, Lazy<Task<CaseOutcome>>> Outcomes = new(StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Response_MatchesOpenApiSchema(string caseName)
    {
        var contractCase = ContractCases.All[caseName];

        var outcome = await RunAsync(contractCase);

        Assert.Equal(contractCase.ExpectedStatus, outcome.Status);
        var untolerated = outcome.Violations
            .Where(v => !ContractTolerances.All.Any(t => t.Covers(contractCase.Operation, v.Pointer, v.Keyword, v.Value)))
            .Select(v => $"{v.Pointer} {v.Keyword}: {v.Message}")
            .ToList();
        Assert.True(untolerated.Count == 0, $"{caseName}: untolerated schema violations:\n{string.Join('\n', untolerated)}");
    }

    [Fact]
    public void Cases_CoverEveryServedOperation()
    {
        var covered = ContractCases.All.Values.Select(c => c.Method.ToUpperInvariant() + " " + c.Operation).ToHashSet(StringComparer.Ordinal);

        // The alpha threats path is in no OpenAPI file, so only its own tests check it.
        var uncovered = SimulatorHandler.RouteTemplates
            .Where(t => !covered.Contains(t) && !t.Contains("v1alpha1", StringComparison.Ordinal))
            .ToList();

        Assert.Empty(uncovered);
    }

    [Fact]
    public async Task Tolerances_AreEachUsed()
    {
        var used = new HashSet<ContractTolerances.Tolerance>();
        foreach (var contractCase in ContractCases.All.Values)
        {
            var outcome = await RunAsync(contractCase);
            foreach (var violation in outcome.Violations)
            {
                used.UnionWith(ContractTolerances.All.Where(t => t.Covers(contractCase.Operation, violation.Pointer, violation.Keyword, violation.Value)));
            }
        }

        var unused = ContractTolerances.All.Where(t => !used.Contains(t)).Select(t => $"{t.Operation} {t.Pointer} {t.Keyword}").ToList();
        Assert.Empty(unused);
    }

    private static Task<CaseOutcome> RunAsync(ContractCase contractCase) =>
        Outcomes.GetOrAdd(contractCase.Name, _ => new Lazy<Task<CaseOutcome>>(async () =>
        {
            using var harness = new SimulatorHarness();
            using var response = await contractCase.Send(harness);
            var body = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
            return new CaseOutcome((int)response.StatusCode, RawViolations(contractCase, (int)response.StatusCode, body));
        })).Value;

    private static List<Violation> RawViolations(ContractCase contractCase, int status, byte[] body)
    {
        var schema = OpenApiSchemas.Response(contractCase.File, contractCase.SchemaOperation ?? contractCase.Operation, contractCase.Method, status);
        var document = JsonDocument.Parse(body);
        var results = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var violations = new List<Violation>();
        foreach (var detail in results.Details ?? [])
        {
            foreach (var (keyword, message) in detail.Errors ?? new Dictionary<string, string>())
            {
                var pointer = detail.InstanceLocation.ToString();
                var value = detail.InstanceLocation.Evaluate(document.RootElement);
                violations.Add(new Violation(pointer, keyword, value, message));
            }
        }

        return violations;
    }

    private sealed record Violation(string Pointer, string Keyword, JsonElement? Value, string Message);

    private sealed record CaseOutcome(int Status, List<Violation> Violations);
}
