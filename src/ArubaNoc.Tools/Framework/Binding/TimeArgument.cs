using System.Globalization;

namespace ArubaNoc.Tools.Framework;

/// <summary>
/// Rules and formats for time arguments: RFC 3339 date-times with <c>Z</c> or an offset, or epoch
/// milliseconds, from <see cref="Earliest"/> to now plus <see cref="FutureTolerance"/>.
/// </summary>
public static class TimeArgument
{
    /// <summary>The earliest accepted time, 2015-01-01T00:00:00Z.</summary>
    public static readonly DateTimeOffset Earliest = new(2015, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>How far in the future a time may lie, to absorb clock skew between client and server.</summary>
    public static readonly TimeSpan FutureTolerance = TimeSpan.FromMinutes(5);

    internal const string FormatRule = "must be an RFC 3339 date-time with Z or an offset (2026-01-15T08:00:00Z), or epoch milliseconds";

    private static readonly string[] Formats = ["yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz"];

    /// <summary>Formats <paramref name="time"/> as Central expects it: UTC <c>yyyy-MM-ddTHH:mm:ss.fffZ</c>.</summary>
    public static string ToWire(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>Formats <paramref name="time"/> for text output: RFC 3339 UTC to the second.</summary>
    public static string ToDisplay(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Parses an RFC 3339 date-time that carries <c>Z</c> or an explicit offset.</summary>
    public static DateTimeOffset? ParseRfc3339(string text)
    {
        if (text.Length is < 20 or > 35)
        {
            return null;
        }

        var upper = text.ToUpperInvariant();
        if (upper.EndsWith('Z'))
        {
            upper = upper[..^1] + "+00:00";
        }

        var hasOffset = upper.Length >= 6 && upper[^6] is '+' or '-' && upper[^3] == ':';
        if (!hasOffset)
        {
            return null;
        }

        return DateTimeOffset.TryParseExact(upper, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            ? parsed
            : null;
    }

    /// <summary>Checks the accepted range; returns the broken rule, or null when <paramref name="time"/> is in range.</summary>
    internal static string? CheckRange(DateTimeOffset time, DateTimeOffset now)
    {
        if (time < Earliest)
        {
            return "must not be before 2015-01-01";
        }

        return time > now + FutureTolerance ? "must not be more than 5 minutes in the future" : null;
    }

    /// <summary>Converts epoch milliseconds when they lie in the accepted range's neighbourhood.</summary>
    internal static DateTimeOffset? FromEpochMilliseconds(long milliseconds)
    {
        const long MaxMilliseconds = 253_402_300_799_999;
        return milliseconds is >= 0 and <= MaxMilliseconds ? DateTimeOffset.FromUnixTimeMilliseconds(milliseconds) : null;
    }
}
