using ArubaNoc.Central.Resilience;
using ArubaNoc.Central.Tests.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace ArubaNoc.Central.Tests.Resilience;

public sealed class RateLimiterTests
{
    private readonly FakeTimeProvider _time = new(TestSetup.Start);

    [Fact]
    public void Acquire_TokenAvailable_CompletesSynchronously()
    {
        using var limiter = new RateLimiter(10, TimeSpan.FromSeconds(1), 6, _time);

        var acquire = limiter.AcquireAsync(CancellationToken.None);

        Assert.True(acquire.IsCompletedSuccessfully);
        Assert.Equal(9, limiter.TokensAvailable);
    }

    [Fact]
    public void Acquire_EmptyBucket_ServesWaitersInFifoOrder()
    {
        using var limiter = new RateLimiter(1, TimeSpan.FromSeconds(1), 6, _time);
        Drain(limiter);
        var waiters = Enumerable.Range(0, 10).Select(_ => limiter.AcquireAsync(CancellationToken.None).AsTask()).ToList();

        for (var served = 0; served < waiters.Count; served++)
        {
            _time.Advance(TimeSpan.FromSeconds(1));

            Assert.True(waiters[served].IsCompleted, $"waiter {served} should have been served");
            Assert.Equal(served + 1, waiters.Count(waiter => waiter.IsCompleted));
        }
    }

    [Fact]
    public async Task Acquire_CancelledWaiter_ConsumesNoToken()
    {
        using var limiter = new RateLimiter(1, TimeSpan.FromSeconds(1), 6, _time);
        Drain(limiter);
        using var cancellation = new CancellationTokenSource();
        var cancelled = limiter.AcquireAsync(cancellation.Token).AsTask();
        var patient = limiter.AcquireAsync(CancellationToken.None).AsTask();

        await cancellation.CancelAsync();
        _time.Advance(TimeSpan.FromSeconds(1));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        Assert.True(patient.IsCompletedSuccessfully);
        Assert.Equal(0, limiter.TokensAvailable);
        Assert.Equal(0, limiter.Waiters);
    }

    [Fact]
    public async Task Acquire_CancelledWaiterThenRefill_TokenStaysInBucket()
    {
        using var limiter = new RateLimiter(1, TimeSpan.FromSeconds(1), 6, _time);
        Drain(limiter);
        using var cancellation = new CancellationTokenSource();
        var cancelled = limiter.AcquireAsync(cancellation.Token).AsTask();

        await cancellation.CancelAsync();
        _time.Advance(TimeSpan.FromSeconds(1));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        Assert.Equal(1, limiter.TokensAvailable);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(50)]
    [InlineData(100)]
    public void DeliveredRate_40Waiters60Seconds_Within5Percent(int perSecond)
    {
        using var limiter = new RateLimiter(perSecond * 60, TimeSpan.FromSeconds(60), 6, _time);
        Drain(limiter);
        var waiters = Enumerable.Range(0, 40).Select(_ => limiter.AcquireAsync(CancellationToken.None).AsTask()).ToArray();
        var delivered = 0;

        // 60 simulated seconds in 10 ms steps. After each step the test re-queues every served waiter,
        // so 40 callers wait at all times.
        for (var step = 0; step < 6000; step++)
        {
            _time.Advance(TimeSpan.FromMilliseconds(10));
            for (var i = 0; i < waiters.Length; i++)
            {
                while (waiters[i].IsCompleted)
                {
                    delivered++;
                    waiters[i] = limiter.AcquireAsync(CancellationToken.None).AsTask();
                }
            }
        }

        var expected = perSecond * 60;
        Assert.InRange(delivered, expected * 0.95, expected * 1.05);
    }

    [Fact]
    public void PauseUntil_HoldsEveryCallerUntilResumeTime()
    {
        using var limiter = new RateLimiter(100, TimeSpan.FromSeconds(60), 6, _time);
        limiter.PauseUntil(_time.GetUtcNow().AddSeconds(3));
        var callers = Enumerable.Range(0, 5).Select(_ => limiter.AcquireAsync(CancellationToken.None).AsTask()).ToList();

        _time.Advance(TimeSpan.FromSeconds(2.999));
        var servedBeforeResume = callers.Count(caller => caller.IsCompleted);
        _time.Advance(TimeSpan.FromMilliseconds(1));

        Assert.Equal(0, servedBeforeResume);
        Assert.True(callers[0].IsCompleted);
    }

    [Fact]
    public void PauseUntil_EarlierTime_DoesNotShortenPause()
    {
        using var limiter = new RateLimiter(100, TimeSpan.FromSeconds(60), 6, _time);
        limiter.PauseUntil(_time.GetUtcNow().AddSeconds(10));
        limiter.PauseUntil(_time.GetUtcNow().AddSeconds(2));
        var caller = limiter.AcquireAsync(CancellationToken.None).AsTask();

        _time.Advance(TimeSpan.FromSeconds(5));

        Assert.False(caller.IsCompleted);
        Assert.True(limiter.IsPaused);
    }

    [Fact]
    public async Task EnterSlot_AllSlotsTaken_WaitsUntilExit()
    {
        using var limiter = new RateLimiter(100, TimeSpan.FromSeconds(60), 2, _time);
        await limiter.EnterSlotAsync(CancellationToken.None);
        await limiter.EnterSlotAsync(CancellationToken.None);

        var third = limiter.EnterSlotAsync(CancellationToken.None).AsTask();
        var waitedWhileFull = !third.IsCompleted;
        limiter.ExitSlot();
        await third;

        Assert.True(waitedWhileFull);
        Assert.Equal(2, limiter.InFlight);
    }

    [Fact]
    public void Refill_NoWaiters_StopsAtCapacity()
    {
        using var limiter = new RateLimiter(10, TimeSpan.FromSeconds(1), 6, _time);
        Drain(limiter);

        _time.Advance(TimeSpan.FromSeconds(5));
        var takenSynchronously = 0;
        while (limiter.AcquireAsync(CancellationToken.None).IsCompletedSuccessfully)
        {
            takenSynchronously++;
        }

        Assert.Equal(10, takenSynchronously);
    }

    [Fact]
    public void Refill_WithWaiter_ServesWaiterBeforeNewCaller()
    {
        using var limiter = new RateLimiter(1, TimeSpan.FromSeconds(1), 6, _time);
        Drain(limiter);
        var waiter = limiter.AcquireAsync(CancellationToken.None).AsTask();

        _time.Advance(TimeSpan.FromSeconds(1));
        var newcomer = limiter.AcquireAsync(CancellationToken.None).AsTask();

        Assert.True(waiter.IsCompletedSuccessfully);
        Assert.False(newcomer.IsCompleted);
        Assert.Equal(0, limiter.TokensAvailable);
    }

    [Fact]
    public void PauseUntil_EmptiesCountedTokens()
    {
        using var limiter = new RateLimiter(100, TimeSpan.FromSeconds(60), 6, _time);

        limiter.PauseUntil(_time.GetUtcNow().AddSeconds(3));
        var caller = limiter.AcquireAsync(CancellationToken.None).AsTask();

        Assert.Equal(0, limiter.TokensAvailable);
        Assert.False(caller.IsCompleted);
    }

    private static void Drain(RateLimiter limiter)
    {
        while (limiter.TokensAvailable > 0)
        {
            Assert.True(limiter.AcquireAsync(CancellationToken.None).IsCompletedSuccessfully);
        }
    }
}
