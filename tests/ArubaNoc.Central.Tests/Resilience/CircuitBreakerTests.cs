using ArubaNoc.Central.Resilience;
using ArubaNoc.Central.Tests.Fakes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace ArubaNoc.Central.Tests.Resilience;

public sealed class CircuitBreakerTests
{
    private static readonly TimeSpan Break = TimeSpan.FromSeconds(60);
    private readonly FakeTimeProvider _time = new(TestSetup.Start);

    [Fact]
    public void RecordFailure_BelowThreshold_StaysClosed()
    {
        var breaker = new CircuitBreaker(5, Break, _time);

        Fail(breaker, 4);

        Assert.Equal(CircuitState.Closed, breaker.State);
        Assert.Equal(4, breaker.ConsecutiveFailures);
    }

    [Fact]
    public void RecordFailure_AtThreshold_Opens()
    {
        var breaker = new CircuitBreaker(5, Break, _time);

        Fail(breaker, 5);

        Assert.Equal(CircuitState.Open, breaker.State);
        Assert.Equal(1, breaker.Opens);
    }

    [Fact]
    public void RecordSuccess_BetweenFailures_ResetsCount()
    {
        var breaker = new CircuitBreaker(5, Break, _time);

        Fail(breaker, 4);
        breaker.RecordSuccess(breaker.TryAdmit());
        Fail(breaker, 4);

        Assert.Equal(CircuitState.Closed, breaker.State);
        Assert.Equal(4, breaker.ConsecutiveFailures);
    }

    [Fact]
    public void TryAdmit_WhileOpen_RejectsWithSecondsUntilProbe()
    {
        var breaker = new CircuitBreaker(5, Break, _time);
        Fail(breaker, 5);

        _time.Advance(TimeSpan.FromSeconds(20.5));
        var admission = breaker.TryAdmit();

        Assert.False(admission.IsAdmitted);
        Assert.Equal(40, admission.RetryAfterSeconds);
    }

    [Fact]
    public void Admit_AfterBreakElapsed_AdmitsExactlyOneProbe()
    {
        const int Rounds = 20;
        const int Callers = 10_000;
        var breaker = new CircuitBreaker(5, Break, _time);
        for (var round = 0; round < Rounds; round++)
        {
            Fail(breaker, 5);
            _time.Advance(Break);
            var probes = 0;
            var admitted = 0;
            Parallel.For(0, Callers, _ =>
            {
                var admission = breaker.TryAdmit();
                if (admission.IsAdmitted)
                {
                    Interlocked.Increment(ref admitted);
                }

                if (admission.IsProbe)
                {
                    Interlocked.Increment(ref probes);
                }
            });

            Assert.Equal(1, probes);
            Assert.Equal(1, admitted);
            Assert.Equal(CircuitState.HalfOpen, breaker.State);

            // The round's probe succeeds, which closes the breaker for the next round.
            breaker.RecordSuccess(BreakerAdmission.Probe);
        }
    }

    [Fact]
    public void ProbeSuccess_Closes()
    {
        var breaker = new CircuitBreaker(5, Break, _time);
        Fail(breaker, 5);
        _time.Advance(Break);

        breaker.RecordSuccess(breaker.TryAdmit());

        Assert.Equal(CircuitState.Closed, breaker.State);
        Assert.Equal(0, breaker.ConsecutiveFailures);
        Assert.True(breaker.TryAdmit().IsAdmitted);
    }

    [Fact]
    public void ProbeFailure_ReopensForFullBreak()
    {
        var breaker = new CircuitBreaker(5, Break, _time);
        Fail(breaker, 5);
        _time.Advance(Break);

        breaker.RecordFailure(breaker.TryAdmit());
        _time.Advance(Break - TimeSpan.FromSeconds(1));
        var beforeBreakEnds = breaker.TryAdmit();

        Assert.Equal(CircuitState.Open, breaker.State);
        Assert.Equal(2, breaker.Opens);
        Assert.False(beforeBreakEnds.IsAdmitted);
        Assert.Equal(1, beforeBreakEnds.RetryAfterSeconds);
    }

    [Fact]
    public void AbandonedProbe_NextCallerBecomesProbe()
    {
        var breaker = new CircuitBreaker(5, Break, _time);
        Fail(breaker, 5);
        _time.Advance(Break);

        breaker.RecordAbandoned(breaker.TryAdmit());
        var next = breaker.TryAdmit();

        Assert.True(next.IsProbe);
    }

    [Fact]
    public void RecordFailure_ConcurrentFailures_OpensOnce()
    {
        var breaker = new CircuitBreaker(5, Break, _time);

        Parallel.For(0, 10_000, _ => breaker.RecordFailure(BreakerAdmission.Admitted));

        Assert.Equal(CircuitState.Open, breaker.State);
        Assert.Equal(1, breaker.Opens);
    }

    [Fact]
    public void StateChanges_LoggedAtErrorWarningInformation()
    {
        var logs = new CapturingLoggerFactory();
        var breaker = new CircuitBreaker(1, Break, _time, logs.CreateLogger("breaker"));

        breaker.RecordFailure(breaker.TryAdmit());
        _time.Advance(Break);
        breaker.RecordSuccess(breaker.TryAdmit());

        Assert.Contains(logs.Entries, entry => entry.EventName == "BreakerOpened" && entry.Level == LogLevel.Error);
        Assert.Contains(logs.Entries, entry => entry.EventName == "BreakerHalfOpen" && entry.Level == LogLevel.Warning);
        Assert.Contains(logs.Entries, entry => entry.EventName == "BreakerClosed" && entry.Level == LogLevel.Information);
    }

    [Fact]
    public void BreakTimer_BeforeBreakEnds_RejectsEveryCall()
    {
        using var breaker = new CircuitBreaker(5, Break, _time);
        Fail(breaker, 5);

        _time.Advance(Break - TimeSpan.FromTicks(1));
        var admissions = Enumerable.Range(0, 100).Select(_ => breaker.TryAdmit()).ToList();

        Assert.All(admissions, admission => Assert.False(admission.IsAdmitted));
        Assert.All(admissions, admission => Assert.Equal(1, admission.RetryAfterSeconds));
        Assert.Equal(CircuitState.Open, breaker.State);
    }

    [Fact]
    public void BreakTimer_Fired_MovesToHalfOpenOnFirstAdmit()
    {
        using var breaker = new CircuitBreaker(5, Break, _time);
        Fail(breaker, 5);

        _time.Advance(Break);
        var stateBeforeAdmit = breaker.State;
        var retryBeforeAdmit = breaker.RetryInSeconds;
        var probe = breaker.TryAdmit();
        var second = breaker.TryAdmit();

        Assert.Equal(CircuitState.Open, stateBeforeAdmit);
        Assert.Equal(0, retryBeforeAdmit);
        Assert.True(probe.IsProbe);
        Assert.False(second.IsAdmitted);
        Assert.Equal(CircuitState.HalfOpen, breaker.State);
    }

    [Fact]
    public void BreakTimer_CountsDownRetrySeconds()
    {
        using var breaker = new CircuitBreaker(5, Break, _time);
        Fail(breaker, 5);
        var seen = new List<int> { breaker.TryAdmit().RetryAfterSeconds };

        for (var step = 0; step < 4; step++)
        {
            _time.Advance(TimeSpan.FromSeconds(0.5));
            seen.Add(breaker.TryAdmit().RetryAfterSeconds);
        }

        Assert.Equal([60, 60, 59, 59, 58], seen);
    }

    [Fact]
    public void BreakTimer_AfterProbeFailure_AdmitsNextProbeAfterFullBreak()
    {
        using var breaker = new CircuitBreaker(5, Break, _time);
        Fail(breaker, 5);
        _time.Advance(Break);
        breaker.RecordFailure(breaker.TryAdmit());

        _time.Advance(Break - TimeSpan.FromTicks(1));
        var early = breaker.TryAdmit();
        _time.Advance(TimeSpan.FromTicks(1));
        var probe = breaker.TryAdmit();

        Assert.False(early.IsAdmitted);
        Assert.True(probe.IsProbe);
    }

    [Fact]
    public void Dispose_WhileOpen_StaysOpen()
    {
        var breaker = new CircuitBreaker(5, Break, _time);
        Fail(breaker, 5);

        breaker.Dispose();
        _time.Advance(Break * 2);

        Assert.False(breaker.TryAdmit().IsAdmitted);
        Assert.Equal(CircuitState.Open, breaker.State);
    }

    private static void Fail(CircuitBreaker breaker, int count)
    {
        for (var i = 0; i < count; i++)
        {
            breaker.RecordFailure(breaker.TryAdmit());
        }
    }
}
