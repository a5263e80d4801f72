using System.Diagnostics;
using System.Globalization;
using ArubaNoc.Benchmarks.Support;
using ArubaNoc.Benchmarks.TokenRefresh;
using ArubaNoc.Central.Authentication;
using ArubaNoc.Central.Configuration;

namespace ArubaNoc.Benchmarks.Runs;

/// <summary>
/// Counts token requests over many bursts of concurrent callers, outside BenchmarkDotNet so the number of
/// bursts is fixed: each burst drops the token and <c>callers</c> callers ask for one at once, gated (all
/// wait on one held refresh) or independent (each caller a thread-pool task racing an asynchronous refresh).
/// Prints one row per cache and mode; fails when the project's cache sent anything but one request in any burst.
/// </summary>
internal static class RefreshCountRun
{
    public static async Task<int> RunAsync(int bursts, int callers)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Token requests per burst: {bursts:N0} bursts of {callers:N0} callers each"));
        Console.WriteLine("| Cache | Mode | Bursts | Requests (total) | Min/burst | Max/burst | Duplicates | Mean burst |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|");

        var projectExact = true;
        foreach (var gated in new[] { true, false })
        {
            var project = await MeasureProjectAsync(bursts, callers, gated).ConfigureAwait(false);
            var semaphore = await MeasureSemaphoreAsync(bursts, callers, gated).ConfigureAwait(false);
            Print("Project TokenCache", gated, project);
            Print("SemaphoreSlim double-checked", gated, semaphore);
            projectExact &= project.Min == 1 && project.Max == 1;
        }

        if (!projectExact)
        {
            Console.Error.WriteLine("refresh-check: the project cache did not send exactly one token request per burst.");
            return 1;
        }

        return 0;
    }

    private static void Print(string cache, bool gated, Result result)
    {
        var duplicates = result.Total - result.Bursts;
        var meanMs = result.Elapsed.TotalMilliseconds / result.Bursts;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {cache} | {(gated ? "gated" : "independent")} | {result.Bursts:N0} | {result.Total:N0} | {result.Min} | {result.Max} | {duplicates:N0} | {meanMs:0.000} ms |"));
    }

    private static async Task<Result> MeasureProjectAsync(int bursts, int callers, bool gated)
    {
        using var handler = new TokenEndpointHandler { Gate = { YieldBeforeResponse = !gated } };
        using var httpClient = new HttpClient(handler, disposeHandler: false);
        var options = new CentralOptions
        {
            BaseUrl = new Uri("http://127.0.0.1/"),
            TokenUrl = TokenEndpointHandler.TokenUrl,
            ClientId = "bench-client",
            ClientSecret = "bench-secret",
        };
        using var cache = new TokenCache(options, httpClient, TimeProvider.System);
        var pending = new Task<TokenResult>[callers];
        Func<Task<TokenResult>> caller = () => cache.GetTokenAsync(CancellationToken.None).AsTask();
        var result = new Result();
        var clock = new Stopwatch();

        for (var burst = 0; burst < bursts; burst++)
        {
            // Hold a valid token, then drop it the way a 401 does.
            var current = await cache.GetTokenAsync(CancellationToken.None).ConfigureAwait(false);
            cache.Invalidate(current.Token!, 401);
            var before = handler.Gate.Requests;
            clock.Start();
            if (gated)
            {
                handler.Gate.Arm();
            }

            for (var i = 0; i < callers; i++)
            {
                pending[i] = gated ? cache.GetTokenAsync(CancellationToken.None).AsTask() : Task.Run(caller);
            }

            handler.Gate.Open();
            foreach (var task in pending)
            {
                if (!(await task.ConfigureAwait(false)).IsSuccess)
                {
                    throw new InvalidOperationException("The project cache returned an error during a burst.");
                }
            }

            clock.Stop();
            result.Add(handler.Gate.Requests - before);
        }

        result.Elapsed = clock.Elapsed;
        return result;
    }

    private static async Task<Result> MeasureSemaphoreAsync(int bursts, int callers, bool gated)
    {
        using var handler = new TokenEndpointHandler { Gate = { YieldBeforeResponse = !gated } };
        using var httpClient = new HttpClient(handler, disposeHandler: false);
        using var cache = new SemaphoreTokenCache(httpClient, TokenEndpointHandler.TokenUrl, TimeProvider.System);
        var pending = new Task<string>[callers];
        Func<Task<string>> caller = () => cache.GetTokenAsync(CancellationToken.None).AsTask();
        var result = new Result();
        var clock = new Stopwatch();

        for (var burst = 0; burst < bursts; burst++)
        {
            await cache.GetTokenAsync(CancellationToken.None).ConfigureAwait(false);
            cache.Invalidate();
            var before = handler.Gate.Requests;
            clock.Start();
            if (gated)
            {
                handler.Gate.Arm();
            }

            for (var i = 0; i < callers; i++)
            {
                pending[i] = gated ? cache.GetTokenAsync(CancellationToken.None).AsTask() : Task.Run(caller);
            }

            handler.Gate.Open();
            await Task.WhenAll(pending).ConfigureAwait(false);
            clock.Stop();
            result.Add(handler.Gate.Requests - before);
        }

        result.Elapsed = clock.Elapsed;
        return result;
    }

    private sealed class Result
    {
        public long Bursts { get; private set; }

        public long Total { get; private set; }

        public int Min { get; private set; } = int.MaxValue;

        public int Max { get; private set; }

        public TimeSpan Elapsed { get; set; }

        public void Add(int requests)
        {
            Bursts++;
            Total += requests;
            Min = Math.Min(Min, requests);
            Max = Math.Max(Max, requests);
        }
    }
}
