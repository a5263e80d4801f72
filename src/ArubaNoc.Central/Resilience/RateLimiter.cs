using System.Diagnostics;
using System.Threading.Channels;
using ArubaNoc.Central.Observability;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ArubaNoc.Central.Resilience;

/// <summary>
/// Client-side rate limiter: a token bucket plus a cap on requests in flight.
/// </summary>
/// <remarks>
/// The bucket contains at most the burst size of tokens, in two places: a counter that an acquire takes from
/// with one CAS, and a bounded channel that hands tokens to waiting callers in FIFO order (a cancelled read
/// consumes nothing). A <see cref="TimeProvider"/> timer adds tokens at <c>requests / window</c> per second,
/// computed from the elapsed time since an anchor so timer jitter never changes the delivered rate. It puts
/// them in the channel while callers wait and in the counter otherwise.
/// <see cref="PauseUntil"/> (after a 429) empties the bucket and stops refills until the given time.
/// The in-flight cap is a second channel holding one item per permitted concurrent request.
/// </remarks>
public sealed partial class RateLimiter : IDisposable
{
    private readonly Channel<byte> _bucket;
    private readonly Channel<byte> _slots;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly ICentralTelemetry _telemetry;
    private readonly ITimer _timer;
    private readonly TimeSpan _refillPeriod;
    private readonly double _tokensPerSecond;

    // Refill bookkeeping, guarded by _refillLock (timer callbacks and pauses only, never the acquire path).
    private readonly Lock _refillLock = new();
    private long _anchorTimestamp;
    private long _grantedSinceAnchor;
    private bool _resumePending;

    private long _pausedUntilTimestamp;
    private int _waiters;

    // Tokens outside the channel. The refill adds to it only while no caller waits (see Refill).
    private int _tokens;

    /// <summary>Creates a limiter whose bucket starts full.</summary>
    /// <param name="requestsPerWindow">Tokens added per <paramref name="window"/>, also the bucket capacity (burst); at least 1.</param>
    /// <param name="window">Length of the rate window, greater than zero.</param>
    /// <param name="maxConcurrency">Requests allowed in flight at once, at least 1.</param>
    /// <param name="timeProvider">Clock and timer source.</param>
    /// <param name="logger">Logger for pauses; null for none.</param>
    /// <param name="telemetry">Receives wait times; null for none.</param>
    public RateLimiter(int requestsPerWindow, TimeSpan window, int maxConcurrency, TimeProvider timeProvider, ILogger? logger = null, ICentralTelemetry? telemetry = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(requestsPerWindow, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(window, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxConcurrency, 1);
        ArgumentNullException.ThrowIfNull(timeProvider);

        _timeProvider = timeProvider;
        _logger = logger ?? NullLogger.Instance;
        _telemetry = telemetry ?? NullCentralTelemetry.Instance;
        Capacity = requestsPerWindow;
        MaxConcurrency = maxConcurrency;
        _tokensPerSecond = requestsPerWindow / window.TotalSeconds;

        // The refill timer hands tokens to waiters inline: a waiter resumes on the timer's thread-pool thread,
        // and under a fake clock it resumes inside Advance, which keeps tests deterministic. Slots do not,
        // because a slot is returned from a finished request and must not run the next one on its stack.
        _bucket = CreateChannel(requestsPerWindow, allowSynchronousContinuations: true);
        _tokens = requestsPerWindow;
        _slots = CreateChannel(maxConcurrency, allowSynchronousContinuations: false);
        for (var i = 0; i < maxConcurrency; i++)
        {
            _slots.Writer.TryWrite(0);
        }


        // One tick per token interval, but no more than 100 ticks per second; each tick adds what is due.
        _refillPeriod = TimeSpan.FromTicks(Math.Max(window.Ticks / requestsPerWindow, TimeSpan.TicksPerMillisecond * 10));
        _anchorTimestamp = timeProvider.GetTimestamp();
        _timer = timeProvider.CreateTimer(static state => ((RateLimiter)state!).Refill(), this, _refillPeriod, _refillPeriod);
    }

    /// <summary>Bucket capacity (burst size).</summary>
    public int Capacity { get; }

    /// <summary>Cap on requests in flight.</summary>
    public int MaxConcurrency { get; }

    /// <summary>Tokens in the bucket now.</summary>
    public int TokensAvailable => Volatile.Read(ref _tokens) + _bucket.Reader.Count;

    /// <summary>Callers waiting for a token now.</summary>
    public int Waiters => Volatile.Read(ref _waiters);

    /// <summary>Requests holding an in-flight slot now.</summary>
    public int InFlight => MaxConcurrency - _slots.Reader.Count;

    /// <summary>True while refills are paused after a 429.</summary>
    public bool IsPaused => _timeProvider.GetTimestamp() < Volatile.Read(ref _pausedUntilTimestamp);

    /// <summary>
    /// Takes one token, waiting in FIFO order when the bucket is empty. Completes synchronously and
    /// allocates nothing when a token is available.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled; no token was taken.</exception>
    public ValueTask AcquireAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (TryTakeToken() || _bucket.Reader.TryRead(out _))
        {
            return ValueTask.CompletedTask;
        }

        return WaitForTokenAsync(cancellationToken);
    }

    /// <summary>
    /// Takes one in-flight slot, waiting in FIFO order when all are taken. Every successful call must be
    /// paired with one <see cref="ExitSlot"/>, on every path.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled; no slot was taken.</exception>
    public ValueTask EnterSlotAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (_slots.Reader.TryRead(out _))
        {
            return ValueTask.CompletedTask;
        }

        return WaitForSlotAsync(cancellationToken);
    }

    /// <summary>Returns an in-flight slot taken by <see cref="EnterSlotAsync"/>.</summary>
    public void ExitSlot()
    {
        var returned = _slots.Writer.TryWrite(0);
        Debug.Assert(returned, "More slots returned than taken.");
    }

    /// <summary>
    /// Empties the bucket and stops refills until <paramref name="resumeAt"/>, so every caller waits until
    /// then; a later pause extends an earlier one, an earlier one never shortens it. At the resume time one
    /// token is added and refills continue at the configured rate.
    /// </summary>
    public void PauseUntil(DateTimeOffset resumeAt)
    {
        var delay = resumeAt - _timeProvider.GetUtcNow();
        if (delay <= TimeSpan.Zero)
        {
            return;
        }

        var resumeTimestamp = _timeProvider.GetTimestamp() + TimestampMath.ToTimestampTicks(delay, _timeProvider);
        var extended = false;
        lock (_refillLock)
        {
            if (resumeTimestamp > _pausedUntilTimestamp)
            {
                Volatile.Write(ref _pausedUntilTimestamp, resumeTimestamp);
                _resumePending = true;
                extended = true;
            }

            Interlocked.Exchange(ref _tokens, 0);
            while (_bucket.Reader.TryRead(out _))
            {
            }
        }

        if (!extended)
        {
            return;
        }

        // Fire at the resume time, then tick as usual.
        _timer.Change(delay, _refillPeriod);
        Log.Paused(_logger, delay.TotalSeconds);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _timer.Dispose();
    }

    private async ValueTask WaitForTokenAsync(CancellationToken cancellationToken)
    {
        var started = _timeProvider.GetTimestamp();
        Interlocked.Increment(ref _waiters);
        try
        {
            // A refill that saw no waiter may have added to the counter after this caller's first look.
            // Either this check finds that token, or the refill reads this waiter in _waiters (both sides use full fences).
            if (!TryTakeToken())
            {
                await _bucket.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            Interlocked.Decrement(ref _waiters);
        }

        _telemetry.LimiterWaited(_timeProvider.GetElapsedTime(started));
    }

    private async ValueTask WaitForSlotAsync(CancellationToken cancellationToken)
    {
        await _slots.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
    }

    private void Refill()
    {
        long due;
        lock (_refillLock)
        {
            var now = _timeProvider.GetTimestamp();
            if (now < _pausedUntilTimestamp)
            {
                return;
            }

            if (_resumePending)
            {
                // Count from the resume time; -1 grants one token at once so the first waiter goes first.
                _anchorTimestamp = _pausedUntilTimestamp;
                _grantedSinceAnchor = -1;
                _resumePending = false;
                Log.Resumed(_logger);
            }

            var elapsedSeconds = (now - _anchorTimestamp) / (double)_timeProvider.TimestampFrequency;
            due = Math.Max((long)Math.Floor(elapsedSeconds * _tokensPerSecond) - _grantedSinceAnchor, 0);
            _grantedSinceAnchor += due;
        }

        // Written after the lock is released, because each write may resume a waiter on this thread.
        // A full bucket drops the surplus: that is the burst limit.
        for (var i = 0; i < due; i++)
        {
            var added = Volatile.Read(ref _waiters) > 0 ? _bucket.Writer.TryWrite(0) : TryAddToken();
            if (!added)
            {
                break;
            }
        }

        HandCountedTokensToWaiters();
    }

    private bool TryTakeToken()
    {
        var tokens = Volatile.Read(ref _tokens);
        while (tokens > 0)
        {
            var seen = Interlocked.CompareExchange(ref _tokens, tokens - 1, tokens);
            if (seen == tokens)
            {
                return true;
            }

            tokens = seen;
        }

        return false;
    }

    private bool TryAddToken()
    {
        var tokens = Volatile.Read(ref _tokens);
        while (tokens + _bucket.Reader.Count < Capacity)
        {
            var seen = Interlocked.CompareExchange(ref _tokens, tokens + 1, tokens);
            if (seen == tokens)
            {
                return true;
            }

            tokens = seen;
        }

        return false;
    }

    // A caller may have started waiting after the refill checked for waiters and before it added to the counter.
    // Moving counted tokens to the channel while anyone waits keeps such a token from sitting unused.
    private void HandCountedTokensToWaiters()
    {
        while (Volatile.Read(ref _waiters) > 0 && TryTakeToken())
        {
            if (!_bucket.Writer.TryWrite(0))
            {
                Interlocked.Increment(ref _tokens);
                return;
            }
        }
    }

    private static Channel<byte> CreateChannel(int capacity, bool allowSynchronousContinuations)
    {
        return Channel.CreateBounded<byte>(new BoundedChannelOptions(capacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = false,
            SingleWriter = false,
            AllowSynchronousContinuations = allowSynchronousContinuations,
        });
    }
}
