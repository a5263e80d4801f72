using System.Text.Json;

namespace ArubaNoc.Acceptance.Tests.TestSupport;

/// <summary>What every tool answer must satisfy, whatever fault Central showed.</summary>
internal static class AnswerChecks
{
    /// <summary>Structured rows are capped at this many items (spec 1.7).</summary>
    public const int ItemsCap = 100;

    private static readonly HashSet<string> ErrorKinds = new(StringComparer.Ordinal)
    {
        "validation", "central", "not_found", "rate_limited", "transport", "circuit_open", "config",
    };

    /// <summary>
    /// Asserts that <paramref name="answer"/> is either data (ok, rows consistent with the page it claims)
    /// or a clear error (<c>[ERR]</c> text, a known kind and a message; Central's error code and debug id in
    /// the text whenever the structured error carries them).
    /// </summary>
    public static void AssertClear(ToolAnswer answer)
    {
        Assert.False(string.IsNullOrWhiteSpace(answer.Text), $"{answer.Tool} answered without text");
        var root = Assert.IsType<JsonElement>(answer.Structured);
        Assert.Equal(answer.Tool, root.GetProperty("tool").GetString());
        Assert.Equal(!answer.IsError, root.GetProperty("ok").GetBoolean());
        if (answer.IsError)
        {
            AssertClearError(answer);
        }
        else
        {
            Assert.False(answer.Text.StartsWith("[ERR]", StringComparison.Ordinal), answer.ToString());
            AssertPageConsistent(answer, root);
        }
    }

    private static void AssertClearError(ToolAnswer answer)
    {
        Assert.StartsWith("[ERR] ", answer.Text, StringComparison.Ordinal);
        var kind = answer.ErrorString("kind");
        Assert.True(kind is not null && ErrorKinds.Contains(kind), $"{answer} has error kind '{kind}'");
        Assert.False(string.IsNullOrWhiteSpace(answer.ErrorString("message")), $"{answer} has no error message");
        Assert.NotEqual("validation", kind);

        // Central's identifiers reach the reader whenever Central sent them.
        foreach (var name in new[] { "errorCode", "debugId" })
        {
            if (answer.ErrorString(name) is { Length: > 0 } value)
            {
                Assert.True(answer.Text.Contains(value, StringComparison.Ordinal), $"{answer} does not show {name} {value}");
            }
        }
    }

    private static void AssertPageConsistent(ToolAnswer answer, JsonElement root)
    {
        if (!root.TryGetProperty("page", out var page) || page.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        var hasMore = page.TryGetProperty("hasMore", out var more) && more.ValueKind == JsonValueKind.True;
        var saysMore = answer.Text.Contains("[MORE]", StringComparison.Ordinal);
        Assert.True(hasMore == saysMore, $"{answer}: page.hasMore is {hasMore} but the text {(saysMore ? "has" : "lacks")} a [MORE] line");

        if (page.TryGetProperty("returned", out var returned) && returned.ValueKind == JsonValueKind.Number
            && root.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array)
        {
            // Every row the page claims is present, up to the documented cap, and a cut is flagged.
            var truncated = root.TryGetProperty("itemsTruncated", out var flag) && flag.ValueKind == JsonValueKind.True;
            var expected = Math.Min(returned.GetInt32(), ItemsCap);
            Assert.True(
                items.GetArrayLength() == expected || (truncated && items.GetArrayLength() == ItemsCap),
                $"{answer}: page.returned is {returned.GetInt32()} but items holds {items.GetArrayLength()} (truncated: {truncated})");
            Assert.True(truncated == returned.GetInt32() > ItemsCap || !truncated, $"{answer}: itemsTruncated set although all rows fit");
        }
    }
}
