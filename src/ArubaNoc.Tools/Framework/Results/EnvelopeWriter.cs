using System.Buffers;
using System.Text.Json;

namespace ArubaNoc.Tools.Framework;

/// <summary>
/// Writes <c>structuredContent</c> with <see cref="Utf8JsonWriter"/>: the envelope of a successful result
/// or of an error result. Every declared fact and item field is written, as null when unset, so the
/// content always matches the schema of <see cref="OutputSchemaBuilder"/>.
/// </summary>
public static class EnvelopeWriter
{
    /// <summary>Writes the envelope of a successful result.</summary>
    public static JsonElement WriteSuccess(ToolResultBuilder result) => Write(writer =>
    {
        writer.WriteString("tool", result.Tool);
        writer.WriteBoolean("ok", true);
        writer.WriteString("api", result.Api);
        WriteScope(writer, result.Scope);

        writer.WritePropertyName("facts");
        WriteValues(writer, result.Facts);

        writer.WriteStartArray("items");
        foreach (var item in result.Items.Take(ToolResultBuilder.MaxItems))
        {
            WriteValues(writer, item);
        }

        writer.WriteEndArray();
        writer.WriteBoolean("itemsTruncated", result.Items.Count > ToolResultBuilder.MaxItems);
        if (result.Page is { } page)
        {
            WritePage(writer, page);
        }

        writer.WriteStartArray("findings");
        foreach (var finding in result.Findings.OrderBy(finding => finding.Level))
        {
            writer.WriteStartObject();
            writer.WriteString("level", finding.LevelName);
            writer.WriteString("code", finding.Code);
            WriteText(writer, "message", finding.Message);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteBoolean("partial", result.SubErrors.Count > 0);
        writer.WriteStartArray("subErrors");
        foreach (var error in result.SubErrors)
        {
            writer.WriteStartObject();
            WriteText(writer, "path", error.Path);
            WriteNumber(writer, "httpStatus", error.HttpStatus);
            WriteText(writer, "errorCode", error.ErrorCode);
            WriteText(writer, "message", error.Message);
            WriteText(writer, "debugId", error.DebugId);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    });

    /// <summary>Writes the envelope of an error result: <c>{tool, ok: false, error}</c>.</summary>
    public static JsonElement WriteError(string tool, ToolError error) => Write(writer =>
    {
        writer.WriteString("tool", tool);
        writer.WriteBoolean("ok", false);
        writer.WriteStartObject("error");
        writer.WriteString("kind", error.Kind);
        WriteText(writer, "argument", error.Argument);
        WriteText(writer, "rule", error.Rule);
        WriteNumber(writer, "httpStatus", error.HttpStatus);
        WriteText(writer, "errorCode", error.ErrorCode);
        WriteText(writer, "message", error.Message);
        WriteText(writer, "debugId", error.DebugId);
        WriteNumber(writer, "retryAfterSeconds", error.RetryAfterSeconds);
        if (error.Violations.Count > 0)
        {
            writer.WriteStartArray("violations");
            foreach (var violation in error.Violations)
            {
                writer.WriteStartObject();
                WriteText(writer, "argument", violation.Argument);
                WriteText(writer, "rule", violation.Rule);
                WriteText(writer, "message", violation.Message);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    });

    private static JsonElement Write(Action<Utf8JsonWriter> writeProperties)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writeProperties(writer);
            writer.WriteEndObject();
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }

    private static void WriteScope(Utf8JsonWriter writer, ResultScope scope)
    {
        writer.WriteStartObject("scope");
        WriteText(writer, "siteId", scope.SiteId);
        WriteText(writer, "siteName", scope.SiteName);
        WriteText(writer, "serialNumber", scope.SerialNumber);
        WriteText(writer, "startAt", scope.StartAt is { } start ? TimeArgument.ToWire(start) : null);
        WriteText(writer, "endAt", scope.EndAt is { } end ? TimeArgument.ToWire(end) : null);
        WriteText(writer, "filter", scope.Filter);
        WriteText(writer, "sort", scope.Sort);
        writer.WriteEndObject();
    }

    private static void WritePage(Utf8JsonWriter writer, PageInfo page)
    {
        writer.WriteStartObject("page");
        writer.WriteNumber("returned", page.Returned);
        WriteNumber(writer, "total", page.Total);
        WriteText(writer, "next", page.Next);
        WriteNumber(writer, "nextOffset", page.NextOffset);
        writer.WriteBoolean("hasMore", page.HasMore);
        writer.WriteEndObject();
    }

    private static void WriteValues(Utf8JsonWriter writer, OutputValues values)
    {
        writer.WriteStartObject();
        foreach (var field in values.Fields)
        {
            writer.WritePropertyName(field.Name);
            WriteValue(writer, values.Get(field));
        }

        writer.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case long number:
                writer.WriteNumberValue(number);
                break;
            case double number:
                writer.WriteNumberValue(number);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case string text:
                writer.WriteStringValue(TextRules.ToPrintable(text));
                break;
            case DateTimeOffset time:
                writer.WriteStringValue(TimeArgument.ToDisplay(time));
                break;
            case OutputValues child:
                WriteValues(writer, child);
                break;
            case KeyValuePair<string, long>[] counts:
                writer.WriteStartObject();
                foreach (var (key, count) in counts)
                {
                    writer.WriteNumber(TextRules.ToPrintable(key), count);
                }

                writer.WriteEndObject();
                break;
            case KeyValuePair<string, OutputValues>[] entries:
                writer.WriteStartObject();
                foreach (var (key, entry) in entries)
                {
                    writer.WritePropertyName(TextRules.ToPrintable(key));
                    WriteValues(writer, entry);
                }

                writer.WriteEndObject();
                break;
            case string?[] texts:
                writer.WriteStartArray();
                foreach (var text in texts)
                {
                    WriteValue(writer, text);
                }

                writer.WriteEndArray();
                break;
            case double?[] numbers:
                writer.WriteStartArray();
                foreach (var number in numbers)
                {
                    WriteValue(writer, number);
                }

                writer.WriteEndArray();
                break;
            default:
                throw new InvalidOperationException($"Unsupported output value of type {value.GetType().Name}.");
        }
    }

    private static void WriteText(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
            return;
        }

        writer.WriteString(name, TextRules.ToPrintable(value));
    }

    private static void WriteNumber(Utf8JsonWriter writer, string name, long? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
