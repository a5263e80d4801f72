using System.Globalization;

namespace ArubaNoc.Simulator.Routing;

/// <summary>
/// Checks query parameters the way Central does: names must be kebab-case and documented for the
/// route, required ones present, and values within range. The first failure is reported.
/// </summary>
internal static class QueryValidator
{
    /// <summary>Returns an error message, or null when the query is valid; <paramref name="values"/> gets the accepted pairs.</summary>
    public static string? Validate(
        IReadOnlyList<QueryParameter> parameters,
        IReadOnlyList<KeyValuePair<string, string>> query,
        out Dictionary<string, string> values)
    {
        var accepted = new Dictionary<string, string>(StringComparer.Ordinal);
        values = accepted;
        foreach (var (name, value) in query)
        {
            if (!IsKebabCase(name))
            {
                return $"Query parameter must be in kebab-case: {name}";
            }

            var parameter = parameters.FirstOrDefault(p => p.Name == name);
            if (parameter is null)
            {
                return $"Unknown query parameter: {name}";
            }

            if (!values.TryAdd(name, value))
            {
                return $"Duplicate query parameter: {name}";
            }

            var problem = CheckValue(parameter, value);
            if (problem is not null)
            {
                return $"Invalid value for query parameter {name}: {problem}";
            }
        }

        var missing = parameters.FirstOrDefault(p => p.Required && !accepted.ContainsKey(p.Name));
        return missing is null ? null : $"Missing required query parameter: {missing.Name}";
    }

    private static bool IsKebabCase(string name) =>
        name.Length > 0 && name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');

    private static string? CheckValue(QueryParameter parameter, string value)
    {
        switch (parameter.Kind)
        {
            case QueryKind.Integer:
            case QueryKind.Cursor:
                if (!long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
                {
                    return "must be an integer";
                }

                return number < parameter.Min || number > parameter.Max
                    ? $"must be between {parameter.Min} and {parameter.Max}"
                    : null;
            case QueryKind.Choice:
                return parameter.Choices!.Contains(value, StringComparer.Ordinal)
                    ? null
                    : $"must be one of {string.Join(", ", parameter.Choices!)}";
            default:
                if (value.Length == 0)
                {
                    return "must not be empty";
                }

                return value.Length > parameter.MaxLength ? $"must be at most {parameter.MaxLength} characters" : null;
        }
    }
}
