using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using ArubaNoc.Simulator.Tests.TestSupport;
using Json.Schema;

namespace ArubaNoc.Simulator.Tests.Contract;

/// <summary>
/// Response schemas from the official OpenAPI files, with every local <c>$ref</c> inlined so that
/// JsonSchema.Net can evaluate them on their own. Recursive references become an empty schema.
/// </summary>
internal static class OpenApiSchemas
{
    private static readonly ConcurrentDictionary<string, JsonNode> Documents = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, JsonSchema> Schemas = new(StringComparer.Ordinal);

    /// <summary>Returns the schema of the JSON response of an operation for a status code.</summary>
    public static JsonSchema Response(string file, string pathTemplate, string method, int status) =>
        Schemas.GetOrAdd($"{file}|{method}|{pathTemplate}|{status}", _ => Build(file, pathTemplate, method, status));

    /// <summary>Returns whether the file documents a JSON response for that status.</summary>
    public static bool Documents_(string file, string pathTemplate, string method, int status) =>
        FindResponse(Document(file), pathTemplate, method, status) is not null;

    private static JsonSchema Build(string file, string pathTemplate, string method, int status)
    {
        var document = Document(file);
        var response = FindResponse(document, pathTemplate, method, status)
            ?? throw new InvalidOperationException($"{file}.json documents no JSON {status} response for {method.ToUpperInvariant()} {pathTemplate}.");
        var inlined = Inline(document, response, []);
        return JsonSchema.FromText(inlined!.ToJsonString());
    }

    private static JsonNode? FindResponse(JsonNode document, string pathTemplate, string method, int status)
    {
        var responses = document["paths"]?[pathTemplate]?[method]?["responses"];
        var response = responses?[status.ToString(CultureInfo.InvariantCulture)] ?? responses?["default"];
        response = response is null ? null : Resolve(document, response);
        return response?["content"]?["application/json"]?["schema"];
    }

    private static JsonNode Document(string file) =>
        Documents.GetOrAdd(file, name => JsonNode.Parse(File.ReadAllText(RepositoryPaths.OpenApi(name)))!);

    private static JsonNode Resolve(JsonNode document, JsonNode node)
    {
        while (node is JsonObject obj && obj["$ref"]?.GetValue<string>() is { } reference)
        {
            node = Pointer(document, reference);
        }

        return node;
    }

    private static JsonNode Pointer(JsonNode document, string reference)
    {
        if (!reference.StartsWith("#/", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Only local references are supported: {reference}");
        }

        var node = document;
        foreach (var part in reference[2..].Split('/'))
        {
            node = node[part.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)]
                ?? throw new InvalidOperationException($"Unresolved reference {reference}");
        }

        return node;
    }

    private static JsonNode? Inline(JsonNode document, JsonNode? node, HashSet<string> active)
    {
        switch (node)
        {
            case JsonObject obj when obj["$ref"]?.GetValue<string>() is { } reference:
            {
                if (!active.Add(reference))
                {
                    return new JsonObject();
                }

                var target = Inline(document, Pointer(document, reference), active)!.AsObject();
                active.Remove(reference);
                foreach (var (key, value) in obj)
                {
                    if (key != "$ref" && !target.ContainsKey(key))
                    {
                        target[key] = Inline(document, value, active);
                    }
                }

                return target;
            }

            case JsonObject obj:
            {
                var copy = new JsonObject();
                foreach (var (key, value) in obj)
                {
                    // Examples are documentation; dropping them keeps the evaluated schema small.
                    if (key is "example" or "examples")
                    {
                        continue;
                    }

                    copy[key] = Inline(document, value, active);
                }

                return copy;
            }

            case JsonArray array:
            {
                var copy = new JsonArray();
                foreach (var item in array)
                {
                    copy.Add(Inline(document, item, active));
                }

                return copy;
            }

            default:
                return node?.DeepClone();
        }
    }
}
