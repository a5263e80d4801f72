namespace ArubaNoc.Central.Http;

public sealed partial class CentralClient
{
    // Per-request timeout sources are reused: a request rents one, arms it with CancelAfter and returns it
    // reset. The pool has one place per in-flight slot, so a request normally finds a source there. When it
    // finds none, it creates one. A source that finds no free place on return is disposed.

    private CancellationTokenSource RentTimeoutSource()
    {
        for (var i = 0; i < _timeoutSources.Length; i++)
        {
            var source = Interlocked.Exchange(ref _timeoutSources[i], null);
            if (source is null)
            {
                continue;
            }

            // A timer that fired while the source was being reset leaves it cancelled: never reuse that one.
            if (!source.IsCancellationRequested)
            {
                return source;
            }

            source.Dispose();
        }

        // Created on the client's TimeProvider, so CancelAfter runs on its timers (fake ones in tests).
        return new CancellationTokenSource(Timeout.InfiniteTimeSpan, _timeProvider);
    }

    private void ReturnTimeoutSource(CancellationTokenSource source)
    {
        // TryReset stops the timer, and fails once the source was cancelled (a timeout or the caller).
        if (!source.TryReset() || source.IsCancellationRequested)
        {
            source.Dispose();
            return;
        }

        for (var i = 0; i < _timeoutSources.Length; i++)
        {
            if (Interlocked.CompareExchange(ref _timeoutSources[i], source, null) is null)
            {
                return;
            }
        }

        source.Dispose();
    }
}
