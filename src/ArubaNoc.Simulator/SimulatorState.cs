using System.Globalization;
using ArubaNoc.Simulator.Auth;
using ArubaNoc.Simulator.Troubleshooting;

namespace ArubaNoc.Simulator;

/// <summary>Mutable state of one handler: tokens, async tasks, debug ids and the rate-limit window. Thread-safe.</summary>
internal sealed class SimulatorState
{
    private readonly Lock _lock = new();
    private readonly Random _random;
    private long _debugIds;
    private DateTimeOffset _windowStart = DateTimeOffset.MinValue;
    private int _windowCount;

    public SimulatorState(int seed)
    {
        _random = new Random(unchecked(seed ^ 0x5EED));
        Tokens = new TokenStore(unchecked(seed + 17));
    }

    public TokenStore Tokens { get; }

    public TaskStore Tasks { get; } = new();

    /// <summary>Returns a debug id; ids count up per handler, so a repeated request sequence repeats them.</summary>
    public string NextDebugId() =>
        "sim-" + Interlocked.Increment(ref _debugIds).ToString("x8", CultureInfo.InvariantCulture);

    /// <summary>Returns a UUID from the handler's seeded random.</summary>
    public string NextUuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        lock (_lock)
        {
            _random.NextBytes(bytes);
        }

        // Set the version (4) and variant bits so the value is a well-formed random UUID.
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes).ToString("D");
    }

    /// <summary>Counts one request in the hourly window; returns the remaining quota and the window's reset time.</summary>
    public (int Remaining, DateTimeOffset Reset) CountRequest(DateTimeOffset now, int limitPerHour)
    {
        var utc = now.UtcDateTime;
        var windowStart = new DateTimeOffset(utc.Year, utc.Month, utc.Day, utc.Hour, 0, 0, TimeSpan.Zero);
        lock (_lock)
        {
            if (windowStart != _windowStart)
            {
                _windowStart = windowStart;
                _windowCount = 0;
            }

            _windowCount++;
            return (Math.Max(0, limitPerHour - _windowCount), windowStart.AddHours(1));
        }
    }
}
