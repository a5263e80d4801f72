namespace ArubaNoc.Tools.Framework;

/// <summary>
/// One conclusion of a tool: a level, a stable upper-case code (such as <c>DEVICES_OFFLINE</c>) and a
/// message. Printed as <c>[LEVEL] CODE: message</c> and written to <c>structuredContent.findings</c>.
/// </summary>
public sealed record Finding(FindingLevel Level, string Code, string Message)
{
    /// <summary>The status token of <see cref="Level"/>.</summary>
    public string Token => Level switch
    {
        FindingLevel.Crit => StatusToken.Crit,
        FindingLevel.Warn => StatusToken.Warn,
        FindingLevel.Info => StatusToken.Info,
        _ => StatusToken.Ok,
    };

    /// <summary>The level as written in structured content: OK, INFO, WARN or CRIT.</summary>
    public string LevelName => Token[1..^1];

    /// <summary>Whether the text line shows the code; false for findings whose message names the problem itself.</summary>
    public bool PrintsCode { get; init; } = true;

    /// <summary>Returns the text line of the finding.</summary>
    public override string ToString() => PrintsCode ? $"{Token} {Code}: {Message}" : $"{Token} {Message}";
}
