namespace ArubaNoc.Tools.Framework;

/// <summary>
/// Applies the kind-specific rule to trimmed text that already passed the length and control-character
/// checks, and returns the normalized value.
/// </summary>
internal static class TextKinds
{
    public static ValueBinding Read(ToolParameter parameter, string name, string text, string rule)
    {
        switch (parameter.Kind)
        {
            case ParameterKind.Text:
            case ParameterKind.SiteName:
            case ParameterKind.Name:
                return parameter.IsPathSegment && !IsSafePathSegment(text)
                    ? ValueBinding.Fail(name, rule, ValueDescription.Of(text))
                    : ValueBinding.Of(text);

            case ParameterKind.Enum:
                var option = parameter.Options.FirstOrDefault(candidate => candidate.Matches(text));
                return option is null ? ValueBinding.Fail(name, rule, ValueDescription.Of(text)) : ValueBinding.Of(option);

            case ParameterKind.Filter:
                return FilterParser.TryParse(text, parameter.Filter!, name, out var expression, out var filterFailure)
                    ? ValueBinding.Of(expression!)
                    : new ValueBinding(null, filterFailure);

            case ParameterKind.Sort:
                return SortParser.TryParse(text, parameter.Sort!, name, out var canonical, out var sortFailure)
                    ? ValueBinding.Of(canonical)
                    : new ValueBinding(null, sortFailure);

            default:
                var normalized = Normalize(parameter, text);
                return normalized is null ? ValueBinding.Fail(name, rule, ValueDescription.Of(text)) : ValueBinding.Of(normalized);
        }
    }

    /// <summary>
    /// Whether <paramref name="text"/> stays one path segment: no '/' or '\', and not only dots. A server that
    /// normalizes URIs (RFC 3986) decodes <c>%2E</c> before it removes dot segments, so even a percent-encoded
    /// <c>..</c> can climb a segment there. The loopback simulator, built on System.Uri, does exactly that.
    /// </summary>
    private static bool IsSafePathSegment(string text) =>
        !text.Contains('/', StringComparison.Ordinal) &&
        !text.Contains('\\', StringComparison.Ordinal) &&
        !text.All(character => character == '.');

    private static string? Normalize(ToolParameter parameter, string text) => parameter.Kind switch
    {
        ParameterKind.Serial => ShapeRules.Serial(text),
        ParameterKind.StackRef => ShapeRules.StackRef(text),
        ParameterKind.SiteId => ShapeRules.SiteId(text, parameter.EffectiveMaxLength),
        ParameterKind.Mac => ShapeRules.Mac(text),
        ParameterKind.Host => ShapeRules.Host(text),
        ParameterKind.TaskId => ShapeRules.TaskId(text),
        _ => null,
    };
}
