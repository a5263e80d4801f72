namespace ArubaNoc.Tools.Framework;

/// <summary>
/// An expected failure that ends a tool call with an error result, such as Central rejecting the request.
/// <see cref="NocTool"/> turns it into the result of <see cref="Error"/>; any other exception is a defect.
/// </summary>
public sealed class ToolFailureException(ToolError error) : Exception(error.Message)
{
    /// <summary>The error result to return.</summary>
    public ToolError Error { get; } = error;
}
