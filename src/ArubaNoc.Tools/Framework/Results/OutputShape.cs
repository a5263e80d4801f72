namespace ArubaNoc.Tools.Framework;

/// <summary>
/// A tool's declared output: its <c>facts</c> fields and the fields of each <c>items</c> row. The output
/// schema, the structured content and the "Key facts:" lines are all produced from it.
/// </summary>
public sealed record OutputShape
{
    /// <summary>At most this many facts may carry a label and appear as "Key facts:" lines.</summary>
    public const int MaxKeyFacts = 8;

    public OutputShape(IReadOnlyList<OutputField> facts, IReadOnlyList<OutputField> itemFields)
    {
        if (facts.Count(fact => fact.Label is not null) > MaxKeyFacts)
        {
            throw new ArgumentException($"At most {MaxKeyFacts} facts may have a key-fact label.", nameof(facts));
        }

        if (facts.DistinctBy(field => field.Name).Count() != facts.Count || itemFields.DistinctBy(field => field.Name).Count() != itemFields.Count)
        {
            throw new ArgumentException("Field names must be unique within the facts and within an item row.", nameof(facts));
        }

        Facts = facts;
        ItemFields = itemFields;
    }

    /// <summary>Fields of <c>structuredContent.facts</c>.</summary>
    public IReadOnlyList<OutputField> Facts { get; }

    /// <summary>Fields of each <c>structuredContent.items</c> row.</summary>
    public IReadOnlyList<OutputField> ItemFields { get; }

    /// <summary>Creates an empty facts object.</summary>
    public OutputValues NewFacts() => new(Facts);

    /// <summary>Creates an empty item row.</summary>
    public OutputValues NewItem() => new(ItemFields);
}
