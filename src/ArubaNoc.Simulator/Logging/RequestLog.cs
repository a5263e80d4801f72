namespace ArubaNoc.Simulator.Logging;

/// <summary>Every request a handler received, in arrival order, with counters per path. Thread-safe.</summary>
public sealed class RequestLog
{
    private readonly Lock _lock = new();
    private readonly List<RecordedRequest> _entries = [];
    private long _sequence;

    /// <summary>Number of requests received, token requests included.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>Returns a copy of the entries in arrival order.</summary>
    public IReadOnlyList<RecordedRequest> Snapshot()
    {
        lock (_lock)
        {
            return [.. _entries];
        }
    }

    /// <summary>Counts requests whose raw path equals <paramref name="path"/> (query excluded).</summary>
    public int CountPath(string path)
    {
        lock (_lock)
        {
            return _entries.Count(e => string.Equals(e.Path, path, StringComparison.Ordinal));
        }
    }

    /// <summary>Counts requests that matched a route template, such as <c>/network-monitoring/v1/clients</c>.</summary>
    public int CountRoute(string routeTemplate)
    {
        lock (_lock)
        {
            return _entries.Count(e => string.Equals(e.RouteTemplate, routeTemplate, StringComparison.Ordinal));
        }
    }

    /// <summary>Returns request counts by raw path.</summary>
    public IReadOnlyDictionary<string, int> CountsByPath()
    {
        lock (_lock)
        {
            return _entries.GroupBy(e => e.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        }
    }

    /// <summary>Removes all entries; sequence numbers keep counting.</summary>
    public void Clear()
    {
        lock (_lock)
        {
            _entries.Clear();
        }
    }

    internal RecordedRequest Add(
        string method, string host, string path, string? routeTemplate,
        IReadOnlyList<KeyValuePair<string, string>> query, string? body, bool hadAuthorization, DateTimeOffset receivedAt)
    {
        lock (_lock)
        {
            var entry = new RecordedRequest(++_sequence, method, host, path, routeTemplate, query, body, hadAuthorization, receivedAt);
            _entries.Add(entry);
            return entry;
        }
    }
}
