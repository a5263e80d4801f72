namespace ArubaNoc.Tools.Framework;

/// <summary>Character-level checks shared by every string argument.</summary>
public static class TextRules
{
    /// <summary>Whether <paramref name="text"/> contains a C0/C1 control character or DEL.</summary>
    public static bool HasControlCharacter(string text) => text.Any(char.IsControl);

    /// <summary>
    /// Whether <paramref name="text"/> contains a surrogate that is not part of a valid pair, or U+FFFD. The
    /// server's input stream turns a lone-surrogate escape into U+FFFD before the MCP SDK reads the message
    /// (the SDK cannot read one), so U+FFFD counts as the same defect.
    /// </summary>
    public static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\uFFFD')
            {
                return true;
            }

            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Replaces control characters with spaces and lone surrogates with U+FFFD, for text output.</summary>
    public static string ToPrintable(string text)
    {
        if (!HasControlCharacter(text) && !HasLoneSurrogate(text))
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                chars[i] = '\uFFFD';
            }
            else if (char.IsControl(chars[i]))
            {
                chars[i] = ' ';
            }
        }

        return new string(chars);
    }

    /// <summary>Whether every character is an ASCII hex digit.</summary>
    public static bool IsHex(ReadOnlySpan<char> text) => text.Length > 0 && !text.ContainsAnyExcept(HexDigits);

    private static readonly System.Buffers.SearchValues<char> HexDigits =
        System.Buffers.SearchValues.Create("0123456789abcdefABCDEF");
}
