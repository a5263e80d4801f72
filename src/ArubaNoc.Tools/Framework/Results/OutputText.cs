using System.Globalization;

namespace ArubaNoc.Tools.Framework;

/// <summary>Formats a stored output value as text according to its field's kind.</summary>
public static class OutputText
{
    /// <summary>Formats the value of <paramref name="field"/> in <paramref name="values"/>; unset values print as n/a.</summary>
    public static string Format(OutputField field, OutputValues values) => Format(field, values.Get(field));

    private static string Format(OutputField field, object? value) => (field.Kind, value) switch
    {
        (_, null) => ValueFormat.Missing,
        (OutputKind.Integer, long number) => ValueFormat.Integer(number),
        (OutputKind.Bytes, long bytes) => ValueFormat.Bytes(bytes),
        (OutputKind.DurationMs, long milliseconds) => ValueFormat.Duration(milliseconds),
        (OutputKind.Number, double number) => ValueFormat.Number(number),
        (OutputKind.Percent, double percent) => ValueFormat.Percent(percent),
        (OutputKind.Availability, double percent) => ValueFormat.Availability(percent),
        (OutputKind.Mbps, double rate) => ValueFormat.Mbps(rate),
        (OutputKind.Time, DateTimeOffset time) => ValueFormat.Time(time),
        (OutputKind.Text, string text) => text,
        (OutputKind.Boolean, bool flag) => flag ? "yes" : "no",
        (OutputKind.Counts, KeyValuePair<string, long>[] counts) => counts.Length == 0
            ? "none"
            : string.Join(", ", counts.Select(pair => $"{pair.Key} {ValueFormat.Integer(pair.Value)}")),
        (OutputKind.Object, OutputValues child) => string.Join(", ", child.Fields.Select(inner => $"{inner.Name} {Format(inner, child)}")),
        (OutputKind.Map, KeyValuePair<string, OutputValues>[] entries) => string.Join("; ", entries.Select(pair => pair.Key)),
        (OutputKind.TextList, string?[] texts) => string.Join(", ", texts.Select(ValueFormat.Text)),
        (OutputKind.NumberList, double?[] numbers) => string.Join(", ", numbers.Select(ValueFormat.Number)),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? ValueFormat.Missing,
    };
}
