namespace ArubaNoc.Simulator.Faults;

/// <summary>A fault script armed on a path; counts its hits and can be disarmed. Thread-safe.</summary>
public sealed class ArmedFault
{
    private readonly Lock _lock;
    private int _skipRemaining;
    private int? _timesRemaining;
    private int _hits;
    private bool _disarmed;

    internal ArmedFault(Lock injectorLock, FaultScript script, string? path, int? times, int skip)
    {
        _lock = injectorLock;
        Script = script;
        Path = path;
        _timesRemaining = times;
        _skipRemaining = skip;
    }

    /// <summary>The armed script.</summary>
    public FaultScript Script { get; }

    /// <summary>Path prefix or route template the fault applies to; null for every path.</summary>
    public string? Path { get; }

    /// <summary>Number of requests the fault has shaped.</summary>
    public int HitCount
    {
        get
        {
            lock (_lock)
            {
                return _hits;
            }
        }
    }

    /// <summary>False once disarmed or once it has shaped as many requests as armed for.</summary>
    public bool IsActive
    {
        get
        {
            lock (_lock)
            {
                return IsActiveLocked;
            }
        }
    }

    internal bool IsActiveLocked => !_disarmed && _timesRemaining is null or > 0;

    /// <summary>Stops the fault; requests already being shaped finish as they are.</summary>
    public void Disarm()
    {
        lock (_lock)
        {
            _disarmed = true;
        }
    }

    /// <summary>Consumes one matching request; returns true when this request gets the fault. Caller holds the lock.</summary>
    internal bool TryHitLocked()
    {
        if (_skipRemaining > 0)
        {
            _skipRemaining--;
            return false;
        }

        _hits++;
        if (_timesRemaining is not null)
        {
            _timesRemaining--;
        }

        return true;
    }
}
