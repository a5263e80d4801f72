namespace ArubaNoc.Tools.Framework;

/// <summary>
/// Parses <c>item ("," item)*</c> with <c>item = field [" " dir]</c> and <c>dir</c> = asc/desc in any case,
/// and writes it in canonical form: current field names, one space before the direction, no spaces around
/// commas, the direction in the case the endpoint documents.
/// </summary>
public static class SortParser
{
    /// <summary>Parses and canonicalizes <paramref name="text"/>, reporting the first broken rule instead of throwing.</summary>
    public static bool TryParse(string text, SortSpec spec, string argument, out string canonical, out ValidationFailure? failure)
    {
        canonical = string.Empty;
        var items = new List<string>();
        foreach (var rawItem in text.Split(','))
        {
            var parts = rawItem.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length is 0 or > 2)
            {
                failure = new ValidationFailure(argument, "must be 'field [asc|desc]' items separated by ','", ValueDescription.Of(rawItem.Trim()));
                return false;
            }

            if (!spec.TryResolve(parts[0], out var field))
            {
                failure = new ValidationFailure(argument, $"must use only the fields {string.Join(", ", spec.Fields)}", ValueDescription.Of(parts[0]));
                return false;
            }

            if (parts.Length == 1)
            {
                items.Add(field);
                continue;
            }

            var direction = parts[1];
            if (!string.Equals(direction, "asc", StringComparison.OrdinalIgnoreCase) &&
                !string.Equals(direction, "desc", StringComparison.OrdinalIgnoreCase))
            {
                failure = new ValidationFailure(argument, "must give the direction as asc or desc", ValueDescription.Of(direction));
                return false;
            }

            var normalized = spec.UpperCaseDirection ? direction.ToUpperInvariant() : direction.ToLowerInvariant();
            items.Add(field + " " + normalized);
        }

        failure = null;
        canonical = string.Join(",", items);
        return true;
    }
}
