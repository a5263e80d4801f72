using ArubaNoc.Benchmarks.Support;
using ArubaNoc.Central.Authentication;
using ArubaNoc.Central.Configuration;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace ArubaNoc.Benchmarks.TokenRefresh;

// The gated bursts store each caller's ValueTask in an array and await each exactly once, after the gate
// opens. Wrapping them with AsTask would add an allocation per caller to the SemaphoreSlim baseline.
#pragma warning disable CA2012

/// <summary>
/// One operation is one burst: the token is dropped (as a 401 would drop it), then <see cref="Callers"/>
/// callers ask for a token at once and all must get the new one. Gated bursts hold the token response until
/// every caller has asked, so all of them wait on the same refresh. Independent bursts start every caller as
/// its own thread-pool task while the refresh completes asynchronously, so callers race the refresh.
/// Each burst's token requests are counted and shown in the "Token requests/burst" column; the allocation
/// column is per burst. Both caches fetch through the same <see cref="StubTokenSource"/> instead of HTTP, so
/// the columns show the caches' own cost; the 1-caller case gives the cost of one refresh with no waiter.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams)]
[CategoriesColumn]
public class TokenRefreshBenchmarks
{
    private const string Gated = "Refresh burst, gated";
    private const string Independent = "Refresh burst, independent callers";

    private readonly Dictionary<string, BurstCounts> _counts = [];

    private StubTokenSource _handler = null!;
    private TokenCache _projectCache = null!;
    private SemaphoreTokenCache _semaphoreCache = null!;
    private ValueTask<TokenResult>[] _projectPending = null!;
    private ValueTask<string>[] _semaphorePending = null!;
    private Task<TokenResult>[] _projectTasks = null!;
    private Task<string>[] _semaphoreTasks = null!;
    private Func<Task<TokenResult>> _projectCaller = null!;
    private Func<Task<string>> _semaphoreCaller = null!;

    [Params(1, 1_000, 10_000)]
    public int Callers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _handler = new StubTokenSource();
        var options = new CentralOptions
        {
            BaseUrl = new Uri("http://127.0.0.1/"),
            TokenUrl = TokenEndpointHandler.TokenUrl,
            ClientId = "bench-client",
            ClientSecret = "bench-secret",
        };
        _projectCache = new TokenCache(options, _handler.FetchAsync, TimeProvider.System);
        _semaphoreCache = new SemaphoreTokenCache(_handler.FetchAsync, TimeProvider.System);
        _projectPending = new ValueTask<TokenResult>[Callers];
        _semaphorePending = new ValueTask<string>[Callers];
        _projectTasks = new Task<TokenResult>[Callers];
        _semaphoreTasks = new Task<string>[Callers];
        _projectCaller = () => _projectCache.GetTokenAsync(CancellationToken.None).AsTask();
        _semaphoreCaller = () => _semaphoreCache.GetTokenAsync(CancellationToken.None).AsTask();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        foreach (var (name, counts) in _counts)
        {
            counts.Save($"{nameof(TokenRefreshBenchmarks)}.{name}-{Callers}");
        }

        _projectCache.Dispose();
        _semaphoreCache.Dispose();
    }

    [Benchmark(Description = "Project cache, gated"), BenchmarkCategory(Gated)]
    public async Task ProjectGated()
    {
        ExpireProjectToken();
        var before = _handler.Gate.Requests;
        _handler.Gate.Arm();
        for (var i = 0; i < _projectPending.Length; i++)
        {
            _projectPending[i] = _projectCache.GetTokenAsync(CancellationToken.None);
        }

        _handler.Gate.Open();
        for (var i = 0; i < _projectPending.Length; i++)
        {
            EnsureSuccess(await _projectPending[i].ConfigureAwait(false));
        }

        Count(nameof(ProjectGated), _handler.Gate.Requests - before);
    }

    [Benchmark(Baseline = true, Description = "SemaphoreSlim cache, gated"), BenchmarkCategory(Gated)]
    public async Task SemaphoreGated()
    {
        var before = _handler.Gate.Requests;
        _semaphoreCache.Invalidate();
        _handler.Gate.Arm();
        for (var i = 0; i < _semaphorePending.Length; i++)
        {
            _semaphorePending[i] = _semaphoreCache.GetTokenAsync(CancellationToken.None);
        }

        _handler.Gate.Open();
        for (var i = 0; i < _semaphorePending.Length; i++)
        {
            await _semaphorePending[i].ConfigureAwait(false);
        }

        Count(nameof(SemaphoreGated), _handler.Gate.Requests - before);
    }

    [Benchmark(Description = "Project cache, independent"), BenchmarkCategory(Independent)]
    public async Task ProjectIndependent()
    {
        ExpireProjectToken();
        var before = _handler.Gate.Requests;
        _handler.Gate.YieldBeforeResponse = true;
        for (var i = 0; i < _projectTasks.Length; i++)
        {
            _projectTasks[i] = Task.Run(_projectCaller);
        }

        for (var i = 0; i < _projectTasks.Length; i++)
        {
            EnsureSuccess(await _projectTasks[i].ConfigureAwait(false));
        }

        Count(nameof(ProjectIndependent), _handler.Gate.Requests - before);
    }

    [Benchmark(Baseline = true, Description = "SemaphoreSlim cache, independent"), BenchmarkCategory(Independent)]
    public async Task SemaphoreIndependent()
    {
        var before = _handler.Gate.Requests;
        _semaphoreCache.Invalidate();
        _handler.Gate.YieldBeforeResponse = true;
        for (var i = 0; i < _semaphoreTasks.Length; i++)
        {
            _semaphoreTasks[i] = Task.Run(_semaphoreCaller);
        }

        for (var i = 0; i < _semaphoreTasks.Length; i++)
        {
            await _semaphoreTasks[i].ConfigureAwait(false);
        }

        Count(nameof(SemaphoreIndependent), _handler.Gate.Requests - before);
    }

    private static void EnsureSuccess(TokenResult result)
    {
        if (!result.IsSuccess)
        {
            throw new InvalidOperationException($"The project cache returned an error: {result.Error!.Message}");
        }
    }

    /// <summary>Drops the project cache's token through the 401 path.</summary>
    private void ExpireProjectToken()
    {
        // The first burst finds no token yet; this waits for that fetch so the burst does not count it. A
        // completed read is taken without AsTask, which would add a task per burst to the project's column.
        var pending = _projectCache.GetTokenAsync(CancellationToken.None);
        var current = pending.IsCompletedSuccessfully ? pending.Result : pending.AsTask().GetAwaiter().GetResult();
        EnsureSuccess(current);
        _projectCache.Invalidate(current.Token!, 401);
    }

    private void Count(string method, int requests)
    {
        if (!_counts.TryGetValue(method, out var counts))
        {
            counts = new BurstCounts();
            _counts[method] = counts;
        }

        counts.Record(requests);
    }
}
