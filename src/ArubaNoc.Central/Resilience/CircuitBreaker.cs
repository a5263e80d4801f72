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
/// Open also observes its timestamp. Transitions: Closed→Open (threshold reached), Open→HalfOpen (one CAS winner
/// after the break), HalfOpen→Closed (probe success), HalfOpen→Open (probe failure or abandoned probe).
/// </remarks>
public sealed partial class CircuitBreaker
{
    private const int Closed = (int)CircuitState.Closed;
    private const int Open = (int)CircuitState.Open;
    private const int HalfOpen = (int)CircuitState.HalfOpen;

    private readonly int _threshold;
    private readonly TimeSpan _breakDuration;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly ICentralTelemetry _telemetry;

    private int _state = Closed;
    private int _failures;
    private long _openedAt;
    private int _opens;

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
    }

    /// <summary>Current state.</summary>
    public CircuitState State => (CircuitState)Volatile.Read(ref _state);

    /// <summary>Consecutive failures counted while closed.</summary>
    public int ConsecutiveFailures => Volatile.Read(ref _failures);

    /// <summary>Failures that open the breaker.</summary>
    public int Threshold => _threshold;

    /// <summary>Times the breaker has opened (including re-opens after a failed probe) since creation.</summary>
    public int Opens => Volatile.Read(ref _opens);

    /// <summary>Whole seconds until a probe may be admitted while open; zero in the other states.</summary>
    public int RetryInSeconds => State == CircuitState.Open ? SecondsUntilProbe() : 0;

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

        if (state == HalfOpen)
        {
            return BreakerAdmission.Rejected(1);
        }

        Debug.Assert(state == Open, $"Unknown breaker state {state}.");
        var remaining = SecondsUntilProbe();
        if (remaining > 0)
        {
            return BreakerAdmission.Rejected(remaining);
        }

        // Exactly one caller wins this CAS and becomes the probe; the others see HalfOpen and are rejected.
        if (Interlocked.CompareExchange(ref _state, HalfOpen, Open) != Open)
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
        if (Interlocked.CompareExchange(ref _state, Open, Closed) == Closed)
        {
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

        Volatile.Write(ref _openedAt, _timeProvider.GetTimestamp() - TimestampMath.ToTimestampTicks(_breakDuration, _timeProvider));
        var previous = Interlocked.CompareExchange(ref _state, Open, HalfOpen);
        Debug.Assert(previous == HalfOpen, "An abandoned probe found the breaker not half-open.");
    }

    private void Reopen()
    {
        Volatile.Write(ref _openedAt, _timeProvider.GetTimestamp());
        if (Interlocked.CompareExchange(ref _state, Open, HalfOpen) != HalfOpen)
        {
            Debug.Fail("A probe failure found the breaker not half-open.");
            return;
        }

        Interlocked.Increment(ref _opens);
        Log.Reopened(_logger, (int)_breakDuration.TotalSeconds);
        _telemetry.BreakerStateChanged(CircuitState.Open);
    }

    private int SecondsUntilProbe()
    {
        var elapsed = _timeProvider.GetElapsedTime(Volatile.Read(ref _openedAt));
        var remaining = _breakDuration - elapsed;
        return remaining <= TimeSpan.Zero ? 0 : (int)Math.Ceiling(remaining.TotalSeconds);
    }
}
