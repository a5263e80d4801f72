using System.Text.Json;

namespace ArubaNoc.Tools.Tests.Framework.Conformance;

/// <summary>One argument object that breaks one rule of an input schema.</summary>
public sealed record SchemaViolation(string Argument, string Rule, IReadOnlyDictionary<string, JsonElement> Arguments)
{
    public override string ToString() => $"{Argument}: {Rule}";
}
