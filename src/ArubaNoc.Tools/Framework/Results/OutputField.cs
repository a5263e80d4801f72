namespace ArubaNoc.Tools.Framework;

/// <summary>
/// One declared field of a tool's <c>facts</c> or of its <c>items</c> rows. A fact with a
/// <see cref="Label"/> is also printed under "Key facts:", from the same value, so the text and
/// <c>structuredContent</c> cannot disagree. Names follow the envelope conventions, which the constructor
/// enforces: <c>*Pct</c> fields are percentages, <c>*At</c> fields are times, <c>*Bytes</c> fields are byte counts.
/// </summary>
public sealed record OutputField
{
    public OutputField(string name, OutputKind kind, string? label = null, IReadOnlyList<OutputField>? children = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        CheckNameConvention(name, kind);
        if (kind is OutputKind.Object or OutputKind.Map && (children is null || children.Count == 0))
        {
            throw new ArgumentException($"Field '{name}' of kind {kind} needs child fields.", nameof(children));
        }

        Name = name;
        Kind = kind;
        Label = label;
        Children = children ?? [];
    }

    /// <summary>camelCase name in structured content.</summary>
    public string Name { get; }

    /// <summary>Value type, which fixes the schema type and the text format.</summary>
    public OutputKind Kind { get; }

    /// <summary>Label of the "Key facts:" line; null when the fact is structured only.</summary>
    public string? Label { get; }

    /// <summary>Fields of an <see cref="OutputKind.Object"/> value or of each <see cref="OutputKind.Map"/> entry.</summary>
    public IReadOnlyList<OutputField> Children { get; }

    private static void CheckNameConvention(string name, OutputKind kind)
    {
        var valid = true;
        if (name.EndsWith("Pct", StringComparison.Ordinal))
        {
            valid = kind is OutputKind.Percent or OutputKind.Availability;
        }
        else if (name.EndsWith("At", StringComparison.Ordinal))
        {
            valid = kind == OutputKind.Time;
        }
        else if (name.EndsWith("Bytes", StringComparison.Ordinal))
        {
            valid = kind is OutputKind.Bytes or OutputKind.Integer;
        }

        if (!valid)
        {
            throw new ArgumentException($"Field '{name}' must not be of kind {kind}: *Pct fields are percentages, *At fields times, *Bytes fields byte counts.", nameof(kind));
        }
    }
}
