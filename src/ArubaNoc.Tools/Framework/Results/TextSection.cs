namespace ArubaNoc.Tools.Framework;

/// <summary>
/// A titled list in the text summary. At most <see cref="Cap"/> rows are printed, then
/// <c>... and K more</c>, where K counts the rows not printed plus <see cref="UnlistedRows"/>.
/// </summary>
public sealed record TextSection
{
    /// <summary>Rows a section prints at most.</summary>
    public const int DefaultCap = 25;

    /// <summary>The one larger cap allowed, for traceroute hops.</summary>
    public const int ExtendedCap = 30;

    public TextSection(string title, IReadOnlyList<TextRow> rows, int cap = DefaultCap, long unlistedRows = 0)
    {
        if (cap is < 1 or > ExtendedCap)
        {
            throw new ArgumentOutOfRangeException(nameof(cap), $"A section prints 1-{ExtendedCap} rows.");
        }

        Title = title;
        Rows = rows;
        Cap = cap;
        UnlistedRows = unlistedRows;
    }

    /// <summary>Heading printed as <c>Title:</c>.</summary>
    public string Title { get; }

    /// <summary>All rows; only the first <see cref="Cap"/> are printed.</summary>
    public IReadOnlyList<TextRow> Rows { get; }

    /// <summary>Maximum rows printed.</summary>
    public int Cap { get; }

    /// <summary>Further rows that exist but were not passed in, added to the "... and K more" count.</summary>
    public long UnlistedRows { get; }

    /// <summary>Returns the section's lines.</summary>
    public IEnumerable<string> ToLines()
    {
        yield return Title + ":";
        foreach (var row in Rows.Take(Cap))
        {
            yield return row.ToString();
        }

        var omitted = Math.Max(0, Rows.Count - Cap) + UnlistedRows;
        if (omitted > 0)
        {
            yield return $"  ... and {ValueFormat.Integer(omitted)} more";
        }
    }
}
