namespace ArubaNoc.Tools.Framework;

/// <summary>
/// What a tool's <c>sort</c> argument may reference: sortable fields (exact case), older names mapped to
/// current names, and whether Central expects the direction as <c>ASC</c>/<c>DESC</c> instead of
/// <c>asc</c>/<c>desc</c>.
/// </summary>
public sealed record SortSpec
{
    /// <summary>Maximum length in characters of the sort expression.</summary>
    public const int MaxLength = 256;

    public SortSpec(params string[] fields)
    {
        Fields = fields;
    }

    /// <summary>Field names the endpoint documents as sortable, exact case.</summary>
    public IReadOnlyList<string> Fields { get; }

    /// <summary>Older field names accepted in place of the current name.</summary>
    public IReadOnlyDictionary<string, string> LegacyFields { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Whether the direction is sent in upper case, as the sites-health, clients and alerts endpoints document.</summary>
    public bool UpperCaseDirection { get; init; }

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
