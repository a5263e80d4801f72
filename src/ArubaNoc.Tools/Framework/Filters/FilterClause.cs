namespace ArubaNoc.Tools.Framework;

/// <summary>
/// One OData clause, <c>field eq value</c> or <c>field in (v1,v2)</c>. <see cref="SourceArgument"/> names the
/// tool argument that produced the clause, so a field set both by the raw filter and by a typed argument
/// can be reported against both.
/// </summary>
public sealed record FilterClause(string Field, IReadOnlyList<FilterValue> Values, bool IsIn, string SourceArgument)
{
    /// <summary>Creates <c>field eq 'value'</c>; the value is always quoted and never split.</summary>
    public static FilterClause Eq(string field, string value, string sourceArgument) =>
        new(field, [FilterValue.Quoted(value)], IsIn: false, sourceArgument);

    /// <summary>Creates <c>field in ('v1','v2')</c> from one or more values.</summary>
    public static FilterClause In(string field, IEnumerable<string> values, string sourceArgument)
    {
        var quoted = values.Select(FilterValue.Quoted).ToArray();
        if (quoted.Length == 0)
        {
            throw new ArgumentException("An 'in' clause needs at least one value.", nameof(values));
        }

        return new FilterClause(field, quoted, IsIn: true, sourceArgument);
    }

    /// <summary>Returns the clause in OData form with lower-case keywords.</summary>
    public override string ToString() => IsIn
        ? $"{Field} in ({string.Join(",", Values)})"
        : $"{Field} eq {Values[0]}";
}
