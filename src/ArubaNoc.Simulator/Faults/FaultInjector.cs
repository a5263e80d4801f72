namespace ArubaNoc.Simulator.Faults;

/// <summary>
/// The fault scripts armed on one handler. The first active fault (in arming order) whose path
/// matches a request shapes it. Thread-safe.
/// </summary>
public sealed class FaultInjector
{
    private readonly Lock _lock = new();
    private readonly List<ArmedFault> _armed = [];

    /// <summary>
    /// Arms a script. <paramref name="path"/> is a raw path that matches itself and the paths below it (such as
    /// <c>/network-monitoring/v1/clients</c> or <c>/as/token.oauth2</c>), a route template with <c>{name}</c> segments (such as
    /// <c>/network-monitoring/v1/aps/{serial-number}</c>), or null for every request. The fault lets
    /// <paramref name="skip"/> matching requests pass, then shapes <paramref name="times"/> requests
    /// (null: until disarmed).
    /// </summary>
    public ArmedFault Arm(FaultScript script, string? path = null, int? times = null, int skip = 0)
    {
        ArgumentNullException.ThrowIfNull(script);
        if (times is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(times), times, "Arm for at least one request, or pass null for no limit.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        var armed = new ArmedFault(_lock, script, path, times, skip);
        lock (_lock)
        {
            _armed.Add(armed);
        }

        return armed;
    }

    /// <summary>Disarms every armed fault and removes it from the injector.</summary>
    public void DisarmAll()
    {
        lock (_lock)
        {
            foreach (var armed in _armed)
            {
                armed.Disarm();
            }

            _armed.Clear();
        }
    }

    internal ArmedFault? Take(string rawPath, IReadOnlyList<string> segments)
    {
        lock (_lock)
        {
            foreach (var armed in _armed)
            {
                if (armed.IsActiveLocked && Matches(armed.Path, rawPath, segments) && armed.TryHitLocked())
                {
                    return armed;
                }
            }

            return null;
        }
    }

    private static bool Matches(string? pattern, string rawPath, IReadOnlyList<string> segments)
    {
        if (pattern is null)
        {
            return true;
        }

        if (!pattern.Contains('{', StringComparison.Ordinal))
        {
            return string.Equals(rawPath, pattern, StringComparison.Ordinal)
                || rawPath.StartsWith(pattern.EndsWith('/') ? pattern : pattern + "/", StringComparison.Ordinal);
        }

        var parts = pattern.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != segments.Count)
        {
            return false;
        }

        for (var i = 0; i < parts.Length; i++)
        {
            if (!parts[i].StartsWith('{') && !string.Equals(parts[i], segments[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
