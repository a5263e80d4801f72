namespace ArubaNoc.Benchmarks.Support;

/// <summary>
/// Counter and gate shared by the token request stand-ins: counts requests and, while armed, delays every
/// request until <see cref="Open"/>. Thread-safe.
/// </summary>
internal sealed class RequestGate
{
    private TaskCompletionSource? _gate;
    private int _requests;

    /// <summary>When true, a request that is not held yields once, so the refresh completes asynchronously.</summary>
    public bool YieldBeforeResponse { get; set; }

    /// <summary>Requests counted since creation.</summary>
    public int Requests => Volatile.Read(ref _requests);

    /// <summary>Makes the following requests wait until <see cref="Open"/>.</summary>
    public void Arm()
    {
        Volatile.Write(ref _gate, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
    }

    /// <summary>Releases every request held by the gate and disarms it.</summary>
    public void Open()
    {
        Interlocked.Exchange(ref _gate, null)?.TrySetResult();
    }

    /// <summary>Counts one request and returns the task it must wait for, or null to respond at once.</summary>
    public Task? Enter()
    {
        Interlocked.Increment(ref _requests);
        var gate = Volatile.Read(ref _gate);
        if (gate is not null)
        {
            return gate.Task;
        }

        return YieldBeforeResponse ? YieldAsync() : null;
    }

    private static async Task YieldAsync()
    {
        await Task.Yield();
    }
}
