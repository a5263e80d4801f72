namespace ArubaNoc.Tools.Troubleshooting;

/// <summary>
/// The tests this server process started, by task ID, so that <c>get_async_test_result</c> works with a
/// task ID alone. Keeps at most <see cref="Capacity"/> entries for <see cref="Retention"/>; the oldest
/// entry goes first when full. Thread-safe.
/// </summary>
internal sealed class AsyncTestRegistry
{
    /// <summary>Entries kept at most.</summary>
    public const int Capacity = 500;

    /// <summary>How long an entry stays readable.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromHours(2);

    private readonly Lock _lock = new();
    private readonly LinkedList<StartedTest> _entries = new();
    private readonly TimeProvider _timeProvider;

    public AsyncTestRegistry(TimeProvider timeProvider)
    {
        _timeProvider = timeProvider;
    }

    /// <summary>Records a started test.</summary>
    public void Add(AsyncTestAddress address, string target)
    {
        var entry = new StartedTest(address, target, _timeProvider.GetUtcNow());
        lock (_lock)
        {
            RemoveExpiredLocked(entry.StartedAt);
            _entries.AddLast(entry);
            while (_entries.Count > Capacity)
            {
                _entries.RemoveFirst();
            }
        }
    }

    /// <summary>Finds a retained test by its lower-case task ID.</summary>
    public StartedTest? Find(string taskId)
    {
        lock (_lock)
        {
            RemoveExpiredLocked(_timeProvider.GetUtcNow());
            return _entries.LastOrDefault(entry => entry.Address.TaskId == taskId);
        }
    }

    private void RemoveExpiredLocked(DateTimeOffset now)
    {
        while (_entries.First is { } first && now - first.Value.StartedAt > Retention)
        {
            _entries.RemoveFirst();
        }
    }
}

/// <summary>One test started by this process.</summary>
internal sealed record StartedTest(AsyncTestAddress Address, string Target, DateTimeOffset StartedAt);
