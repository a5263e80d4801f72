using System.Text;

namespace ArubaNoc.Central.Http;

/// <summary>
/// Percent-encodes a value as one path segment: only <c>A–Z a–z 0–9 - . _ ~ :</c> stay literal; every other
/// character, including <c>/ ? # %</c>, space and non-ASCII text, becomes UTF-8 percent-encoding. A segment
/// made only of dots (<c>.</c>, <c>..</c>) has its dots encoded too, so no value can add, remove or climb a segment.
/// </summary>
internal static class PathSegmentEncoder
{
    public static string Encode(string value)
    {
        var allDots = value.Length > 0 && value.All(character => character == '.');
        var builder = new StringBuilder(value.Length + 8);
        Span<byte> utf8 = stackalloc byte[4];
        for (var i = 0; i < value.Length; i++)
        {
            var character = value[i];
            if (!allDots && IsLiteral(character))
            {
                builder.Append(character);
                continue;
            }

            // A lone surrogate cannot be encoded as UTF-8; it becomes U+FFFD like any invalid text would.
            int length;
            if (char.IsHighSurrogate(character) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                length = Encoding.UTF8.GetBytes(value.AsSpan(i, 2), utf8);
                i++;
            }
            else
            {
                var single = char.IsSurrogate(character) ? '\uFFFD' : character;
                length = Encoding.UTF8.GetBytes([single], utf8);
            }

            foreach (var octet in utf8[..length])
            {
                builder.Append('%').Append(HexDigit(octet >> 4)).Append(HexDigit(octet & 0xF));
            }
        }

        return builder.ToString();
    }

    private static bool IsLiteral(char character)
    {
        return char.IsAsciiLetterOrDigit(character) || character is '-' or '.' or '_' or '~' or ':';
    }

    private static char HexDigit(int value) => (char)(value < 10 ? '0' + value : 'A' + value - 10);
}
