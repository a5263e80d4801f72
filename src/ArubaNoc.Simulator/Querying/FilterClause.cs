namespace ArubaNoc.Simulator.Querying;

/// <summary>One <c>field op value</c> clause of a filter; <c>in</c> carries several values.</summary>
internal sealed record FilterClause(string Field, string Operator, IReadOnlyList<string> Values);
