using System.Globalization;
using ArubaNoc.Central.Http;
using ArubaNoc.Tools.Framework;

namespace ArubaNoc.Tools.Devices;

/// <summary>Text and findings that several inventory, site, client and WLAN tools share.</summary>
internal static class ResultNotes
{
    /// <summary>Formats <c>label: count (pct)</c> where the percentage divides by the page's item count.</summary>
    public static string CountWithShare(string label, long count, long returned) =>
        string.Create(CultureInfo.InvariantCulture, $"{label}: {ValueFormat.Integer(count)} ({ValueFormat.Percent(ValueFormat.PercentOf(count, returned))})");

    /// <summary>Rows <c>TOKEN key: count (pct)</c> for each entry of <paramref name="counts"/>.</summary>
    public static List<TextRow> ShareRows(IEnumerable<KeyValuePair<string, long>> counts, long returned, Func<string, string> token) =>
        [.. counts.Select(pair => new TextRow(token(pair.Key), CountWithShare(pair.Key, pair.Value, returned)))];

    /// <summary>Returns the first non-blank value, for fields read under their v1 name with the older name as fallback.</summary>
    public static string? FirstOf(string? current, string? older) => string.IsNullOrWhiteSpace(current) ? older : current;
}
