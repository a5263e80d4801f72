using System.Text.Json.Nodes;

namespace ArubaNoc.Simulator.Querying;

/// <summary>Applies a route's <c>filter</c> and <c>sort</c> query values to a list of records.</summary>
/// <typeparam name="T">Record type.</typeparam>
/// <param name="Field">Returns a record's value for a filter or sort field name.</param>
/// <param name="FilterFields">Fields accepted in <c>filter</c> with <c>eq</c> and <c>in</c>.</param>
/// <param name="SortFields">Fields accepted in <c>sort</c>.</param>
internal sealed record ListQuery<T>(Func<T, string, JsonNode?> Field, IReadOnlyList<string> FilterFields, IReadOnlyList<string> SortFields)
{
    /// <summary>Filters the items; returns null with <paramref name="error"/> set for an invalid filter.</summary>
    public List<T>? Filter(IEnumerable<T> items, string? filter, out string? error, IReadOnlyList<FilterClause>? extra = null)
    {
        error = null;
        var clauses = new List<FilterClause>();
        if (filter is not null)
        {
            var parsed = FilterParser.Parse(filter, out error);
            if (parsed is null)
            {
                return null;
            }

            foreach (var clause in parsed)
            {
                if (!FilterFields.Contains(clause.Field, StringComparer.Ordinal))
                {
                    error = $"Invalid filter: field '{clause.Field}' is not supported; supported fields are {string.Join(", ", FilterFields)}";
                    return null;
                }

                if (clause.Operator is not ("eq" or "in"))
                {
                    error = $"Invalid filter: operator '{clause.Operator}' is not supported for field '{clause.Field}'";
                    return null;
                }
            }

            clauses.AddRange(parsed);
        }

        if (extra is not null)
        {
            clauses.AddRange(extra);
        }

        return [.. items.Where(item => clauses.All(clause => Matches(item, clause)))];
    }

    /// <summary>Sorts the items stably; returns null with <paramref name="error"/> set for an invalid sort.</summary>
    public List<T>? Sort(List<T> items, string? sort, out string? error)
    {
        error = null;
        if (sort is null)
        {
            return items;
        }

        IOrderedEnumerable<T>? ordered = null;
        foreach (var part in sort.Split(','))
        {
            var words = part.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length is 0 or > 2 || !SortFields.Contains(words[0], StringComparer.Ordinal))
            {
                error = $"Invalid sort: '{part.Trim()}'; supported fields are {string.Join(", ", SortFields)} with asc or desc";
                return null;
            }

            var descending = false;
            if (words.Length == 2)
            {
                if (!words[1].Equals("asc", StringComparison.OrdinalIgnoreCase) && !words[1].Equals("desc", StringComparison.OrdinalIgnoreCase))
                {
                    error = $"Invalid sort direction '{words[1]}'; use asc or desc";
                    return null;
                }

                descending = words[1].Equals("desc", StringComparison.OrdinalIgnoreCase);
            }

            var field = words[0];
            var comparer = Comparer<JsonNode?>.Create(FieldValues.Compare);
            ordered = (ordered, descending) switch
            {
                (null, false) => items.OrderBy(item => Field(item, field), comparer),
                (null, true) => items.OrderByDescending(item => Field(item, field), comparer),
                (_, false) => ordered.ThenBy(item => Field(item, field), comparer),
                _ => ordered.ThenByDescending(item => Field(item, field), comparer),
            };
        }

        return [.. ordered!];
    }

    private bool Matches(T item, FilterClause clause)
    {
        var text = FieldValues.AsText(Field(item, clause.Field));
        return text is not null && clause.Values.Contains(text, StringComparer.Ordinal);
    }
}
