namespace ArubaNoc.Tools.Framework;

/// <summary>
/// What a tool may use during one call besides its arguments: progress reporting to the client.
/// </summary>
public sealed class ToolCallContext
{
    /// <summary>A context for calls that have no client to report progress to (the command line, tests).</summary>
    public static ToolCallContext None { get; } = new(progress: null);

    public ToolCallContext(IProgress<ToolProgress>? progress)
    {
        Progress = progress;
    }

    /// <summary>Receives progress updates; null when the client gave no progress token.</summary>
    public IProgress<ToolProgress>? Progress { get; }
}

/// <summary>One progress update: work done so far, the total when known, and a short message.</summary>
public readonly record struct ToolProgress(double Progress, double? Total, string? Message);
