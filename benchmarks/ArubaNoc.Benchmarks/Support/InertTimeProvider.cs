namespace ArubaNoc.Benchmarks.Support;

/// <summary>
/// The system clock with timers that never fire. A rate limiter built on it keeps the tokens it starts
/// with and never refills, so an acquire benchmark measures the acquire path and no timer thread competes
/// for the bucket's channel while it runs.
/// </summary>
internal sealed class InertTimeProvider : TimeProvider
{
    public static InertTimeProvider Instance { get; } = new();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) => InertTimer.Instance;

    private sealed class InertTimer : ITimer
    {
        public static InertTimer Instance { get; } = new();

        public bool Change(TimeSpan dueTime, TimeSpan period) => true;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
