namespace ArubaNoc.Simulator.Http;

/// <summary>One incoming request, decoded once: path segments, query pairs, body and credentials.</summary>
internal sealed class SimRequest
{
    public required string Method { get; init; }

    public required string Host { get; init; }

    /// <summary>Path exactly as received, percent-encoding kept.</summary>
    public required string RawPath { get; init; }

    /// <summary>Path segments with percent-encoding removed.</summary>
    public required IReadOnlyList<string> Segments { get; init; }

    /// <summary>Query pairs in order, names and values percent-decoded ('+' read as a space).</summary>
    public required IReadOnlyList<KeyValuePair<string, string>> Query { get; init; }

    public string? Body { get; init; }

    public string? ContentType { get; init; }

    /// <summary>Value of the Authorization header; never logged.</summary>
    public string? Authorization { get; init; }

    public string? BearerToken =>
        Authorization is not null && Authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? Authorization[7..].Trim()
            : null;

    /// <summary>Splits a raw path into decoded segments; empty segments from a trailing '/' are dropped.</summary>
    public static List<string> SplitPath(string rawPath) =>
        [.. rawPath.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString)];

    /// <summary>Parses a raw query string (with or without the leading '?').</summary>
    public static List<KeyValuePair<string, string>> ParseQuery(string rawQuery)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        var query = rawQuery.StartsWith('?') ? rawQuery[1..] : rawQuery;
        foreach (var part in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? part : part[..equals];
            var value = equals < 0 ? "" : part[(equals + 1)..];
            pairs.Add(new(Decode(name), Decode(value)));
        }

        return pairs;
    }

    private static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));
}
