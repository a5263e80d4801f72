using System.Threading.Channels;
using System.Threading.RateLimiting;
using ArubaNoc.Benchmarks.Support;
using BenchmarkDotNet.Attributes;
using Polly;
using ProjectRateLimiter = ArubaNoc.Central.Resilience.RateLimiter;

namespace ArubaNoc.Benchmarks.Limiter;

/// <summary>
/// One acquire with tokens available, single-threaded, against the floor of a bounded-channel TryWrite +
/// TryRead pair (the Ratio column), .NET's <see cref="TokenBucketRateLimiter"/> and Polly's rate-limiter
/// strategy over that same limiter.
/// </summary>
/// <remarks>
/// The project's limiter has no way to hand a token back, so each iteration builds a fresh limiter whose
/// bucket contains more tokens than the iteration takes, and its timers never fire (<see cref="InertTimeProvider"/>).
/// That needs a fixed invocation count per iteration. The .NET and Polly limiters start with
/// <see cref="int.MaxValue"/> tokens and never run dry within a run.
/// </remarks>
[MemoryDiagnoser]
[InvocationCount(InvocationsPerIteration)]
[IterationCount(10)]
public class RateLimiterAcquireBenchmarks
{
    private const int InvocationsPerIteration = 1_000_000;

    private ProjectRateLimiter _limiter = null!;
    private Channel<byte> _channel = null!;
    private TokenBucketRateLimiter _tokenBucket = null!;
    private ResiliencePipeline _pollyLimiter = null!;

    [GlobalSetup]
    public void Setup()
    {
        // Same options as the project's bucket channel.
        _channel = Channel.CreateBounded<byte>(new BoundedChannelOptions(100)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = false,
            SingleWriter = false,
            AllowSynchronousContinuations = true,
        });
        _channel.Writer.TryWrite(0);

        _tokenBucket = CreateTokenBucket();
        _pollyLimiter = new ResiliencePipelineBuilder().AddRateLimiter(CreateTokenBucket()).Build();
    }

    [IterationSetup(Target = nameof(ProjectAcquire))]
    public void FillProjectBucket()
    {
        _limiter?.Dispose();

        // The capacity exceeds the invocations of one iteration, and a 1-day window makes refills irrelevant.
        _limiter = new ProjectRateLimiter(InvocationsPerIteration + 1_000, TimeSpan.FromDays(1), 6, InertTimeProvider.Instance);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _limiter?.Dispose();
        _tokenBucket.Dispose();
    }

    [Benchmark(Baseline = true, Description = "Floor: channel TryWrite + TryRead")]
    public bool ChannelPair()
    {
        _channel.Writer.TryWrite(0);
        return _channel.Reader.TryRead(out _);
    }

    [Benchmark(Description = "Project limiter: acquire")]
    public void ProjectAcquire()
    {
        var pending = _limiter.AcquireAsync(CancellationToken.None);
        if (!pending.IsCompletedSuccessfully)
        {
            // Never expected: the bucket was filled for this iteration. Fail loudly instead of waiting forever.
            throw new InvalidOperationException("The project limiter's bucket ran dry during an iteration.");
        }
    }

    [Benchmark(Description = "TokenBucketRateLimiter: acquire")]
    public bool TokenBucketAcquire()
    {
        var pending = _tokenBucket.AcquireAsync(1, CancellationToken.None);
        using var lease = pending.IsCompleted ? pending.Result : pending.AsTask().GetAwaiter().GetResult();
        return lease.IsAcquired;
    }

    [Benchmark(Description = "Polly rate limiter: execute")]
    public Outcome<bool> PollyAcquire()
    {
        var context = ResilienceContextPool.Shared.Get();
        try
        {
            var pending = _pollyLimiter.ExecuteOutcomeAsync(static (_, _) => Outcome.FromResultAsValueTask(true), context, (object?)null);
            return pending.IsCompleted ? pending.Result : pending.AsTask().GetAwaiter().GetResult();
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private static TokenBucketRateLimiter CreateTokenBucket()
    {
        return new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = int.MaxValue,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = TimeSpan.FromDays(1),
            AutoReplenishment = false,
            QueueLimit = 0,
        });
    }
}
