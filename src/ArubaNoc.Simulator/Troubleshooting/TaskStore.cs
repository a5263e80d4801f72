namespace ArubaNoc.Simulator.Troubleshooting;

/// <summary>Started tests by id. Thread-safe.</summary>
internal sealed class TaskStore
{
    private readonly Lock _lock = new();
    private readonly List<SimTask> _tasks = [];

    public void Add(SimTask task)
    {
        lock (_lock)
        {
            _tasks.Add(task);
        }
    }

    /// <summary>Finds a task that is still retained at <paramref name="now"/>.</summary>
    public SimTask? Find(string id, DateTimeOffset now, TimeSpan retention)
    {
        lock (_lock)
        {
            return _tasks.FirstOrDefault(t => string.Equals(t.Id, id, StringComparison.OrdinalIgnoreCase) && t.IsRetained(now, retention));
        }
    }

    /// <summary>Lists a device's retained tasks in start order.</summary>
    public List<SimTask> ForDevice(string deviceType, string serial, DateTimeOffset now, TimeSpan retention)
    {
        lock (_lock)
        {
            return [.. _tasks.Where(t => t.DeviceType == deviceType
                && string.Equals(t.Serial, serial, StringComparison.OrdinalIgnoreCase)
                && t.IsRetained(now, retention))];
        }
    }
}
