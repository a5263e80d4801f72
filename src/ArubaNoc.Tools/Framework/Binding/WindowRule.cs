namespace ArubaNoc.Tools.Framework;

/// <summary>
/// How a tool resolves its window: argument names, whether Central requires the end to be earlier than
/// now, the default span when no start is given and the maximum span.
/// </summary>
public sealed record WindowRule(string StartArgument, string EndArgument, bool EndBeforeNow, TimeSpan? DefaultSpan = null, TimeSpan? MaxSpan = null);
