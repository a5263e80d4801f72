using ArubaNoc.Benchmarks.Support;
using ArubaNoc.Central.Authentication;
using ArubaNoc.Central.Configuration;
using ArubaNoc.Central.Resilience;
using BenchmarkDotNet.Attributes;
using Polly;
using Polly.CircuitBreaker;
using ProjectCircuitState = ArubaNoc.Central.Resilience.CircuitState;

namespace ArubaNoc.Benchmarks.HotPath;

/// <summary>
/// Per-call costs that every Central request pays, against the floor of one uncontended
/// <see cref="Interlocked.CompareExchange(ref int, int, int)"/> (the Ratio column) and against Polly.Core's
/// circuit breaker. All operations run on one thread with the real clock (<see cref="TimeProvider.System"/>),
/// as in production.
/// </summary>
/// <remarks>
/// Ten measured iterations instead of the short job's three, because these rows are a few nanoseconds each
/// and their ratios are the targets.
/// </remarks>
[MemoryDiagnoser]
[IterationCount(10)]
public class HotPathBenchmarks
{
    private const int HttpOk = 200;
    private const int HttpServiceUnavailable = 503;

    private readonly TokenEndpointHandler _handler = new();
    private readonly TimeProvider _clock = TimeProvider.System;
    private int _casTarget;
    private int _volatileTarget;
    private HttpClient _httpClient = null!;
    private TokenCache _tokens = null!;
    private CircuitBreaker _closedBreaker = null!;
    private CircuitBreaker _openBreaker = null!;
    private ResiliencePipeline<int> _pollyClosed = null!;
    private ResiliencePipeline<int> _pollyOpen = null!;

    [GlobalSetup]
    public void Setup()
    {
        _volatileTarget = 1;
        _httpClient = new HttpClient(_handler);
        var options = new CentralOptions
        {
            BaseUrl = new Uri("http://127.0.0.1/"),
            TokenUrl = TokenEndpointHandler.TokenUrl,
            ClientId = "bench-client",
            ClientSecret = "bench-secret",
        };
        _tokens = new TokenCache(options, _httpClient, TimeProvider.System);
        if (!_tokens.GetTokenAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult().IsSuccess)
        {
            throw new InvalidOperationException("The token cache could not fetch its first token.");
        }

        // Project defaults: 5 consecutive failures open the breaker for 60 s.
        _closedBreaker = new CircuitBreaker(5, TimeSpan.FromSeconds(60), TimeProvider.System);
        _openBreaker = new CircuitBreaker(5, TimeSpan.FromSeconds(60), TimeProvider.System);
        for (var i = 0; i < 5; i++)
        {
            _openBreaker.RecordFailure(_openBreaker.TryAdmit());
        }

        if (_openBreaker.State != ProjectCircuitState.Open)
        {
            throw new InvalidOperationException("The project breaker did not open.");
        }

        _pollyClosed = CreatePollyBreaker();
        _pollyOpen = CreatePollyBreaker();
        for (var i = 0; i < 10; i++)
        {
            ExecutePolly(_pollyOpen, HttpServiceUnavailable);
        }

        if (ExecutePolly(_pollyOpen, HttpOk).Exception is not BrokenCircuitException)
        {
            throw new InvalidOperationException("The Polly breaker did not open.");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _tokens.Dispose();
        _httpClient.Dispose();
    }

    [Benchmark(Baseline = true, Description = "Floor: Interlocked.CompareExchange")]
    public int CompareExchange() => Interlocked.CompareExchange(ref _casTarget, 1, 0);

    [Benchmark(Description = "Floor: Volatile.Read")]
    public int VolatileRead() => Volatile.Read(ref _volatileTarget);

    /// <summary>
    /// One clock read. The token read and the open-breaker reject no longer make one (timers mark the token
    /// and the breaker instead), so this row shows what that saves.
    /// </summary>
    [Benchmark(Description = "Reference: TimeProvider.System.GetTimestamp")]
    public long ClockRead() => _clock.GetTimestamp();

    [Benchmark(Description = "Token cache: valid-token read")]
    public TokenResult ValidTokenRead()
    {
        // A valid token is outside the refresh window, so the ValueTask has already completed.
        var pending = _tokens.GetTokenAsync(CancellationToken.None);
        return pending.IsCompletedSuccessfully ? pending.Result : throw new InvalidOperationException("The valid-token read did not complete synchronously.");
    }

    [Benchmark(Description = "Breaker: closed admit")]
    public BreakerAdmission BreakerClosedAdmit() => _closedBreaker.TryAdmit();

    [Benchmark(Description = "Breaker: closed admit + success")]
    public BreakerAdmission BreakerClosedAdmitAndRecord()
    {
        var admission = _closedBreaker.TryAdmit();
        _closedBreaker.RecordSuccess(admission);
        return admission;
    }

    [Benchmark(Description = "Breaker: open reject")]
    public BreakerAdmission BreakerOpenReject() => _openBreaker.TryAdmit();

    [Benchmark(Description = "Polly breaker: closed execute")]
    public Outcome<int> PollyClosedExecute() => ExecutePolly(_pollyClosed, HttpOk);

    [Benchmark(Description = "Polly breaker: open reject")]
    public Outcome<int> PollyOpenReject() => ExecutePolly(_pollyOpen, HttpOk);

    /// <summary>
    /// Polly's closest configuration to the project's breaker: every handled outcome in the sampling window
    /// must fail (ratio 1.0) with at least 5 calls, then it breaks for 60 s. Outcomes of 500 and above count.
    /// </summary>
    private static ResiliencePipeline<int> CreatePollyBreaker()
    {
        return new ResiliencePipelineBuilder<int>()
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<int>
            {
                FailureRatio = 1.0,
                MinimumThroughput = 5,
                SamplingDuration = TimeSpan.FromSeconds(60),
                BreakDuration = TimeSpan.FromSeconds(60),
                ShouldHandle = static arguments => new ValueTask<bool>(arguments.Outcome.Result >= 500 || arguments.Outcome.Exception is not null),
            })
            .Build();
    }

    /// <summary>
    /// Runs a callback returning <paramref name="status"/> through Polly's outcome-returning path, which
    /// reports a rejection as an outcome instead of throwing. The pipeline and the pooled context complete
    /// synchronously here.
    /// </summary>
    private static Outcome<int> ExecutePolly(ResiliencePipeline<int> pipeline, int status)
    {
        var context = ResilienceContextPool.Shared.Get();
        try
        {
            var pending = pipeline.ExecuteOutcomeAsync(static (_, state) => Outcome.FromResultAsValueTask(state), context, status);
            return pending.IsCompleted ? pending.Result : pending.AsTask().GetAwaiter().GetResult();
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }
}
