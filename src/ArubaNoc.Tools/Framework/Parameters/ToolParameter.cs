namespace ArubaNoc.Tools.Framework;

/// <summary>
/// The single declaration of one tool argument. The input schema (<see cref="InputSchemaWriter"/>) and
/// the binding and validation (<see cref="ArgumentBinder"/>) are both derived from it, so they cannot
/// drift apart. Create instances with <see cref="ToolParameters"/> and refine them with the
/// <c>With…</c>/<c>As…</c> methods, which return copies.
/// </summary>
public sealed record ToolParameter
{
    internal ToolParameter(string name, ParameterKind kind, string description)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        Name = name;
        Kind = kind;
        Description = description;
    }

    /// <summary>Wire name of the argument (snake_case, exact case).</summary>
    public string Name { get; }

    /// <summary>Argument type, which selects the rule applied to the value.</summary>
    public ParameterKind Kind { get; }

    /// <summary>Text shown to the model in the input schema.</summary>
    public string Description { get; init; }

    /// <summary>Whether a call without this argument is rejected.</summary>
    public bool IsRequired { get; init; }

    /// <summary>A second accepted argument name (for example <c>serial</c> for <c>serial_number</c>).</summary>
    public string? Alias { get; init; }

    /// <summary>Whether the argument is validated and then ignored with <c>[INFO] ARG_IGNORED</c>.</summary>
    public bool IsDeprecated { get; init; }

    /// <summary>Minimum length in characters after trimming, for string kinds.</summary>
    public int MinLength { get; init; } = 1;

    /// <summary>Maximum length in characters after trimming, for string kinds; null when the kind fixes it.</summary>
    public int? MaxLength { get; init; }

    /// <summary>Whether the value becomes one URL path segment, so <c>/</c>, <c>\</c> and values of only dots are rejected.</summary>
    public bool IsPathSegment { get; init; }

    /// <summary>Inclusive lower bound for <see cref="ParameterKind.Integer"/>.</summary>
    public long Minimum { get; init; } = long.MinValue;

    /// <summary>Inclusive upper bound for <see cref="ParameterKind.Integer"/>.</summary>
    public long Maximum { get; init; } = long.MaxValue;

    /// <summary>Server-side default of an integer argument that was not given.</summary>
    public long? DefaultInteger { get; init; }

    /// <summary>Server-side default of a text or enum argument that was not given (canonical spelling).</summary>
    public string? DefaultText { get; init; }

    /// <summary>Server-side default of a boolean argument that was not given.</summary>
    public bool? DefaultBoolean { get; init; }

    /// <summary>Accepted values of an enum argument.</summary>
    public IReadOnlyList<EnumOption> Options { get; init; } = [];

    /// <summary>Fields, older names and length limit of a filter argument.</summary>
    public FilterSpec? Filter { get; init; }

    /// <summary>Fields, older names and direction style of a sort argument.</summary>
    public SortSpec? Sort { get; init; }

    /// <summary>A valid example value, published as the schema's <c>examples</c> and used by tests.</summary>
    public string? Example { get; init; }

    /// <summary>Returns a copy that must be given.</summary>
    public ToolParameter AsRequired() => this with { IsRequired = true };

    /// <summary>Returns a copy that is validated and then ignored.</summary>
    public ToolParameter AsDeprecated() => this with { IsDeprecated = true };

    /// <summary>Returns a copy that also accepts <paramref name="alias"/> as its name.</summary>
    public ToolParameter WithAlias(string alias) => this with { Alias = alias };

    /// <summary>Returns a copy with another description.</summary>
    public ToolParameter WithDescription(string description) => this with { Description = description };

    /// <summary>Returns a copy whose absent value defaults to <paramref name="value"/>.</summary>
    public ToolParameter WithDefault(long value)
    {
        if (Kind is not (ParameterKind.Integer or ParameterKind.Offset) || value < Minimum || value > Maximum)
        {
            throw new ArgumentOutOfRangeException(nameof(value), $"Default {value} does not fit parameter '{Name}'.");
        }

        return this with { DefaultInteger = value };
    }

    /// <summary>Returns a copy whose absent value defaults to <paramref name="value"/> (an enum's canonical value).</summary>
    public ToolParameter WithDefault(string value)
    {
        if (Kind == ParameterKind.Enum && !Options.Any(option => option.Value == value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), $"Default '{value}' is not an option of parameter '{Name}'.");
        }

        return this with { DefaultText = value };
    }

    /// <summary>Returns a copy whose absent value defaults to <paramref name="value"/>.</summary>
    public ToolParameter WithDefault(bool value) => this with { DefaultBoolean = value };

    /// <summary>Whether the argument is given under <paramref name="argumentName"/> (its name or alias).</summary>
    internal bool IsNamed(string argumentName) =>
        string.Equals(argumentName, Name, StringComparison.Ordinal) ||
        (Alias is not null && string.Equals(argumentName, Alias, StringComparison.Ordinal));

    /// <summary>The effective maximum length of a string kind.</summary>
    internal int EffectiveMaxLength => MaxLength ?? Kind switch
    {
        ParameterKind.Serial => 16,
        ParameterKind.StackRef => 17,
        ParameterKind.SiteId => 128,
        ParameterKind.Mac => 17,
        ParameterKind.Host => 253,
        ParameterKind.TaskId => 36,
        ParameterKind.Cursor => 10,
        ParameterKind.Time => 35,
        _ => 256,
    };
}
