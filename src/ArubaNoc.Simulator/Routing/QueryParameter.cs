namespace ArubaNoc.Simulator.Routing;

internal enum QueryKind
{
    Text,
    Integer,
    Choice,

    /// <summary>A page number written as decimal digits, 1 or more.</summary>
    Cursor,
}

/// <summary>A documented query parameter of one route, with the range Central enforces.</summary>
internal sealed record QueryParameter(
    string Name,
    QueryKind Kind,
    bool Required = false,
    long Min = 0,
    long Max = int.MaxValue,
    int MaxLength = 4096,
    IReadOnlyList<string>? Choices = null)
{
    public static QueryParameter Text(string name, int maxLength = 4096, bool required = false) =>
        new(name, QueryKind.Text, required, MaxLength: maxLength);

    public static QueryParameter Integer(string name, long min, long max, bool required = false) =>
        new(name, QueryKind.Integer, required, min, max);

    public static QueryParameter Choice(string name, bool required, params string[] choices) =>
        new(name, QueryKind.Choice, required, Choices: choices);

    public static QueryParameter Cursor(string name = "next") => new(name, QueryKind.Cursor, Min: 1);

    public static QueryParameter Filter(int maxLength = 256) => Text("filter", maxLength);

    public static QueryParameter Sort(int maxLength = 256) => Text("sort", maxLength);
}
