namespace ArubaNoc.Tools.Framework;

/// <summary>
/// Why one argument was rejected: the argument's name, the rule it broke and a short description of the
/// value received (never longer than about 40 characters, never containing control characters).
/// </summary>
public sealed record ValidationFailure(string Argument, string Rule, string Got)
{
    /// <summary>The message without the <c>[ERR]</c> prefix: <c>Invalid argument 'x': rule (got what).</c></summary>
    public string Message => $"Invalid argument '{Argument}': {Rule} (got {Got}).";

    /// <summary>The line printed in the error result.</summary>
    public string TextLine => $"{StatusToken.Error} {Message} No request was sent.";
}
