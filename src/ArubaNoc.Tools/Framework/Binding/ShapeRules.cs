using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace ArubaNoc.Tools.Framework;

/// <summary>
/// Format checks and normalization for identifier-like arguments (serial, stack ID, site ID, MAC, host,
/// task ID). Each method takes trimmed text without control characters and returns the normalized value,
/// or null when the text breaks the rule.
/// </summary>
internal static class ShapeRules
{
    public static string? Serial(string text) =>
        text.Length is >= 1 and <= 16 && text.All(char.IsAsciiLetterOrDigit) ? text.ToUpperInvariant() : null;

    public static string? StackRef(string text)
    {
        if (Serial(text) is { } serial)
        {
            return serial;
        }

        var dash = text.IndexOf('-', StringComparison.Ordinal);
        var isStackId = dash == 8 && text.Length is >= 10 and <= 17 &&
            TextRules.IsHex(text.AsSpan(0, 8)) && TextRules.IsHex(text.AsSpan(9));
        return isStackId ? text.ToLowerInvariant() : null;
    }

    public static string? SiteId(string text, int maxLength) =>
        text.Length >= 1 && text.Length <= maxLength && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-') ? text : null;

    /// <summary>Accepts 12 hex digits bare, in pairs split by ':' or '-' (one kind throughout), or in fours split by '.'.</summary>
    public static string? Mac(string text)
    {
        string hex;
        if (text.Length == 12)
        {
            hex = text;
        }
        else if (text.Length == 17 && (IsGrouped(text, ':', 2) || IsGrouped(text, '-', 2)))
        {
            hex = text.Replace(text[2].ToString(), string.Empty, StringComparison.Ordinal);
        }
        else if (text.Length == 14 && IsGrouped(text, '.', 4))
        {
            hex = text.Replace(".", string.Empty, StringComparison.Ordinal);
        }
        else
        {
            return null;
        }

        if (!TextRules.IsHex(hex))
        {
            return null;
        }

        hex = hex.ToLowerInvariant();
        return string.Join(':', Enumerable.Range(0, 6).Select(i => hex.Substring(i * 2, 2)));
    }

    public static string? Host(string text)
    {
        if (IsIPv4(text))
        {
            return text;
        }

        if (text.Contains(':', StringComparison.Ordinal))
        {
            var isLiteral = text.All(c => char.IsAsciiHexDigit(c) || c is ':' or '.') &&
                IPAddress.TryParse(text, out var address) && address.AddressFamily == AddressFamily.InterNetworkV6;
            return isLiteral ? text : null;
        }

        return IsDnsName(text) ? text : null;
    }

    public static string? TaskId(string text)
    {
        var isUuid = text.Length == 36 &&
            text[8] == '-' && text[13] == '-' && text[18] == '-' && text[23] == '-' &&
            TextRules.IsHex(text.AsSpan(0, 8)) && TextRules.IsHex(text.AsSpan(9, 4)) &&
            TextRules.IsHex(text.AsSpan(14, 4)) && TextRules.IsHex(text.AsSpan(19, 4)) && TextRules.IsHex(text.AsSpan(24));
        return isUuid ? text.ToLowerInvariant() : null;
    }

    /// <summary>Parses 1 to 18 ASCII digits; returns null for other text or a value outside <paramref name="minimum"/>..<paramref name="maximum"/>.</summary>
    public static long? Digits(string text, long minimum, long maximum)
    {
        if (text.Length is 0 or > 18 || !text.All(char.IsAsciiDigit))
        {
            return null;
        }

        var value = long.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
        return value >= minimum && value <= maximum ? value : null;
    }

    private static bool IsGrouped(string text, char separator, int groupLength)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var isSeparatorPosition = (i + 1) % (groupLength + 1) == 0;
            if (isSeparatorPosition != (text[i] == separator))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsIPv4(string text)
    {
        var parts = text.Split('.');
        return parts.Length == 4 && parts.All(part => Digits(part, 0, 255) is not null && part.Length <= 3);
    }

    private static bool IsDnsName(string text)
    {
        if (text.Length is 0 or > 253)
        {
            return false;
        }

        var labels = text.Split('.');
        if (labels.All(label => label.Length > 0 && label.All(char.IsAsciiDigit)))
        {
            // All-numeric dotted text is a malformed IPv4 address, not a host name.
            return false;
        }

        return labels.All(label =>
            label.Length is >= 1 and <= 63 &&
            label[0] != '-' && label[^1] != '-' &&
            label.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'));
    }
}
