using System.Globalization;
using ArubaNoc.Tools.Framework;

namespace ArubaNoc.Tools.Devices;

/// <summary>
/// Status and value helpers shared by the device detail tools. Central spells statuses differently per
/// resource (<c>ONLINE</c>, <c>Online</c>, <c>Up</c>, <c>UP</c>), so every comparison ignores case.
/// </summary>
internal static class DeviceText
{
    /// <summary>Whether <paramref name="status"/> means up or online, in any case.</summary>
    public static bool IsUp(string? status) =>
        Is(status, "UP") || Is(status, "ONLINE");

    /// <summary>Whether <paramref name="status"/> means down or offline, in any case.</summary>
    public static bool IsDown(string? status) =>
        Is(status, "DOWN") || Is(status, "OFFLINE");

    /// <summary>Whether <paramref name="value"/> equals <paramref name="expected"/>, ignoring case and surrounding spaces.</summary>
    public static bool Is(string? value, string expected) =>
        value is not null && string.Equals(value.Trim(), expected, StringComparison.OrdinalIgnoreCase);

    /// <summary>Returns <c>[UP]</c>, <c>[DN]</c> or <c>[--]</c> for a status text.</summary>
    public static string Token(string? status) => IsUp(status) ? StatusToken.Up : IsDown(status) ? StatusToken.Down : StatusToken.Unknown;

    /// <summary>Joins the present parts with <c> · </c>; missing parts are left out, and no parts gives <c>n/a</c>.</summary>
    public static string Join(params string?[] parts)
    {
        var present = parts.Where(part => !string.IsNullOrWhiteSpace(part)).ToArray();
        return present.Length == 0 ? ValueFormat.Missing : string.Join(" · ", present);
    }

    /// <summary>Returns the first text that is not null or blank.</summary>
    public static string? FirstText(params string?[] values) => values.FirstOrDefault(value => !string.IsNullOrWhiteSpace(value));

    /// <summary>Formats a number with up to 1 decimal, or <c>n/a</c>.</summary>
    public static string Number(double? value) =>
        value is { } v && double.IsFinite(v) ? v.ToString("0.#", CultureInfo.InvariantCulture) : ValueFormat.Missing;

    /// <summary>Formats an identifier number (VLAN ID, member number) without thousands separators, or <c>n/a</c>.</summary>
    public static string Id(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? ValueFormat.Missing;

    /// <summary>Returns the leading integer of a text such as <c>36+</c> or <c>149E</c>, or null.</summary>
    public static int? LeadingInteger(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var trimmed = text.AsSpan().Trim();
        var length = 0;
        while (length < trimmed.Length && char.IsAsciiDigit(trimmed[length]))
        {
            length++;
        }

        return length > 0 && int.TryParse(trimmed[..length], NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
    }

    /// <summary>Lists distinct non-empty values in first-seen order, compared ordinally.</summary>
    public static List<string> Distinct(IEnumerable<string?> values) =>
        [.. values.Where(value => !string.IsNullOrWhiteSpace(value)).Select(value => value!).Distinct(StringComparer.Ordinal)];
}
