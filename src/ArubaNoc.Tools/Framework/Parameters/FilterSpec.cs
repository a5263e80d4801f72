namespace ArubaNoc.Tools.Framework;

/// <summary>
/// What a tool's raw <c>filter</c> argument may reference: the endpoint's filter fields (exact case),
/// older field names mapped to their current names, fields rejected with a reason, and the maximum
/// length of the merged filter that Central accepts.
/// </summary>
public sealed record FilterSpec
{
    /// <summary>Central's default maximum length of the <c>filter</c> query parameter.</summary>
    public const int DefaultMaxLength = 256;

    public FilterSpec(params string[] fields)
    {
        Fields = fields;
    }

    /// <summary>Field names the endpoint documents as filterable, exact case.</summary>
    public IReadOnlyList<string> Fields { get; }

    /// <summary>Older field names accepted in place of the current name.</summary>
    public IReadOnlyDictionary<string, string> LegacyFields { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Field names rejected with a specific reason, such as having no current equivalent.</summary>
    public IReadOnlyDictionary<string, string> RejectedFields { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Maximum length in characters of the merged filter sent to Central.</summary>
    public int MaxLength { get; init; } = DefaultMaxLength;

    /// <summary>Maps <paramref name="field"/> to its current name when it is accepted.</summary>
    public bool TryResolve(string field, out string resolved)
    {
        if (Fields.Contains(field, StringComparer.Ordinal))
        {
            resolved = field;
            return true;
        }

        if (LegacyFields.TryGetValue(field, out var current))
        {
            resolved = current;
            return true;
        }

        resolved = string.Empty;
        return false;
    }
}
