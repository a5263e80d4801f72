using System.Text.Json;
using ArubaNoc.Simulator.Tests.TestSupport;
using Json.Schema;

namespace ArubaNoc.Simulator.Tests.Contract;

/// <summary>Responses of every served path validate against the official OpenAPI response schemas, except listed tolerances.</summary>
public sealed class ContractTests
{
    public static TheoryData<string> CaseNames => [.. ContractCases.All.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Response_MatchesOpenApiSchema(string caseName)
    {
        var contractCase = ContractCases.All[caseName];
        using var harness = new SimulatorHarness();

        using var response = await contractCase.Send(harness);
        var body = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);

        Assert.Equal(contractCase.ExpectedStatus, (int)response.StatusCode);
        var violations = Violations(contractCase, (int)response.StatusCode, body);
        Assert.True(violations.Count == 0, $"{caseName}: untolerated schema violations:\n{string.Join('\n', violations)}");
    }

    [Fact]
    public void Cases_CoverEveryServedOperation()
    {
        var covered = ContractCases.All.Values.Select(c => c.Method.ToUpperInvariant() + " " + c.Operation).ToHashSet(StringComparer.Ordinal);

        // The alpha threats path is in no OpenAPI file; gateway traceroute has no tool but shares the result code.
        var uncovered = SimulatorHandler.RouteTemplates
            .Where(t => !covered.Contains(t) && !t.Contains("v1alpha1", StringComparison.Ordinal) && !t.Contains("gateways/{serial-number}/traceroute", StringComparison.Ordinal)
                && !t.Contains("gateways/{serial-number}/list-tasks", StringComparison.Ordinal))
            .ToList();

        Assert.Empty(uncovered);
    }

    [Fact]
    public async Task Tolerances_AreEachUsed()
    {
        var used = new HashSet<ContractTolerances.Tolerance>();
        foreach (var contractCase in ContractCases.All.Values)
        {
            using var harness = new SimulatorHarness();
            using var response = await contractCase.Send(harness);
            var body = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
            foreach (var (pointer, keyword, value, _) in RawViolations(contractCase, (int)response.StatusCode, body))
            {
                used.UnionWith(ContractTolerances.All.Where(t => t.Covers(contractCase.Operation, pointer, keyword, value)));
            }
        }

        var unused = ContractTolerances.All.Where(t => !used.Contains(t)).Select(t => $"{t.Operation} {t.Pointer} {t.Keyword}").ToList();
        Assert.Empty(unused);
    }

    private static List<string> Violations(ContractCase contractCase, int status, byte[] body) =>
        [.. RawViolations(contractCase, status, body)
            .Where(v => !ContractTolerances.All.Any(t => t.Covers(contractCase.Operation, v.Pointer, v.Keyword, v.Value)))
            .Select(v => $"{v.Pointer} {v.Keyword}: {v.Message}")];

    private static List<(string Pointer, string Keyword, JsonElement? Value, string Message)> RawViolations(ContractCase contractCase, int status, byte[] body)
    {
        var schema = OpenApiSchemas.Response(contractCase.File, contractCase.SchemaOperation ?? contractCase.Operation, contractCase.Method, status);
        var document = JsonDocument.Parse(body);
        var results = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var violations = new List<(string, string, JsonElement?, string)>();
        foreach (var detail in results.Details ?? [])
        {
            foreach (var (keyword, message) in detail.Errors ?? new Dictionary<string, string>())
            {
                var pointer = detail.InstanceLocation.ToString();
                var value = detail.InstanceLocation.Evaluate(document.RootElement);
                violations.Add((pointer, keyword, value, message));
            }
        }

        return violations;
    }
}
