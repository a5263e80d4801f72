using System.Diagnostics;
using System.Text.Json.Serialization.Metadata;
using ArubaNoc.Central.Authentication;
using ArubaNoc.Central.Configuration;
using ArubaNoc.Central.Observability;
using ArubaNoc.Central.Resilience;
using Microsoft.Extensions.Logging;

namespace ArubaNoc.Central.Http;

/// <summary>
/// Typed client for the Central REST API. Every call passes the circuit breaker, the rate limiter and
/// the in-flight cap, carries a cached token, and is retried as its <see cref="CentralRequestKind"/> allows.
/// Expected failures are returned as <see cref="CentralError"/>; only caller cancellation throws.
/// Thread-safe; create one per process.
/// </summary>
public sealed partial class CentralClient : IDisposable
{
    private readonly CentralOptions _options;
    private readonly HttpClient _httpClient;
    private readonly HttpMessageInvoker _invoker;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly ICentralTelemetry _telemetry;
    private readonly RetryBackoff _backoff;
    private readonly bool _timesApiCalls;
    private readonly string? _baseUriPrefix;
    private readonly CancellationTokenSource?[] _timeoutSources;

    private long _calls;
    private long _errors;
    private long _retries;
    private long _rateLimited;
    private LastErrorRecord? _lastError;
    private RateLimitHeaders? _lastRateLimit;

    private CentralClient(CentralOptions options, HttpMessageHandler handler, bool ownsHandler, TimeProvider timeProvider, ILoggerFactory loggerFactory, ICentralTelemetry telemetry, Func<double>? jitter)
    {
        _options = options;

        // Timeouts come from per-request TimeProvider cancellation, never from HttpClient's own clock.
        _httpClient = new HttpClient(handler, ownsHandler) { Timeout = Timeout.InfiniteTimeSpan };

        // API calls skip HttpClient's SendAsync: with a cancellable token it links one more
        // CancellationTokenSource per request for its own timeout and CancelPendingRequests, neither of which
        // this client uses. The token request keeps using _httpClient.
        _invoker = new HttpMessageInvoker(handler, disposeHandler: false);
        _timeProvider = timeProvider;
        _logger = loggerFactory.CreateLogger<CentralClient>();
        _telemetry = telemetry;
        _backoff = new RetryBackoff(jitter);
        _timesApiCalls = telemetry is not NullCentralTelemetry;
        _baseUriPrefix = options.BaseUrl?.GetLeftPart(UriPartial.Path).TrimEnd('/');
        _timeoutSources = new CancellationTokenSource?[options.MaxConcurrency];
        Breaker = new CircuitBreaker(options.CircuitBreakerThreshold, options.CircuitBreakerTimeout, timeProvider, loggerFactory.CreateLogger<CircuitBreaker>(), telemetry);
        Limiter = new RateLimiter(options.RateLimitRequests, options.RateLimitWindow, options.MaxConcurrency, timeProvider, loggerFactory.CreateLogger<RateLimiter>(), telemetry);
        Tokens = new TokenCache(options, _httpClient, timeProvider, loggerFactory.CreateLogger<TokenCache>(), telemetry);
    }

    /// <summary>The options this client runs with.</summary>
    public CentralOptions Options => _options;

    /// <summary>The token cache.</summary>
    public TokenCache Tokens { get; }

    /// <summary>The circuit breaker.</summary>
    public CircuitBreaker Breaker { get; }

    /// <summary>The rate limiter and in-flight cap.</summary>
    public RateLimiter Limiter { get; }

    /// <summary>
    /// Creates the client. Without <paramref name="transport"/> it owns one <see cref="HttpClient"/> over a
    /// pooled <see cref="SocketsHttpHandler"/>; with it (the simulator's in-process handler, a test handler)
    /// every request, the token request included, goes to that handler, which the caller keeps owning.
    /// </summary>
    public static CentralClient Create(CentralOptions options, TimeProvider timeProvider, ILoggerFactory loggerFactory, HttpMessageHandler? transport = null, ICentralTelemetry? telemetry = null)
    {
        return Create(options, timeProvider, loggerFactory, transport, telemetry, jitter: null);
    }

    /// <summary>Creates the client with a jitter source returning values in [0, 1), for deterministic tests.</summary>
    internal static CentralClient Create(CentralOptions options, TimeProvider timeProvider, ILoggerFactory loggerFactory, HttpMessageHandler? transport, ICentralTelemetry? telemetry, Func<double>? jitter)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(loggerFactory);

        var handler = transport ?? CreateSocketsHandler(options);
        return new CentralClient(options, handler, ownsHandler: transport is null, timeProvider, loggerFactory, telemetry ?? NullCentralTelemetry.Instance, jitter);
    }

    /// <summary>
    /// Sends <paramref name="request"/> and reads the body with <paramref name="typeInfo"/>. Returns a value or
    /// an error (missing credentials and an open breaker send nothing).
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="InvalidOperationException">A path parameter of the template has no value (a programming error).</exception>
    public async Task<CentralResponse<T>> SendAsync<T>(CentralRequest request, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(typeInfo);
        Interlocked.Increment(ref _calls);

        var configError = CheckConfiguration();
        if (configError is not null)
        {
            return Fail<T>(configError.WithPath(request.PathTemplate), null, 0);
        }

        var uri = BuildUri(request);
        var failureRetries = 0;
        var rateLimitWaits = 0;
        var replayed = false;
        var attempts = 0;
        while (true)
        {
            var admission = Breaker.TryAdmit();
            if (!admission.IsAdmitted)
            {
                var message = $"Central calls are paused after repeated failures; retry in {admission.RetryAfterSeconds} s.";
                return Fail<T>(new CentralError(CentralErrorKind.CircuitOpen, message, retryAfterSeconds: admission.RetryAfterSeconds, pathTemplate: request.PathTemplate), null, attempts);
            }

            Attempt<T> attempt;
            AccessToken token;
            try
            {
                // The slot comes first and the rate token right before sending: a request that took its rate token
                // and then queued for a slot would leave a backlog that reaches Central faster than the rate allows.
                await Limiter.EnterSlotAsync(cancellationToken).ConfigureAwait(false);
                try
                {
                    await Limiter.AcquireAsync(cancellationToken).ConfigureAwait(false);
                    var tokenResult = await Tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
                    if (!tokenResult.IsSuccess)
                    {
                        Breaker.RecordAbandoned(admission);
                        return Fail<T>(tokenResult.Error.WithPath(request.PathTemplate), null, attempts);
                    }

                    token = tokenResult.Token;
                    attempts++;

                    // The HTTP exchange runs inline, because its own async method would cost a second state
                    // machine per request. The helpers it calls complete synchronously.
                    var exchange = StartExchange(request, uri, token, cancellationToken);
                    try
                    {
                        using var response = await _invoker.SendAsync(exchange.Message, exchange.Timeout.Token).ConfigureAwait(false);
                        var (value, error) = await ReadBodyAsync(response, request, token, typeInfo, exchange.Timeout.Token).ConfigureAwait(false);
                        attempt = CompleteAttempt(response, value, error, request, exchange);
                    }
                    catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                    {
                        ReportApiCall(request, "cancelled", exchange);
                        throw;
                    }
                    catch (OperationCanceledException) when (exchange.Timeout.IsCancellationRequested)
                    {
                        attempt = TimeoutAttempt<T>(request, exchange);
                    }
                    catch (Exception exception) when (exception is HttpRequestException or IOException)
                    {
                        attempt = TransportFailureAttempt<T>(request, exception, exchange);
                    }
                    finally
                    {
                        EndExchange(exchange);
                    }
                }
                finally
                {
                    Limiter.ExitSlot();
                }
            }
            catch (Exception)
            {
                // Caller cancellation, or a handler that threw: a probe must hand its slot back either way.
                Breaker.RecordAbandoned(admission);
                throw;
            }

            var decision = Decide(request, ref attempt, admission, token, ref failureRetries, ref rateLimitWaits, ref replayed);
            if (decision.Delay is { } delay)
            {
                Interlocked.Increment(ref _retries);
                if (delay > TimeSpan.Zero)
                {
                    await Task.Delay(delay, _timeProvider, cancellationToken).ConfigureAwait(false);
                }

                continue;
            }

            if (decision.Replay)
            {
                continue;
            }

            if (attempt.Error is not null)
            {
                return Fail<T>(attempt.Error, attempt, attempts);
            }

            return new CentralResponse<T>(attempt.Value, null, attempt.Status, attempt.Deprecation, attempt.Sunset, attempts);
        }
    }

    /// <summary>Takes a health snapshot.</summary>
    public CentralHealth GetHealth()
    {
        var lastError = Volatile.Read(ref _lastError);
        var rateLimit = Volatile.Read(ref _lastRateLimit);
        return new CentralHealth
        {
            CredentialsConfigured = _options.HasCredentials,
            ApiHost = _options.BaseUrl?.Host,
            Token = Tokens.GetStatus(),
            BreakerState = Breaker.State,
            ConsecutiveFailures = Breaker.ConsecutiveFailures,
            BreakerThreshold = Breaker.Threshold,
            BreakerRetryInSeconds = Breaker.RetryInSeconds,
            BreakerOpens = Breaker.Opens,
            LimiterTokensAvailable = Limiter.TokensAvailable,
            LimiterCapacity = Limiter.Capacity,
            LimiterWaiters = Limiter.Waiters,
            InFlight = Limiter.InFlight,
            MaxConcurrency = Limiter.MaxConcurrency,
            CentralRateLimit = rateLimit?.Limit,
            CentralRateLimitRemaining = rateLimit?.Remaining,
            CentralRateLimitReset = rateLimit?.Reset,
            LastError = lastError?.Error,
            LastErrorAt = lastError?.At,
            Calls = Interlocked.Read(ref _calls),
            Errors = Interlocked.Read(ref _errors),
            Retries = Interlocked.Read(ref _retries),
            RateLimited = Interlocked.Read(ref _rateLimited),
        };
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        Tokens.Dispose();
        Breaker.Dispose();
        Limiter.Dispose();
        _invoker.Dispose();
        _httpClient.Dispose();
        for (var i = 0; i < _timeoutSources.Length; i++)
        {
            Interlocked.Exchange(ref _timeoutSources[i], null)?.Dispose();
        }
    }

    private CentralError? CheckConfiguration()
    {
        if (!_options.HasCredentials)
        {
            return new CentralError(
                CentralErrorKind.Config,
                $"Central credentials are missing: set {CentralOptionsLoader.ClientIdVariable} and {CentralOptionsLoader.ClientSecretVariable} " +
                $"(or {CentralOptionsLoader.AccessTokenVariable}), or start with --demo. No request was sent.");
        }

        if (_options.BaseUrl is null)
        {
            return new CentralError(
                CentralErrorKind.Config,
                $"The Central API URL is missing: set {CentralOptionsLoader.RegionVariable} (for example de2) or {CentralOptionsLoader.BaseUrlVariable}. No request was sent.");
        }

        return null;
    }

    private Uri BuildUri(CentralRequest request)
    {
        Debug.Assert(_baseUriPrefix is not null, "Checked by CheckConfiguration.");

        // A URI built by a client with another base address does not start with this prefix followed by the path's '/'.
        var resolved = request.ResolvedUri;
        if (resolved is not null)
        {
            var text = resolved.OriginalString;
            if (text.Length > _baseUriPrefix.Length && text[_baseUriPrefix.Length] == '/' && text.StartsWith(_baseUriPrefix, StringComparison.Ordinal))
            {
                return resolved;
            }
        }

        // Keep the path exactly as encoded: no unescaping of %2E or dot-segment removal by System.Uri.
        var creation = new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true };
        resolved = new Uri(_baseUriPrefix + request.BuildPathAndQuery(), in creation);
        request.ResolvedUri = resolved;
        return resolved;
    }

    private CentralResponse<T> Fail<T>(CentralError error, Attempt<T>? attempt, int attempts)
    {
        Interlocked.Increment(ref _errors);
        Volatile.Write(ref _lastError, new LastErrorRecord(error, _timeProvider.GetUtcNow()));
        Log.CallFailed(_logger, error.PathTemplate ?? "-", error.KindName, error.HttpStatus ?? 0, error.ErrorCode ?? "n/a");
        return new CentralResponse<T>(default, error, attempt?.Status ?? error.HttpStatus, attempt?.Deprecation, attempt?.Sunset, attempts);
    }

    private static SocketsHttpHandler CreateSocketsHandler(CentralOptions options)
    {
        return new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(1),
            ConnectTimeout = options.ApiTimeout,
            AutomaticDecompression = System.Net.DecompressionMethods.All,

            // A redirect would leave the documented API; treat it as a response instead of following it.
            AllowAutoRedirect = false,
        };
    }

    private sealed record LastErrorRecord(CentralError Error, DateTimeOffset At);
}
