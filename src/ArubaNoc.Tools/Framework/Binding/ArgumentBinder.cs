using System.Text.Json;

namespace ArubaNoc.Tools.Framework;

/// <summary>
/// Binds raw JSON arguments to a tool's declared parameters: JSON null and empty strings mean "not given",
/// strings are trimmed, aliases are merged, deprecated arguments are validated and then ignored, unknown
/// arguments are rejected and defaults are applied. It does not throw for any argument value, which a
/// randomized test checks.
/// </summary>
public static class ArgumentBinder
{
    /// <summary>At most this many failing arguments are reported in one result.</summary>
    public const int MaxReportedFailures = 5;

    /// <summary>Binds <paramref name="arguments"/>; <paramref name="now"/> bounds time arguments.</summary>
    public static BindingResult Bind(IReadOnlyList<ToolParameter> parameters, IReadOnlyDictionary<string, JsonElement>? arguments, DateTimeOffset now)
    {
        var failures = new List<ValidationFailure>();
        var bound = new ToolArguments(parameters);
        arguments ??= new Dictionary<string, JsonElement>();

        foreach (var parameter in parameters)
        {
            var failure = BindParameter(parameter, arguments, now, bound);
            if (failure is not null)
            {
                failures.Add(failure);
            }
        }

        foreach (var name in arguments.Keys)
        {
            if (!parameters.Any(parameter => parameter.IsNamed(name)))
            {
                failures.Add(UnknownArgument(name, arguments[name], parameters));
            }
        }

        return failures.Count == 0
            ? new BindingResult(bound, [])
            : new BindingResult(null, failures.Take(MaxReportedFailures).ToArray());
    }

    private static ValidationFailure? BindParameter(ToolParameter parameter, IReadOnlyDictionary<string, JsonElement> arguments, DateTimeOffset now, ToolArguments bound)
    {
        var primary = BindNamed(parameter, parameter.Name, arguments, now);
        var alias = parameter.Alias is null ? ValueBinding.Absent : BindNamed(parameter, parameter.Alias, arguments, now);
        var failure = primary.Failure ?? alias.Failure;
        if (failure is not null)
        {
            return failure;
        }

        if (primary.Value is not null && alias.Value is not null && !primary.Value.Equals(alias.Value))
        {
            return new ValidationFailure(parameter.Name, $"must not differ from '{parameter.Alias}' given in the same call", "two different values");
        }

        var value = primary.Value ?? alias.Value;
        if (value is null)
        {
            return ApplyDefault(parameter, bound);
        }

        if (parameter.IsDeprecated)
        {
            bound.MarkGiven(parameter);
            bound.AddFinding(new Finding(FindingLevel.Info, "ARG_IGNORED", $"argument '{parameter.Name}' is no longer supported by Central and was ignored"));
            return null;
        }

        bound.Set(parameter, value, given: true);
        return null;
    }

    private static ValueBinding BindNamed(ToolParameter parameter, string name, IReadOnlyDictionary<string, JsonElement> arguments, DateTimeOffset now)
    {
        if (!arguments.TryGetValue(name, out var element) || element.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return ValueBinding.Absent;
        }

        return ValueReader.Read(parameter, name, element, now);
    }

    private static ValidationFailure? ApplyDefault(ToolParameter parameter, ToolArguments bound)
    {
        if (parameter.IsRequired)
        {
            return new ValidationFailure(parameter.Name, "is required", "no value");
        }

        if (parameter.DefaultInteger is { } integer)
        {
            bound.Set(parameter, integer, given: false);
        }
        else if (parameter.DefaultBoolean is { } flag)
        {
            bound.Set(parameter, flag, given: false);
        }
        else if (parameter.DefaultText is { } text)
        {
            object value = parameter.Kind == ParameterKind.Enum ? parameter.Options.First(option => option.Value == text) : text;
            bound.Set(parameter, value, given: false);
        }

        return null;
    }

    private static ValidationFailure UnknownArgument(string name, JsonElement value, IReadOnlyList<ToolParameter> parameters)
    {
        var accepted = parameters.SelectMany(parameter => parameter.Alias is null ? [parameter.Name] : new[] { parameter.Name, parameter.Alias });
        var printableName = TextRules.HasControlCharacter(name) || TextRules.HasLoneSurrogate(name) || name.Length > 64
            ? "(unprintable name of " + ValueDescription.Length(name) + ")"
            : name;
        return new ValidationFailure(printableName, $"is not an argument of this tool; accepted arguments: {string.Join(", ", accepted)}", ValueDescription.Of(value));
    }
}
