using System.Diagnostics;
using ArubaNoc.Central.Observability;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ArubaNoc.Central.Resilience;

/// <summary>
/// Lock-free circuit breaker. It opens after <c>threshold</c> consecutive failures (5xx, timeouts,
/// connection errors; 4xx never count), rejects calls while open, and after the break duration admits
/// exactly one probe whose outcome closes or re-opens it.
/// </summary>
/// <remarks>
/// Thread-safety: <see cref="_state"/> and <see cref="_failures"/> change only through <see cref="Interlocked"/>;
/// <see cref="_openedAt"/> is written before the CAS that publishes the Open state, so a reader that observes
/// Open also observes its timestamp. Transitions: Closed→Open (threshold reached), Open→ProbeDue (the break
/// timer), ProbeDue→HalfOpen (one CAS winner), HalfOpen→Closed (probe success), HalfOpen→Open (probe
/// failure), HalfOpen→ProbeDue (abandoned probe). ProbeDue is reported as <see cref="CircuitState.Open"/>.
/// <para>
/// No admit reads the clock. While the breaker is open, a <see cref="TimeProvider"/> timer fires each time the
/// whole seconds until the probe change: it stores them in <see cref="_retryAfterSeconds"/>, and at the end of
/// the break it moves the state to ProbeDue. A rejection then costs two field reads. A timer that fires late
/// (a suspended machine, a starved thread pool) makes the break longer, never shorter, which errs on the side
/// of sending less traffic to a failing Central.
/// </para>
/// </remarks>
public sealed partial class CircuitBreaker : IDisposable
{
    private const int Closed = (int)CircuitState.Closed;
    private const int Open = (int)CircuitState.Open;
    private const int HalfOpen = (int)CircuitState.HalfOpen;

    // Open, and the break has elapsed: the next admit that wins the CAS to HalfOpen becomes the probe.
    private const int ProbeDue = 3;

    private readonly int _threshold;
    private readonly TimeSpan _breakDuration;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly ICentralTelemetry _telemetry;
    private readonly ITimer _breakTimer;

    private int _state = Closed;
    private int _failures;
    private long _openedAt;
    private int _opens;
    private int _retryAfterSeconds;

    /// <summary>Creates a closed breaker.</summary>
    /// <param name="threshold">Consecutive failures that open the breaker, at least 1.</param>
    /// <param name="breakDuration">Time the breaker stays open before a probe, greater than zero.</param>
    /// <param name="timeProvider">Clock for the break duration.</param>
    /// <param name="logger">Logger for state changes; null for none.</param>
    /// <param name="telemetry">Receives state changes; null for none.</param>
    public CircuitBreaker(int threshold, TimeSpan breakDuration, TimeProvider timeProvider, ILogger? logger = null, ICentralTelemetry? telemetry = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threshold, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(breakDuration, TimeSpan.Zero);
        ArgumentNullException.ThrowIfNull(timeProvider);

        _threshold = threshold;
        _breakDuration = breakDuration;
        _timeProvider = timeProvider;
        _logger = logger ?? NullLogger.Instance;
        _telemetry = telemetry ?? NullCentralTelemetry.Instance;
        _breakTimer = timeProvider.CreateTimer(static state => ((CircuitBreaker)state!).OnBreakTimer(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Current state.</summary>
    public CircuitState State
    {
        get
        {
            var state = Volatile.Read(ref _state);
            return state == ProbeDue ? CircuitState.Open : (CircuitState)state;
        }
    }

    /// <summary>Consecutive failures counted while closed.</summary>
    public int ConsecutiveFailures => Volatile.Read(ref _failures);

    /// <summary>Failures that open the breaker.</summary>
    public int Threshold => _threshold;

    /// <summary>Times the breaker has opened (including re-opens after a failed probe) since creation.</summary>
    public int Opens => Volatile.Read(ref _opens);

    /// <summary>Whole seconds until a probe may be admitted while open; zero in the other states.</summary>
    public int RetryInSeconds => Volatile.Read(ref _state) == Open ? SecondsUntilProbe() : 0;

    /// <summary>
    /// Decides whether a call may proceed. Does not throw: a rejection is a returned struct carrying the
    /// seconds until the next probe.
    /// </summary>
    public BreakerAdmission TryAdmit()
    {
        var state = Volatile.Read(ref _state);
        if (state == Closed)
        {
            return BreakerAdmission.Admitted;
        }

        if (state == Open)
        {
            return BreakerAdmission.Rejected(Volatile.Read(ref _retryAfterSeconds));
        }

        if (state == HalfOpen)
        {
            return BreakerAdmission.Rejected(1);
        }

        Debug.Assert(state == ProbeDue, $"Unknown breaker state {state}.");

        // Exactly one caller wins this CAS and becomes the probe; the others see HalfOpen and are rejected.
        if (Interlocked.CompareExchange(ref _state, HalfOpen, ProbeDue) != ProbeDue)
        {
            return BreakerAdmission.Rejected(1);
        }

        Log.HalfOpen(_logger);
        _telemetry.BreakerStateChanged(CircuitState.HalfOpen);
        return BreakerAdmission.Probe;
    }

    /// <summary>Reports a call that reached Central and got a non-failure response (2xx, 3xx or 4xx).</summary>
    public void RecordSuccess(BreakerAdmission admission)
    {
        Debug.Assert(admission.IsAdmitted, "Only admitted calls report outcomes.");
        if (admission.IsProbe)
        {
            Interlocked.Exchange(ref _failures, 0);
            if (Interlocked.CompareExchange(ref _state, Closed, HalfOpen) == HalfOpen)
            {
                Log.Closed(_logger);
                _telemetry.BreakerStateChanged(CircuitState.Closed);
            }
            else
            {
                Debug.Fail("A probe reported while the breaker was not half-open.");
            }

            return;
        }

        // Hot path: no shared write unless a failure streak has to be reset.
        if (Volatile.Read(ref _failures) != 0 && Volatile.Read(ref _state) == Closed)
        {
            Interlocked.Exchange(ref _failures, 0);
        }
    }

    /// <summary>Reports a failure: a 5xx response, a timeout or a connection error.</summary>
    public void RecordFailure(BreakerAdmission admission)
    {
        Debug.Assert(admission.IsAdmitted, "Only admitted calls report outcomes.");
        if (admission.IsProbe)
        {
            Reopen();
            return;
        }

        // Failures of calls admitted before the breaker opened do not extend the break.
        if (Volatile.Read(ref _state) != Closed)
        {
            return;
        }

        var failures = Interlocked.Increment(ref _failures);
        if (failures < _threshold)
        {
            return;
        }

        Volatile.Write(ref _openedAt, _timeProvider.GetTimestamp());
        Volatile.Write(ref _retryAfterSeconds, BreakSeconds);
        if (Interlocked.CompareExchange(ref _state, Open, Closed) == Closed)
        {
            ArmBreakTimer();
            Interlocked.Increment(ref _opens);
            Log.Opened(_logger, failures, (int)_breakDuration.TotalSeconds);
            _telemetry.BreakerStateChanged(CircuitState.Open);
        }
    }

    /// <summary>
    /// Reports an admitted call that ended without an outcome (cancelled by the caller, or stopped before
    /// sending). A probe hands its slot back: the breaker returns to Open with the break already elapsed,
    /// so the next caller becomes the probe.
    /// </summary>
    public void RecordAbandoned(BreakerAdmission admission)
    {
        if (!admission.IsProbe)
        {
            return;
        }

        var previous = Interlocked.CompareExchange(ref _state, ProbeDue, HalfOpen);
        Debug.Assert(previous == HalfOpen, "An abandoned probe found the breaker not half-open.");
    }

    /// <summary>Stops the break timer. A breaker that is open when disposed stays open.</summary>
    public void Dispose()
    {
        _breakTimer.Dispose();
    }

    private int BreakSeconds => (int)Math.Ceiling(_breakDuration.TotalSeconds);

    private void Reopen()
    {
        Volatile.Write(ref _openedAt, _timeProvider.GetTimestamp());
        Volatile.Write(ref _retryAfterSeconds, BreakSeconds);
        if (Interlocked.CompareExchange(ref _state, Open, HalfOpen) != HalfOpen)
        {
            Debug.Fail("A probe failure found the breaker not half-open.");
            return;
        }

        ArmBreakTimer();
        Interlocked.Increment(ref _opens);
        Log.Reopened(_logger, (int)_breakDuration.TotalSeconds);
        _telemetry.BreakerStateChanged(CircuitState.Open);
    }

    private int SecondsUntilProbe()
    {
        var remaining = RemainingBreak();
        return remaining <= TimeSpan.Zero ? 0 : (int)Math.Ceiling(remaining.TotalSeconds);
    }

    private TimeSpan RemainingBreak() => _breakDuration - _timeProvider.GetElapsedTime(Volatile.Read(ref _openedAt));

    // Called after the state became Open. The callback re-arms the timer only while the state is Open, and
    // every opening arms it again, so a tick that races with a re-open cannot leave an open breaker without one.
    private void ArmBreakTimer() => ScheduleNextTick(RemainingBreak());

    private void ScheduleNextTick(TimeSpan remaining)
    {
        // Fire when the whole seconds until the probe next change (39.5 s left: in 0.5 s, when 39 s are left),
        // or at the end of the break.
        var seconds = Math.Ceiling(remaining.TotalSeconds);
        var untilChange = remaining - TimeSpan.FromSeconds(Math.Max(seconds - 1, 0));
        _breakTimer.Change(untilChange > TimeSpan.Zero ? untilChange : TimeSpan.Zero, Timeout.InfiniteTimeSpan);
    }

    private void OnBreakTimer()
    {
        if (Volatile.Read(ref _state) != Open)
        {
            return;
        }

        var remaining = RemainingBreak();
        if (remaining > TimeSpan.Zero)
        {
            Volatile.Write(ref _retryAfterSeconds, (int)Math.Ceiling(remaining.TotalSeconds));
            ScheduleNextTick(remaining);
            return;
        }

        // Only the timer moves Open to ProbeDue, so the Open state's timestamp cannot change under this CAS.
        Volatile.Write(ref _retryAfterSeconds, 1);
        Interlocked.CompareExchange(ref _state, ProbeDue, Open);
    }
}
