namespace ArubaNoc.Tools.Framework;

/// <summary>The <c>error.kind</c> values of error results, as written in structured content.</summary>
public static class ToolErrorKind
{
    public const string Validation = "validation";
    public const string Central = "central";
    public const string NotFound = "not_found";
    public const string RateLimited = "rate_limited";
    public const string Transport = "transport";
    public const string CircuitOpen = "circuit_open";
    public const string Config = "config";
    public const string Internal = "internal";

    /// <summary>Every kind, in the order the output schema lists them.</summary>
    public static IReadOnlyList<string> All { get; } = [Validation, Central, NotFound, RateLimited, Transport, CircuitOpen, Config, Internal];
}
