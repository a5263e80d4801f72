namespace ArubaNoc.Tools.Framework;

/// <summary>
/// A failed secondary call of a composite tool, written to <c>structuredContent.subErrors</c>.
/// <see cref="Path"/> is the request path without host or query.
/// </summary>
public sealed record SubError(string Path, int? HttpStatus, string? ErrorCode, string? Message, string? DebugId);
