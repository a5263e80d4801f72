using System.Text.Json;
using Json.Schema;

namespace ArubaNoc.Tools.Tests.Framework;

/// <summary>JSON Schema checks (draft 2020-12) through JsonSchema.Net.</summary>
internal static class SchemaAssert
{
    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    /// <summary>Asserts that <paramref name="schema"/> is a valid draft 2020-12 schema.</summary>
    public static void IsValidSchema(JsonElement schema)
    {
        var result = MetaSchemas.Draft202012.Evaluate(schema, Options);
        Assert.True(result.IsValid, Describe(result));
    }

    /// <summary>Asserts that <paramref name="instance"/> validates against <paramref name="schema"/>.</summary>
    public static void Validates(JsonElement schema, JsonElement instance)
    {
        var result = JsonSchema.Build(schema).Evaluate(instance, Options);
        Assert.True(result.IsValid, Describe(result) + "\n" + instance.GetRawText());
    }

    /// <summary>Whether <paramref name="instance"/> validates against <paramref name="schema"/>.</summary>
    public static bool IsValid(JsonElement schema, JsonElement instance) => JsonSchema.Build(schema).Evaluate(instance, Options).IsValid;

    private static string Describe(EvaluationResults result) => string.Join(
        "\n",
        (result.Details ?? []).Where(detail => detail.Errors is not null)
            .SelectMany(detail => detail.Errors!.Select(error => $"{detail.InstanceLocation}: {error.Key} {error.Value}")));
}
