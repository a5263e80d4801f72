using ArubaNoc.Central.Http;

namespace ArubaNoc.Tools;

/// <summary>
/// What tools share at run time: the Central client, the clock, and facts about the running server
/// (for <c>check_server_health</c>).
/// </summary>
public sealed class ToolEnvironment
{
    public required CentralClient Central { get; init; }

    public required TimeProvider TimeProvider { get; init; }

    /// <summary>Version of the running server, as reported in <c>initialize</c>.</summary>
    public required string ServerVersion { get; init; }

    /// <summary>When the server started, as a <see cref="TimeProvider.GetTimestamp"/> value, for uptime.</summary>
    public required long StartedTimestamp { get; init; }

    /// <summary>True when the server serves the built-in simulated tenant instead of Central.</summary>
    public bool Demo { get; init; }
}
