namespace ArubaNoc.Tools.Framework;

/// <summary>
/// One value in a filter clause: either a single-quoted string (written with every <c>'</c> doubled)
/// or a bare token of <c>A-Z a-z 0-9 . _ : -</c> (written as is).
/// </summary>
public readonly record struct FilterValue(string Text, bool IsQuoted)
{
    /// <summary>A quoted value; any text is allowed because quotes inside it are escaped.</summary>
    public static FilterValue Quoted(string text) => new(text, IsQuoted: true);

    /// <summary>Returns the value in OData form.</summary>
    public override string ToString() => IsQuoted ? "'" + Text.Replace("'", "''", StringComparison.Ordinal) + "'" : Text;
}
