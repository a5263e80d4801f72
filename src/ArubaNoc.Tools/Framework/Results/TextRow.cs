namespace ArubaNoc.Tools.Framework;

/// <summary>
/// One row of a text section, printed as <c>  TOKEN text</c>. <see cref="Token"/> must be a
/// <see cref="StatusToken"/>, or null for rows that start with their own marker (such as a rank <c>#1</c>).
/// </summary>
public sealed record TextRow
{
    public TextRow(string? token, string text)
    {
        Token = token is null ? null : StatusToken.Require(token);
        Text = text;
    }

    /// <summary>The row's status token, or null.</summary>
    public string? Token { get; }

    /// <summary>The row text after the token.</summary>
    public string Text { get; }

    /// <summary>Returns the indented line.</summary>
    public override string ToString() => Token is null ? "  " + Text : $"  {Token} {Text}";
}
