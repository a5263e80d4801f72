using System.Text;

namespace ArubaNoc.Central.Http;

/// <summary>
/// Allow-list sanitizer for URLs in log lines: drops scheme, host and port, keeps the path, and writes
/// <c>REDACTED</c> for every query value whose name is not on the allow-list.
/// </summary>
internal static class LogSanitizer
{
    /// <summary>Query parameters whose values are safe to log (paging and shape, never names or filters).</summary>
    private static readonly HashSet<string> AllowedQueryNames = new(StringComparer.Ordinal)
    {
        "limit", "next", "offset", "sort", "site-assigned", "group-by", "type", "context-type",
    };

    /// <summary>Returns the loggable form of <paramref name="url"/> (absolute, or a path with an optional query).</summary>
    public static string Sanitize(string url)
    {
        var text = url;
        if (Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            text = absolute.PathAndQuery;
        }

        var fragment = text.IndexOf('#', StringComparison.Ordinal);
        if (fragment >= 0)
        {
            text = text[..fragment];
        }

        var queryStart = text.IndexOf('?', StringComparison.Ordinal);
        if (queryStart < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text, 0, queryStart + 1, text.Length);
        var pairs = text[(queryStart + 1)..].Split('&');
        for (var i = 0; i < pairs.Length; i++)
        {
            if (i > 0)
            {
                builder.Append('&');
            }

            var separator = pairs[i].IndexOf('=', StringComparison.Ordinal);
            var name = separator < 0 ? pairs[i] : pairs[i][..separator];
            builder.Append(name);
            if (separator >= 0)
            {
                builder.Append('=').Append(AllowedQueryNames.Contains(name) ? pairs[i][(separator + 1)..] : "REDACTED");
            }
        }

        return builder.ToString();
    }
}
