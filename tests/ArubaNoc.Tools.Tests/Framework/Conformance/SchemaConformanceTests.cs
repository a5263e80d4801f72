using ArubaNoc.Tools.Framework;
using ArubaNoc.Tools.Tests.TestSupport;

namespace ArubaNoc.Tools.Tests.Framework.Conformance;

public sealed class SchemaConformanceTests
{
    /// <summary>The tools whose schema and validation must agree; real tools are added to this list.</summary>
    public static TheoryData<string> ToolNames()
    {
        using var central = SimulatedCentral.Create();
        return new(Tools(central).Select(tool => tool.Definition.Name));
    }

    private static IEnumerable<INocTool> Tools(SimulatedCentral central)
    {
        var clock = TestClock.Create();
        return [new SampleTool(clock), new SampleLookupTool(clock), .. central.Catalog().Tools];
    }

    [Theory]
    [MemberData(nameof(ToolNames))]
    public async Task Tool_EveryBrokenSchemaRule_IsRejectedNamingTheArgument(string toolName)
    {
        using var central = SimulatedCentral.Create();
        var tool = Tools(central).Single(candidate => candidate.Definition.Name == toolName);

        // Sample tools run on TestClock; real tools on the simulated Central's clock.
        var now = tool is SampleTool or SampleLookupTool ? TestClock.Now : central.Time.GetUtcNow();
        // The baseline call is valid, so a real tool sends it; only the rejected calls must send nothing.
        var mismatches = await SchemaConformance.FindMismatchesAsync(tool, now, () => central.ApiRequests().Count);

        Assert.Empty(mismatches);
    }

    [Fact]
    public void Generate_SampleTool_CoversEveryDeclaredParameter()
    {
        var tool = new SampleTool(TestClock.Create());

        var covered = SchemaViolations.Generate(tool.Definition.InputSchema).Select(violation => violation.Argument).ToHashSet();

        Assert.All(tool.Parameters, parameter => Assert.Contains(parameter.Name, covered));
    }

    [Fact]
    public void DeclaredRules_SampleTool_CoverKindRules()
    {
        // Plain text kinds and site IDs have no rule beyond what the schema states.
        var tool = new SampleTool(TestClock.Create());
        var withKindRules = tool.Parameters.Where(parameter =>
            parameter.IsPathSegment ||
            parameter.Kind is not (ParameterKind.Text or ParameterKind.SiteName or ParameterKind.SiteId or ParameterKind.Name));

        var covered = DeclaredRuleViolations.Generate(tool, TestClock.Now).Select(violation => violation.Argument).ToHashSet();

        Assert.All(withKindRules, parameter => Assert.Contains(parameter.Name, covered));
    }

    [Fact]
    public async Task Violations_SampleTool_SendNoRequest()
    {
        var tool = new SampleTool(TestClock.Create());

        foreach (var violation in SchemaViolations.Generate(tool.Definition.InputSchema).Concat(DeclaredRuleViolations.Generate(tool, TestClock.Now)))
        {
            await tool.InvokeAsync(violation.Arguments, ToolCallContext.None, CancellationToken.None);
        }

        Assert.Equal(0, tool.Executions);
    }
}
