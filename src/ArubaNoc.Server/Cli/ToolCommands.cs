using System.Text;
using System.Text.Json;
using ArubaNoc.Server.Hosting;
using ArubaNoc.Tools.Framework;

namespace ArubaNoc.Server.Cli;

/// <summary>The <c>tools</c> and <c>call</c> commands: the same tools as over MCP, for shells and scripts.</summary>
internal static class ToolCommands
{
    /// <summary>Prints one line per tool: its wire name and title.</summary>
    public static int ListTools(ToolCatalog catalog, TextWriter output)
    {
        var width = catalog.Tools.Count == 0 ? 0 : catalog.Tools.Max(tool => tool.Definition.Name.Length);
        foreach (var tool in catalog.Tools)
        {
            output.WriteLine($"{tool.Definition.Name.PadRight(width)}  {tool.Definition.Title}");
        }

        return ExitCodes.Success;
    }

    /// <summary>Runs one tool and prints its text summary, or its structured result with <c>--json</c>.</summary>
    public static async Task<int> CallAsync(ToolInvoker invoker, CommandLine commandLine, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var name = commandLine.ToolName!;
        if (!invoker.Catalog.TryGet(name, out var tool))
        {
            error.WriteLine($"Unknown tool '{name}'. Run 'aruba-noc-mcp tools' for the list of tools.");
            return ExitCodes.UsageError;
        }

        if (!TryBuildArguments(commandLine.ToolArguments, out var arguments, out var problem))
        {
            error.WriteLine(problem);
            return ExitCodes.UsageError;
        }

        var result = await invoker.InvokeAsync(tool, arguments, ToolCallContext.None, cancellationToken).ConfigureAwait(false);

        output.WriteLine(commandLine.Json ? FormatJson(result) : result.Text);
        return result.IsError ? ExitCodes.ToolError : ExitCodes.Success;
    }

    /// <summary>
    /// Turns <c>key=value</c> pairs into JSON strings and <c>key:=json</c> pairs into parsed JSON values.
    /// A key given twice is a usage error, as a JSON object cannot hold it twice.
    /// </summary>
    internal static bool TryBuildArguments(IReadOnlyList<ToolArgumentText> pairs, out Dictionary<string, JsonElement> arguments, out string? problem)
    {
        arguments = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        problem = null;

        foreach (var pair in pairs)
        {
            JsonElement value;
            if (pair.IsJson)
            {
                try
                {
                    using var document = JsonDocument.Parse(pair.Value);
                    value = document.RootElement.Clone();
                }
                catch (JsonException)
                {
                    problem = $"Invalid JSON value for tool argument '{pair.Name}': {pair.Value}";
                    return false;
                }
            }
            else
            {
                value = JsonString(pair.Value);
            }

            if (!arguments.TryAdd(pair.Name, value))
            {
                problem = $"Tool argument '{pair.Name}' is given more than once.";
                return false;
            }
        }

        return true;
    }

    private static JsonElement JsonString(string text)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStringValue(text);
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }

    private static string FormatJson(ToolResult result)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            if (result.StructuredContent is { } structured)
            {
                structured.WriteTo(writer);
            }
            else
            {
                // Tools without structured content still give scripts JSON output.
                writer.WriteStartObject();
                writer.WriteBoolean("ok", !result.IsError);
                writer.WriteString("text", result.Text);
                writer.WriteEndObject();
            }
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
