using System.Text.Json;
using ArubaNoc.Tools.Framework;

namespace ArubaNoc.Tools.Tests.Framework.Binding;

public sealed class InputSchemaTests
{
    private static readonly SampleTool Tool = new(TestClock.Create());
    private static JsonElement Schema => Tool.Definition.InputSchema;
    private static JsonElement Property(string name) => Schema.GetProperty("properties").GetProperty(name);

    [Fact]
    public void InputSchema_SampleTool_IsValidDraft202012() => SchemaAssert.IsValidSchema(Schema);

    [Fact]
    public void InputSchema_LookupTool_IsValidDraft202012() => SchemaAssert.IsValidSchema(new SampleLookupTool(TestClock.Create()).Definition.InputSchema);

    [Fact]
    public void InputSchema_Root_IsClosedObject()
    {
        Assert.Equal("object", Schema.GetProperty("type").GetString());
        Assert.False(Schema.GetProperty("additionalProperties").GetBoolean());
    }

    [Fact]
    public void InputSchema_Alias_HasOwnProperty() => Assert.Equal(JsonValueKind.Object, Property("serial").ValueKind);

    [Fact]
    public void InputSchema_RequiredWithAlias_ListsPrimaryName()
    {
        var schema = new SampleLookupTool(TestClock.Create()).Definition.InputSchema;

        Assert.Equal(["serial_number", "target"], schema.GetProperty("required").EnumerateArray().Select(name => name.GetString()));
        Assert.False(schema.TryGetProperty("allOf", out _));
    }

    [Fact]
    public void Bind_RequiredGivenByAlias_Accepted()
    {
        var tool = new SampleLookupTool(TestClock.Create());

        var result = ArgumentBinder.Bind(tool.Parameters, TestArguments.Parse("""{"serial": "CN1", "target": "h"}"""), TestClock.Now);

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void InputSchema_Limit_HasRangeAndDefault()
    {
        Assert.Equal(1, Property("limit").GetProperty("minimum").GetInt64());
        Assert.Equal(1000, Property("limit").GetProperty("maximum").GetInt64());
        Assert.Equal(100, Property("limit").GetProperty("default").GetInt64());
    }

    [Fact]
    public void InputSchema_Enum_ListsCanonicalValues() =>
        Assert.Equal(["CONNECTED", "FAILED", "ALL"], Property("status").GetProperty("enum").EnumerateArray().Select(value => value.GetString()));

    [Fact]
    public void InputSchema_Deprecated_Marked() => Assert.True(Property("interval").GetProperty("deprecated").GetBoolean());

    [Fact]
    public void InputSchema_Serial_HasMaxLength16() => Assert.Equal(16, Property("serial_number").GetProperty("maxLength").GetInt32());

    [Fact]
    public void InputSchema_ShortSiteId_HasMaxLength16() => Assert.Equal(16, Property("short_site_id").GetProperty("maxLength").GetInt32());

    [Fact]
    public void InputSchema_Examples_ValidateAgainstSchema()
    {
        var examples = Tool.Parameters.ToDictionary(parameter => parameter.Name, parameter => Property(parameter.Name).GetProperty("examples")[0]);
        var json = "{" + string.Join(",", examples.Select(pair => $"{TestArguments.Quote(pair.Key)}:{pair.Value.GetRawText()}")) + "}";

        SchemaAssert.Validates(Schema, TestArguments.Value(json));
    }

    [Fact]
    public void InputSchema_Examples_PassBinding()
    {
        var arguments = Tool.Parameters.ToDictionary(parameter => parameter.Name, parameter => Property(parameter.Name).GetProperty("examples")[0]);

        var result = ArgumentBinder.Bind(Tool.Parameters, arguments, TestClock.Now);

        Assert.True(result.Succeeded, string.Join("\n", result.Failures.Select(failure => failure.TextLine)));
    }

    [Fact]
    public void Definition_DeviceAction_NotReadOnlyNorIdempotent()
    {
        var safety = new SampleLookupTool(TestClock.Create()).Definition.Safety;

        Assert.False(safety.ReadOnly);
        Assert.False(safety.Destructive);
        Assert.False(safety.Idempotent);
        Assert.True(safety.OpenWorld);
    }

    [Fact]
    public void Definition_Query_ReadOnlyAndIdempotent()
    {
        var safety = Tool.Definition.Safety;

        Assert.True(safety.ReadOnly);
        Assert.True(safety.Idempotent);
    }

    [Fact]
    public void MetaSchemaCheck_InvalidSchema_Detected() =>
        Assert.False(Json.Schema.MetaSchemas.Draft202012.Evaluate(TestArguments.Value("""{"type": 5}""")).IsValid);
}
