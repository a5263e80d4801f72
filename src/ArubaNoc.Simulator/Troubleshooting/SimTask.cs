namespace ArubaNoc.Simulator.Troubleshooting;

/// <summary>One started ping or traceroute. Its status follows from the simulator's clock, so polling needs no timers.</summary>
internal sealed class SimTask
{
    public required string Id { get; init; }

    /// <summary><c>aps</c> or <c>gateways</c>, as in the path.</summary>
    public required string DeviceType { get; init; }

    public required string Serial { get; init; }

    /// <summary><c>ping</c> or <c>traceroute</c>.</summary>
    public required string Test { get; init; }

    public required string Destination { get; init; }

    public required int Count { get; init; }

    public required int PacketSize { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    public required TimeSpan Duration { get; init; }

    /// <summary>Whether this is the tenant's example task, which never expires.</summary>
    public bool IsExample { get; init; }

    /// <summary>Whether the task can still be read at <paramref name="now"/>.</summary>
    public bool IsRetained(DateTimeOffset now, TimeSpan retention) => IsExample || now - StartedAt <= retention;

    public string Location => $"/network-troubleshooting/v1/{DeviceType}/{Uri.EscapeDataString(Serial)}/{Test}/async-operations/{Id}";
}
