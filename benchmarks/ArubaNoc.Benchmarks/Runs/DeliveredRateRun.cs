using System.Diagnostics;
using System.Globalization;
using ArubaNoc.Central.Resilience;

namespace ArubaNoc.Benchmarks.Runs;

/// <summary>
/// Measures the rate the project's limiter delivers under sustained demand: the bucket is emptied, then
/// 40 waiters acquire in a loop for a fixed time on the real clock. The delivered rate is the number of
/// tokens handed out before the time is up divided by that time. Prints one row per configured rate; fails when a rate
/// is off by more than 5 %.
/// </summary>
internal static class DeliveredRateRun
{
    private const int Waiters = 40;
    private const double Tolerance = 0.05;

    public static async Task<int> RunAsync(IReadOnlyList<int> rates, TimeSpan duration)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Delivered rate: empty bucket, {Waiters} waiters, {duration.TotalSeconds:0} s per rate, real clock"));
        Console.WriteLine("| Configured /s | Acquired | Seconds | Delivered /s | Deviation | Within ±5 % |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---|");

        var allWithin = true;
        foreach (var rate in rates)
        {
            var acquired = await MeasureAsync(rate, duration).ConfigureAwait(false);
            var delivered = acquired / duration.TotalSeconds;
            var deviation = (delivered - rate) / rate;
            var within = Math.Abs(deviation) <= Tolerance;
            allWithin &= within;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {rate} | {acquired:N0} | {duration.TotalSeconds:0.000} | {delivered:0.00} | {deviation * 100:+0.00;-0.00} % | {(within ? "yes" : "no")} |"));
        }

        return allWithin ? 0 : 1;
    }

    /// <summary>Returns the number of tokens acquired in the first <paramref name="duration"/> after the bucket was emptied.</summary>
    private static async Task<long> MeasureAsync(int rate, TimeSpan duration)
    {
        // Burst equal to one second of tokens, as the product configures requests per window.
        using var limiter = new RateLimiter(rate, TimeSpan.FromSeconds(1), Waiters, TimeProvider.System);
        while (limiter.TokensAvailable > 0)
        {
            await limiter.AcquireAsync(CancellationToken.None).ConfigureAwait(false);
        }

        long acquired = 0;
        using var stop = new CancellationTokenSource();
        var clock = Stopwatch.StartNew();
        var waiters = new Task[Waiters];
        for (var i = 0; i < Waiters; i++)
        {
            waiters[i] = Task.Run(async () =>
            {
                while (true)
                {
                    try
                    {
                        await limiter.AcquireAsync(stop.Token).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException)
                    {
                        return;
                    }

                    if (clock.Elapsed < duration)
                    {
                        Interlocked.Increment(ref acquired);
                    }
                }
            });
        }

        await Task.Delay(duration).ConfigureAwait(false);
        await stop.CancelAsync().ConfigureAwait(false);
        await Task.WhenAll(waiters).ConfigureAwait(false);
        return Interlocked.Read(ref acquired);
    }
}
