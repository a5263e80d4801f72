namespace ArubaNoc.Central.Tests.Fakes;

/// <summary>Waits for work that continues on the thread pool, bounded by the test's cancellation (never by a timed assertion).</summary>
internal static class Wait
{
    public static async Task UntilAsync(Func<bool> condition)
    {
        while (!condition())
        {
            TestContext.Current.CancellationToken.ThrowIfCancellationRequested();
            await Task.Yield();
        }
    }
}
