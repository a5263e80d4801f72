using System.Diagnostics;
using ArubaNoc.Central.Configuration;
using ArubaNoc.Central.Http;
using ArubaNoc.Central.Observability;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ArubaNoc.Central.Authentication;

/// <summary>
/// Holds the Central access token and fetches new ones with the OAuth2 client-credentials grant.
/// </summary>
/// <remarks>
/// Reads are lock-free: the current token is an <see cref="AccessToken"/> published with <see cref="Volatile"/>.
/// At most one token request is in flight: the caller that wins a CAS on <see cref="_refresh"/> starts it,
/// every other caller awaits the same task. A finished token request publishes the new token before it
/// clears the task. A caller that finds no task in flight re-reads the token after winning the CAS, so it
/// observes the token of any refresh that just finished and sends no duplicate request.
/// <para>
/// A valid-token read does not read the clock: it reads the token and its phase. Two
/// <see cref="TimeProvider"/> timers move the phase. At <see cref="CentralOptions.TokenRefreshBuffer"/> before
/// expiry the refresh timer marks the token due for refresh and starts one background refresh, and callers
/// keep getting the current token meanwhile. At expiry the expiry timer marks it expired, and callers wait
/// for a new one. Every path that finds a token not fresh checks the clock as well.
/// </para>
/// <para>
/// A timer can fire late, for example after the machine was suspended (on Linux the timestamps and the
/// timers use a monotonic clock that stops during suspend) or when the thread pool is starved. Until it fires,
/// callers keep getting the token, possibly after it expired at the token endpoint. This cache accepts that:
/// Central then responds with 401 (or 400 <c>HPE_GL_IAM_EXPIRED_TOKEN</c>), the client calls <see cref="Invalidate"/>
/// and replays the request once with a new token. Each timer callback compares the clock with the token's
/// times and re-arms itself when it fires early, so a token is never marked before its time.
/// </para>
/// A failed background refresh keeps the current token until it expires and is retried after
/// <see cref="BackgroundRetryDelay"/>.
/// </remarks>
public sealed partial class TokenCache : IDisposable
{
    /// <summary>Delay before another background refresh after a failed one.</summary>
    public static readonly TimeSpan BackgroundRetryDelay = TimeSpan.FromSeconds(10);

    /// <summary>After the token endpoint rejected the credentials, calls fail at once for this long without a request.</summary>
    public static readonly TimeSpan RejectionHoldTime = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan MaxTimerDelay = TimeSpan.FromDays(30);

    private readonly CentralOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly ICentralTelemetry _telemetry;
    private readonly Func<CancellationToken, Task<TokenFetchResult>> _fetch;
    private readonly ITimer _refreshTimer;
    private readonly ITimer _expiryTimer;
    private readonly CancellationTokenSource _disposed = new();

    private AccessToken? _current;
    private Task<TokenResult>? _refresh;
    private long _generation;
    private long _nextBackgroundAttemptTimestamp;
    private CentralError? _rejection;
    private long _rejectedUntilTimestamp;
    private int _refreshCount;
    private string? _lastRefreshError;

    /// <summary>Creates a cache that fetches tokens through <paramref name="httpClient"/>.</summary>
    public TokenCache(CentralOptions options, HttpClient httpClient, TimeProvider timeProvider, ILogger? logger = null, ICentralTelemetry? telemetry = null)
        : this(options, CreateFetch(httpClient, options, timeProvider), timeProvider, logger, telemetry)
    {
    }

    /// <summary>Creates a cache that gets tokens from <paramref name="fetch"/> (benchmarks stub the token request with it).</summary>
    internal TokenCache(CentralOptions options, Func<CancellationToken, Task<TokenFetchResult>> fetch, TimeProvider timeProvider, ILogger? logger = null, ICentralTelemetry? telemetry = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(fetch);
        ArgumentNullException.ThrowIfNull(timeProvider);

        _options = options;
        _timeProvider = timeProvider;
        _logger = logger ?? NullLogger.Instance;
        _telemetry = telemetry ?? NullCentralTelemetry.Instance;
        _fetch = fetch;
        _refreshTimer = timeProvider.CreateTimer(static state => ((TokenCache)state!).OnRefreshTimer(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _expiryTimer = timeProvider.CreateTimer(static state => ((TokenCache)state!).OnExpiryTimer(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);

        if (options.AccessToken is not null && !options.HasClientCredentials)
        {
            // A static token is used only without client credentials. Its lifetime is unknown, so it is used
            // until Central rejects it.
            _current = new AccessToken(options.AccessToken, ++_generation, timeProvider.GetUtcNow(), null, long.MaxValue, long.MaxValue);
        }
    }

    /// <summary>True when new tokens can be fetched (client id and secret are configured).</summary>
    public bool CanRefresh => _options.HasClientCredentials;

    /// <summary>
    /// Returns a token that has not expired. Completes synchronously without allocating or reading the
    /// clock while the refresh timer has not fired for the cached token. Failures are results; only
    /// cancellation of <paramref name="cancellationToken"/> throws, and it never cancels the shared token request.
    /// </summary>
    public ValueTask<TokenResult> GetTokenAsync(CancellationToken cancellationToken)
    {
        var token = Volatile.Read(ref _current);
        if (token is not null && token.IsFresh)
        {
            return new ValueTask<TokenResult>(TokenResult.Success(token));
        }

        return GetTokenSlowAsync(token, cancellationToken);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _refreshTimer.Dispose();
        _expiryTimer.Dispose();
        _disposed.Cancel();
        _disposed.Dispose();
    }

    private static Func<CancellationToken, Task<TokenFetchResult>> CreateFetch(HttpClient httpClient, CentralOptions options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        return new TokenEndpointClient(httpClient, options, timeProvider).FetchAsync;
    }

    // The token is due for refresh, expired or missing.
    private ValueTask<TokenResult> GetTokenSlowAsync(AccessToken? token, CancellationToken cancellationToken)
    {
        if (token is not null && !token.IsMarkedExpired)
        {
            var now = _timeProvider.GetTimestamp();
            if (now < token.ExpiresAtTimestamp)
            {
                StartBackgroundRefresh(now);
                return new ValueTask<TokenResult>(TokenResult.Success(token));
            }

            // The expiry timer is late: mark the token here, so the other slow-path callers skip the clock check.
            token.MarkExpired();
        }

        if (!CanRefresh)
        {
            return new ValueTask<TokenResult>(TokenResult.Failure(MissingCredentialsError()));
        }

        var refresh = JoinOrStartRefresh(background: false);
        if (refresh.IsCompleted || !cancellationToken.CanBeCanceled)
        {
            return new ValueTask<TokenResult>(refresh);
        }

        return new ValueTask<TokenResult>(refresh.WaitAsync(cancellationToken));
    }

    /// <summary>
    /// Drops <paramref name="rejected"/> after Central returned 401 (or 400 <c>HPE_GL_IAM_EXPIRED_TOKEN</c>)
    /// to a request that carried it, so the next <see cref="GetTokenAsync"/> fetches a new token. Does
    /// nothing when the cache already contains another token (compare before invalidate) or cannot refresh.
    /// Returns true when this call dropped the token.
    /// </summary>
    public bool Invalidate(AccessToken rejected, int httpStatus)
    {
        ArgumentNullException.ThrowIfNull(rejected);
        if (!CanRefresh)
        {
            return false;
        }

        if (Interlocked.CompareExchange(ref _current, null, rejected) != rejected)
        {
            return false;
        }

        Log.TokenRejected(_logger, httpStatus, rejected.Generation);
        return true;
    }

    private void StartBackgroundRefresh(long now)
    {
        if (now < Volatile.Read(ref _nextBackgroundAttemptTimestamp) || Volatile.Read(ref _refresh) is not null || !CanRefresh)
        {
            return;
        }

        _ = JoinOrStartRefresh(background: true);
    }

    private Task<TokenResult> JoinOrStartRefresh(bool background)
    {
        var inFlight = Volatile.Read(ref _refresh);
        if (inFlight is not null)
        {
            _telemetry.TokenRefreshAvoided();
            return inFlight;
        }

        var completion = new TaskCompletionSource<TokenResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        inFlight = Interlocked.CompareExchange(ref _refresh, completion.Task, null);
        if (inFlight is not null)
        {
            _telemetry.TokenRefreshAvoided();
            return inFlight;
        }

        // This caller owns the refresh. Another refresh may have finished between the first read of the token
        // and the CAS above. When the token it published is fresh enough for this caller, no request is needed:
        // a background refresh needs a token that is not yet due, a waiting caller one that has not expired.
        var current = Volatile.Read(ref _current);
        var now = _timeProvider.GetTimestamp();
        if (current is not null && (background ? current.IsFresh : !current.IsMarkedExpired && now < current.ExpiresAtTimestamp))
        {
            Volatile.Write(ref _refresh, null);
            completion.SetResult(TokenResult.Success(current));
            _telemetry.TokenRefreshAvoided();
            return completion.Task;
        }

        var rejection = Volatile.Read(ref _rejection);
        if (rejection is not null && now < Volatile.Read(ref _rejectedUntilTimestamp))
        {
            Volatile.Write(ref _refresh, null);
            completion.SetResult(TokenResult.Failure(rejection));
            return completion.Task;
        }

        _ = RefreshAsync(completion, background);
        return completion.Task;
    }

    private async Task RefreshAsync(TaskCompletionSource<TokenResult> completion, bool background)
    {
        var obtainedAt = _timeProvider.GetUtcNow();
        var started = _timeProvider.GetTimestamp();
        TokenFetchResult fetched;
        try
        {
            fetched = await _fetch(_disposed.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            fetched = TokenFetchResult.Failed(new CentralError(CentralErrorKind.Transport, "The token request was stopped because the client is shutting down."), "failed");
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Handlers may throw anything; the shared task must still complete so no caller hangs.
            Log.TokenRequestCrashed(_logger, exception.GetType().Name);
            fetched = TokenFetchResult.Failed(new CentralError(CentralErrorKind.Transport, "The token request failed unexpectedly."), "failed");
        }

        var result = fetched.Value is not null
            ? TokenResult.Success(Publish(fetched.Value, fetched.Lifetime, obtainedAt, started, background))
            : TokenResult.Failure(RecordFailure(fetched, background));

        // Clear the in-flight task only after the new token is visible (see the class remarks).
        Volatile.Write(ref _refresh, null);
        completion.SetResult(result);
    }

    private AccessToken Publish(string value, TimeSpan lifetime, DateTimeOffset obtainedAt, long started, bool background)
    {
        // Never refresh earlier than half-way through the lifetime, whatever the configured buffer.
        var buffer = _options.TokenRefreshBuffer < lifetime / 2 ? _options.TokenRefreshBuffer : lifetime / 2;
        var expiresAt = started + Resilience.TimestampMath.ToTimestampTicks(lifetime, _timeProvider);
        var refreshAt = started + Resilience.TimestampMath.ToTimestampTicks(lifetime - buffer, _timeProvider);
        var token = new AccessToken(value, Interlocked.Increment(ref _generation), obtainedAt, obtainedAt + lifetime, refreshAt, expiresAt);

        Volatile.Write(ref _current, token);
        Volatile.Write(ref _rejection, null);
        Volatile.Write(ref _lastRefreshError, null);
        Interlocked.Increment(ref _refreshCount);

        var now = _timeProvider.GetTimestamp();
        ArmAt(_refreshTimer, now, refreshAt);
        ArmAt(_expiryTimer, now, expiresAt);

        Log.TokenRefreshed(_logger, (long)lifetime.TotalSeconds, background, token.Generation);
        _telemetry.TokenRefreshCompleted("success", background);
        return token;
    }

    private CentralError RecordFailure(TokenFetchResult fetched, bool background)
    {
        Debug.Assert(fetched.Error is not null, "A failed fetch carries an error.");
        var error = fetched.Error!;
        Volatile.Write(ref _lastRefreshError, error.ErrorCode ?? fetched.Outcome);
        _telemetry.TokenRefreshCompleted(fetched.IsRejection ? "rejected" : "failed", background);

        var now = _timeProvider.GetTimestamp();
        if (fetched.IsRejection)
        {
            Volatile.Write(ref _rejectedUntilTimestamp, now + Resilience.TimestampMath.ToTimestampTicks(RejectionHoldTime, _timeProvider));
            Volatile.Write(ref _rejection, error);
            Log.CredentialsRejected(_logger, error.ErrorCode ?? $"HTTP {error.HttpStatus}");
            return error;
        }

        var current = Volatile.Read(ref _current);
        if (background && current is not null && now < current.ExpiresAtTimestamp)
        {
            Volatile.Write(ref _nextBackgroundAttemptTimestamp, now + Resilience.TimestampMath.ToTimestampTicks(BackgroundRetryDelay, _timeProvider));
            _refreshTimer.Change(BackgroundRetryDelay, Timeout.InfiniteTimeSpan);
            var remaining = _timeProvider.GetElapsedTime(now, current.ExpiresAtTimestamp);
            Log.BackgroundRefreshFailed(_logger, fetched.Outcome, (long)remaining.TotalSeconds);
            return error;
        }

        Log.TokenRequestFailed(_logger, fetched.Outcome, error.HttpStatus ?? 0);
        return error;
    }

    private void OnRefreshTimer()
    {
        var token = Volatile.Read(ref _current);
        if (token is null || token.IsMarkedExpired)
        {
            return;
        }

        var now = _timeProvider.GetTimestamp();
        if (now >= token.ExpiresAtTimestamp)
        {
            // Fired after the expiry (a late timer): waiting callers refresh, nothing runs in the background.
            token.MarkExpired();
            return;
        }

        if (now < token.RefreshAtTimestamp)
        {
            ArmAt(_refreshTimer, now, token.RefreshAtTimestamp);
            return;
        }

        // Mark before starting, so the refresh's own check finds that the token is no longer fresh.
        token.MarkRefreshDue();
        StartBackgroundRefresh(now);
    }

    private void OnExpiryTimer()
    {
        var token = Volatile.Read(ref _current);
        if (token is null)
        {
            return;
        }

        var now = _timeProvider.GetTimestamp();
        if (now >= token.ExpiresAtTimestamp)
        {
            token.MarkExpired();
        }
        else
        {
            // Early, or a token published since this timer was armed: wait for the current token's expiry.
            ArmAt(_expiryTimer, now, token.ExpiresAtTimestamp);
        }
    }

    private void ArmAt(ITimer timer, long now, long dueTimestamp)
    {
        // Timers reject delays above about 49 days, and expires_in may be larger. A capped timer fires early,
        // finds the due time not reached and arms itself again.
        var delay = _timeProvider.GetElapsedTime(now, dueTimestamp);
        delay = delay > MaxTimerDelay ? MaxTimerDelay : delay;
        timer.Change(delay > TimeSpan.Zero ? delay : TimeSpan.Zero, Timeout.InfiniteTimeSpan);
    }
}
