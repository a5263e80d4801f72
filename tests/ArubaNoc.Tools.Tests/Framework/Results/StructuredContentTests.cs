using System.Text.Json;
using ArubaNoc.Tools.Framework;

namespace ArubaNoc.Tools.Tests.Framework.Results;

public sealed class StructuredContentTests
{
    private static readonly SampleTool Tool = new(TestClock.Create());
    private static JsonElement OutputSchema => Tool.Definition.OutputSchema!.Value;

    private static async Task<ToolResult> CallAsync(SampleTool tool, string json) =>
        await tool.InvokeAsync(TestArguments.Parse(json), ToolCallContext.None, CancellationToken.None);

    [Fact]
    public void OutputSchema_IsValidDraft202012() => SchemaAssert.IsValidSchema(OutputSchema);

    [Fact]
    public void OutputSchema_RequiresOnlyToolAndOk() =>
        Assert.Equal(["tool", "ok"], OutputSchema.GetProperty("required").EnumerateArray().Select(name => name.GetString()));

    [Theory]
    [InlineData("total", "integer")]
    [InlineData("availabilityPct", "number")]
    [InlineData("totalBytes", "integer")]
    [InlineData("lastSeenAt", "string")]
    public void OutputSchema_FactTypes_NullableByConvention(string fact, string type)
    {
        var property = OutputSchema.GetProperty("properties").GetProperty("facts").GetProperty("properties").GetProperty(fact);
        var branches = property.GetProperty("anyOf").EnumerateArray().Select(branch => branch.GetProperty("type").GetString());

        Assert.Equal([type, "null"], branches);
        Assert.False(property.TryGetProperty("type", out _));
    }

    [Fact]
    public void OutputField_PctNotPercent_Throws() => Assert.Throws<ArgumentException>(() => new OutputField("cpuPct", OutputKind.Integer));

    [Fact]
    public void OutputField_AtNotTime_Throws() => Assert.Throws<ArgumentException>(() => new OutputField("lastSeenAt", OutputKind.Text));

    [Fact]
    public void OutputShape_NineKeyFacts_Throws() =>
        Assert.Throws<ArgumentException>(() => new OutputShape(Enumerable.Range(0, 9).Select(i => new OutputField($"f{i}", OutputKind.Integer, $"F{i}")).ToArray(), []));

    [Fact]
    public async Task Success_ValidatesAgainstOutputSchema()
    {
        var result = await CallAsync(new SampleTool(TestClock.Create()), "{}");

        SchemaAssert.Validates(OutputSchema, result.StructuredContent!.Value);
    }

    [Fact]
    public async Task Success_UnsetFacts_ValidateAsNull()
    {
        // totalBytes and lastSeenAt are never set by the sample tool, so they are written as null.
        var result = await CallAsync(new SampleTool(TestClock.Create()) { RowCount = 0 }, "{}");

        Assert.Equal(JsonValueKind.Null, result.StructuredContent!.Value.GetProperty("facts").GetProperty("lastSeenAt").ValueKind);
        SchemaAssert.Validates(OutputSchema, result.StructuredContent.Value);
    }

    [Fact]
    public async Task ValidationError_ValidatesAgainstOutputSchema()
    {
        var result = await CallAsync(Tool, """{"limit": 0}""");

        SchemaAssert.Validates(OutputSchema, result.StructuredContent!.Value);
    }

    [Fact]
    public async Task ValidationError_EnvelopeNamesArgumentAndRule()
    {
        var error = (await CallAsync(Tool, """{"limit": 0}""")).StructuredContent!.Value;

        Assert.False(error.GetProperty("ok").GetBoolean());
        Assert.Equal("sample_list", error.GetProperty("tool").GetString());
        Assert.Equal("validation", error.GetProperty("error").GetProperty("kind").GetString());
        Assert.Equal("limit", error.GetProperty("error").GetProperty("argument").GetString());
        Assert.Equal("must be a whole number from 1 to 1000", error.GetProperty("error").GetProperty("rule").GetString());
        Assert.Equal("Invalid argument 'limit': must be a whole number from 1 to 1000 (got 0).", error.GetProperty("error").GetProperty("message").GetString());
    }

    [Fact]
    public async Task KeyFacts_MatchStructuredFacts()
    {
        var result = await CallAsync(new SampleTool(TestClock.Create()) { RowCount = 1234, Total = 5000 }, "{}");
        var facts = result.StructuredContent!.Value.GetProperty("facts");

        Assert.Contains($"- Total: {ValueFormat.Integer(facts.GetProperty("total").GetInt64())}", result.Text, StringComparison.Ordinal);
        Assert.Contains($"- Returned: {ValueFormat.Integer(facts.GetProperty("returned").GetInt64())}", result.Text, StringComparison.Ordinal);
        Assert.Contains($"- Availability (this page): {ValueFormat.Availability(facts.GetProperty("availabilityPct").GetDouble())}", result.Text, StringComparison.Ordinal);
        Assert.Contains("- Total bytes: n/a", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_CursorEchoedInEnvelope()
    {
        var page = (await CallAsync(new SampleTool(TestClock.Create()) { RowCount = 100, Total = 250 }, "{}")).StructuredContent!.Value.GetProperty("page");

        Assert.Equal(100, page.GetProperty("returned").GetInt64());
        Assert.Equal(250, page.GetProperty("total").GetInt64());
        Assert.Equal("2", page.GetProperty("next").GetString());
        Assert.True(page.GetProperty("hasMore").GetBoolean());
    }

    [Fact]
    public void Envelope_AllErrorKinds_ValidateAgainstOutputSchema()
    {
        ToolError[] errors =
        [
            ToolErrors.InternalError(),
            ToolErrors.Central(400, null, null, null),
            ToolErrors.NotFound("Gateway", "CN1", "E", "d"),
            ToolErrors.RateLimited("E", 3),
            ToolErrors.Transport("timed out"),
            ToolErrors.CircuitOpen(30),
            ToolErrors.Config("invalid_client"),
        ];

        Assert.All(errors, error => SchemaAssert.Validates(OutputSchema, ToolErrors.ToResult("sample_list", error).StructuredContent!.Value));
    }
}
