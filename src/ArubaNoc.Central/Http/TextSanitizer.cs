using System.Text;

namespace ArubaNoc.Central.Http;

/// <summary>Cleans text that came from the network before it reaches an error, a log line or the model.</summary>
internal static class TextSanitizer
{
    /// <summary>
    /// Removes control characters (line breaks become spaces), trims, and cuts the result at
    /// <paramref name="maxLength"/> characters without splitting a surrogate pair.
    /// </summary>
    public static string Clean(string text, int maxLength)
    {
        var builder = new StringBuilder(Math.Min(text.Length, maxLength));
        var lastWasSpace = false;
        foreach (var character in text)
        {
            if (builder.Length >= maxLength)
            {
                break;
            }

            if (character is '\r' or '\n' or '\t')
            {
                if (!lastWasSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                    lastWasSpace = true;
                }

                continue;
            }

            if (char.IsControl(character))
            {
                continue;
            }

            builder.Append(character);
            lastWasSpace = character == ' ';
        }

        if (builder.Length > 0 && char.IsHighSurrogate(builder[^1]))
        {
            builder.Length--;
        }

        return builder.ToString().Trim();
    }
}
