namespace ArubaNoc.Tools.Framework;

/// <summary>
/// Values for a declared list of <see cref="OutputField"/>s: a tool's facts, one item row, or one nested
/// object. Unset fields are written as null and printed as <c>n/a</c>. Setting a field that is not declared,
/// or with a value of the wrong kind, throws because it is a defect in the tool.
/// </summary>
public sealed class OutputValues
{
    private readonly Dictionary<string, object?> _values = new(StringComparer.Ordinal);

    public OutputValues(IReadOnlyList<OutputField> fields)
    {
        Fields = fields;
    }

    /// <summary>The declared fields, in output order.</summary>
    public IReadOnlyList<OutputField> Fields { get; }

    /// <summary>Sets an integer-valued field (Integer, Bytes, DurationMs), or a number-valued field from a whole number.</summary>
    public OutputValues Set(OutputField field, long? value) => field.Kind is OutputKind.Integer or OutputKind.Bytes or OutputKind.DurationMs
        ? Store(field, value, OutputKind.Integer, OutputKind.Bytes, OutputKind.DurationMs)
        : Set(field, (double?)value);

    /// <summary>Sets a number-valued field (Number, Percent, Availability, Mbps); NaN and infinities are stored as null.</summary>
    public OutputValues Set(OutputField field, double? value) =>
        Store(field, value is { } v && double.IsFinite(v) ? v : null, OutputKind.Number, OutputKind.Percent, OutputKind.Availability, OutputKind.Mbps);

    /// <summary>Sets a text field; an empty string is stored as null.</summary>
    public OutputValues Set(OutputField field, string? value) =>
        Store(field, string.IsNullOrEmpty(value) ? null : value, OutputKind.Text);

    /// <summary>Sets a boolean field.</summary>
    public OutputValues Set(OutputField field, bool? value) => Store(field, value, OutputKind.Boolean);

    /// <summary>Sets a time field.</summary>
    public OutputValues Set(OutputField field, DateTimeOffset? value) => Store(field, value, OutputKind.Time);

    /// <summary>Sets a breakdown of counts; entries keep their order.</summary>
    public OutputValues Set(OutputField field, IEnumerable<KeyValuePair<string, long>>? counts) =>
        Store(field, counts?.ToArray(), OutputKind.Counts);

    /// <summary>Sets a nested object whose fields are <paramref name="field"/>'s children.</summary>
    public OutputValues Set(OutputField field, OutputValues? value)
    {
        if (value is not null && !ReferenceEquals(value.Fields, field.Children))
        {
            throw new ArgumentException($"Value of '{field.Name}' must be created from its child fields.", nameof(value));
        }

        return Store(field, value, OutputKind.Object);
    }

    /// <summary>Sets a map of name → nested object whose fields are <paramref name="field"/>'s children.</summary>
    public OutputValues Set(OutputField field, IEnumerable<KeyValuePair<string, OutputValues>>? entries) =>
        Store(field, entries?.ToArray(), OutputKind.Map);

    /// <summary>Sets a list of strings.</summary>
    public OutputValues Set(OutputField field, IEnumerable<string?>? values) => Store(field, values?.ToArray(), OutputKind.TextList);

    /// <summary>Sets a list of numbers.</summary>
    public OutputValues Set(OutputField field, IEnumerable<double?>? values) => Store(field, values?.ToArray(), OutputKind.NumberList);

    /// <summary>Creates an empty value for the children of an Object or Map field.</summary>
    public static OutputValues For(OutputField field) => new(field.Children);

    /// <summary>Returns the stored value, or null when unset.</summary>
    public object? Get(OutputField field) => _values.GetValueOrDefault(field.Name);

    private OutputValues Store(OutputField field, object? value, params OutputKind[] kinds)
    {
        if (!Fields.Contains(field))
        {
            throw new ArgumentException($"Field '{field.Name}' is not declared here.", nameof(field));
        }

        if (!kinds.Contains(field.Kind))
        {
            throw new ArgumentException($"Field '{field.Name}' is of kind {field.Kind}.", nameof(field));
        }

        _values[field.Name] = value;
        return this;
    }
}
