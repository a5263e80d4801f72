using System.Globalization;

namespace ArubaNoc.Tools.Framework;

/// <summary>
/// Number and time formats of tool text. Every method prints <see cref="Missing"/> for a value Central
/// did not send, so an absent value never reads as 0.
/// </summary>
public static class ValueFormat
{
    /// <summary>Text printed for a value that is missing or null.</summary>
    public const string Missing = "n/a";

    private static readonly string[] ByteUnits = ["B", "KB", "MB", "GB", "TB", "PB"];

    /// <summary>Integer with ',' thousands separators: <c>12,345</c>.</summary>
#pragma warning disable CA1720 // "Integer" is the standard name of the value type formatted here.
    public static string Integer(long? value) => value is { } v ? v.ToString("#,0", CultureInfo.InvariantCulture) : Missing;
#pragma warning restore CA1720

    /// <summary>Number with up to 2 decimals and thousands separators: <c>1,234.5</c>.</summary>
    public static string Number(double? value) => Finite(value) is { } v ? v.ToString("#,0.##", CultureInfo.InvariantCulture) : Missing;

    /// <summary>Percentage with 1 decimal: <c>34.5 %</c>.</summary>
    public static string Percent(double? value) => Finite(value) is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) + " %" : Missing;

    /// <summary>Availability percentage with 2 decimals: <c>99.50 %</c>.</summary>
    public static string Availability(double? value) => Finite(value) is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) + " %" : Missing;

    /// <summary>Byte count in base 1024 with 2 decimals: <c>1536</c> → <c>1.50 KB</c>; below 1 KB whole bytes: <c>512 B</c>.</summary>
    public static string Bytes(long? value)
    {
        if (value is not { } bytes)
        {
            return Missing;
        }

        double scaled = bytes;
        var unit = 0;
        while (Math.Abs(scaled) >= 1024 && unit < ByteUnits.Length - 1)
        {
            scaled /= 1024;
            unit++;
        }

        return unit == 0
            ? bytes.ToString(CultureInfo.InvariantCulture) + " B"
            : scaled.ToString("0.00", CultureInfo.InvariantCulture) + " " + ByteUnits[unit];
    }

    /// <summary>Rate in megabits per second with 2 decimals: <c>12.34 Mbps</c>.</summary>
    public static string Mbps(double? value) => Finite(value) is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) + " Mbps" : Missing;

    /// <summary>Duration from milliseconds: <c>2d 3h 4m</c>, or <c>4m 5s</c> under one hour.</summary>
    public static string Duration(long? milliseconds)
    {
        if (milliseconds is not ({ } ms and >= 0))
        {
            return Missing;
        }

        var span = TimeSpan.FromMilliseconds(ms);
        return span < TimeSpan.FromHours(1)
            ? string.Create(CultureInfo.InvariantCulture, $"{span.Minutes}m {span.Seconds}s")
            : string.Create(CultureInfo.InvariantCulture, $"{(long)span.TotalDays}d {span.Hours}h {span.Minutes}m");
    }

    /// <summary>RFC 3339 UTC time to the second: <c>2026-01-15T08:00:00Z</c>.</summary>
    public static string Time(DateTimeOffset? value) => value is { } v ? TimeArgument.ToDisplay(v) : Missing;

    /// <summary>Text, or <see cref="Missing"/> when null or empty.</summary>
    public static string Text(string? value) => string.IsNullOrEmpty(value) ? Missing : value;

    /// <summary>
    /// Share of <paramref name="count"/> among the items of this page, in percent. Page breakdowns divide by
    /// <c>returned</c>, never by Central's <c>total</c>. Null when the page is empty.
    /// </summary>
    public static double? PercentOf(long count, long returned) => returned > 0 ? count * 100.0 / returned : null;

    private static double? Finite(double? value) => value is { } v && double.IsFinite(v) ? v : null;
}
