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
/// Reads are lock-free: the current token is an immutable <see cref="AccessToken"/> published with
/// <see cref="Volatile"/>. At most one token request is in flight: the caller that wins a CAS on
/// <see cref="_refresh"/> starts it, every other caller awaits the same task. A finished token request
/// publishes the new token before it clears the task. A caller that finds no task in flight re-reads the
/// token after winning the CAS, so it observes the token of any refresh that just finished and sends no
/// duplicate request.
/// Inside the refresh window (<see cref="CentralOptions.TokenRefreshBuffer"/> before expiry) callers get the
/// current token at once while one background refresh runs; a timer also starts it when no call comes.
/// A failed background refresh keeps the current token until it expires and is retried after
/// <see cref="BackgroundRetryDelay"/>.
/// </remarks>
public sealed partial class TokenCache : IDisposable
{
    /// <summary>Delay before another background refresh after a failed one.</summary>
    public static readonly TimeSpan BackgroundRetryDelay = TimeSpan.FromSeconds(10);

    /// <summary>After the token endpoint rejected the credentials, calls fail at once for this long without a request.</summary>
    public static readonly TimeSpan RejectionHoldTime = TimeSpan.FromSeconds(30);

    private readonly CentralOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly ICentralTelemetry _telemetry;
    private readonly TokenEndpointClient _endpoint;
    private readonly ITimer _refreshTimer;
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
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(timeProvider);

        _options = options;
        _timeProvider = timeProvider;
        _logger = logger ?? NullLogger.Instance;
        _telemetry = telemetry ?? NullCentralTelemetry.Instance;
        _endpoint = new TokenEndpointClient(httpClient, options, timeProvider);
        _refreshTimer = timeProvider.CreateTimer(static state => ((TokenCache)state!).OnRefreshTimer(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);

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
    /// Returns a token that has not expired. Completes synchronously without allocating when the cached
    /// token is outside the refresh window. Failures are results; only cancellation of
    /// <paramref name="cancellationToken"/> throws, and it never cancels the shared token request.
    /// </summary>
    public ValueTask<TokenResult> GetTokenAsync(CancellationToken cancellationToken)
    {
        var token = Volatile.Read(ref _current);
        if (token is not null)
        {
            var now = _timeProvider.GetTimestamp();
            if (now < token.RefreshAtTimestamp)
            {
                return new ValueTask<TokenResult>(TokenResult.Success(token));
            }

            if (now < token.ExpiresAtTimestamp)
            {
                StartBackgroundRefresh(now);
                return new ValueTask<TokenResult>(TokenResult.Success(token));
            }
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

    /// <inheritdoc/>
    public void Dispose()
    {
        _refreshTimer.Dispose();
        _disposed.Cancel();
        _disposed.Dispose();
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
        // and the CAS above. When the token it published is fresh enough for this caller, no request is needed.
        var current = Volatile.Read(ref _current);
        var now = _timeProvider.GetTimestamp();
        if (current is not null && now < (background ? current.RefreshAtTimestamp : current.ExpiresAtTimestamp))
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
            fetched = await _endpoint.FetchAsync(_disposed.Token).ConfigureAwait(false);
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

        var untilRefresh = _timeProvider.GetElapsedTime(_timeProvider.GetTimestamp(), refreshAt);
        _refreshTimer.Change(untilRefresh > TimeSpan.Zero ? untilRefresh : TimeSpan.Zero, Timeout.InfiniteTimeSpan);

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
        var now = _timeProvider.GetTimestamp();
        if (token is not null && now >= token.RefreshAtTimestamp && now < token.ExpiresAtTimestamp)
        {
            StartBackgroundRefresh(now);
        }
    }
}
