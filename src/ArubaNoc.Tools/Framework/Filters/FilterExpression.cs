namespace ArubaNoc.Tools.Framework;

/// <summary>
/// A conjunction of <see cref="FilterClause"/>s, as Central accepts it: clauses joined by <c> and </c>.
/// </summary>
public sealed class FilterExpression
{
    public FilterExpression(IReadOnlyList<FilterClause> clauses)
    {
        Clauses = clauses;
    }

    /// <summary>The clauses in the order they are sent.</summary>
    public IReadOnlyList<FilterClause> Clauses { get; }

    /// <summary>Whether any clause constrains <paramref name="field"/>.</summary>
    public bool HasField(string field) => Clauses.Any(clause => string.Equals(clause.Field, field, StringComparison.Ordinal));

    /// <summary>Returns the filter in the form sent to Central.</summary>
    public override string ToString() => string.Join(" and ", Clauses);

    /// <summary>
    /// Merges the raw filter (first) with the typed clauses (after it). Fails when a field is set both ways
    /// or the result is longer than <paramref name="maxLength"/>. <paramref name="merged"/> is null when
    /// there is no clause at all, so the <c>filter</c> query parameter is omitted.
    /// </summary>
    public static bool TryMerge(
        FilterExpression? raw,
        IEnumerable<FilterClause> typed,
        int maxLength,
        out string? merged,
        out ValidationFailure? failure)
    {
        var clauses = new List<FilterClause>(raw?.Clauses ?? []);
        foreach (var clause in typed)
        {
            var clash = raw?.Clauses.FirstOrDefault(existing => string.Equals(existing.Field, clause.Field, StringComparison.Ordinal));
            if (clash is not null)
            {
                merged = null;
                failure = new ValidationFailure(
                    clash.SourceArgument,
                    $"must not set field '{clause.Field}' because argument '{clause.SourceArgument}' already sets it",
                    $"'{clash}'");
                return false;
            }

            clauses.Add(clause);
        }

        failure = null;
        merged = clauses.Count == 0 ? null : new FilterExpression(clauses).ToString();
        if (merged is not null && merged.Length > maxLength)
        {
            failure = new ValidationFailure(
                raw?.Clauses.Count > 0 ? raw.Clauses[0].SourceArgument : clauses[0].SourceArgument,
                $"must combine with the other arguments into a filter of at most {maxLength} characters",
                $"{merged.Length} characters");
            merged = null;
            return false;
        }

        return true;
    }
}
