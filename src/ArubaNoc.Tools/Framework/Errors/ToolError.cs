namespace ArubaNoc.Tools.Framework;

/// <summary>
/// The <c>error</c> object of an error result plus the text the model reads. Create instances with
/// <see cref="ToolErrors"/>, which fixes the text format of each kind.
/// </summary>
public sealed record ToolError
{
    internal ToolError(string kind, string text, string message)
    {
        Kind = kind;
        Text = text;
        Message = message;
    }

    /// <summary>One of <see cref="ToolErrorKind"/>.</summary>
    public string Kind { get; }

    /// <summary>The complete text result, starting with <c>[ERR]</c>.</summary>
    public string Text { get; }

    /// <summary>A one-line description without the <c>[ERR]</c> prefix.</summary>
    public string Message { get; }

    public string? Argument { get; init; }

    public string? Rule { get; init; }

    public int? HttpStatus { get; init; }

    public string? ErrorCode { get; init; }

    public string? DebugId { get; init; }

    public int? RetryAfterSeconds { get; init; }

    /// <summary>All failing arguments of a validation error (the first is also in Argument and Rule).</summary>
    public IReadOnlyList<ValidationFailure> Violations { get; init; } = [];
}
