using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ArubaNoc.Central.Authentication;
using ArubaNoc.Central.Resilience;

namespace ArubaNoc.Central.Http;

public sealed partial class CentralClient
{
    /// <summary>Central's <c>errorCode</c> when it rejects an expired token with 400 instead of 401.</summary>
    internal const string ExpiredTokenErrorCode = "HPE_GL_IAM_EXPIRED_TOKEN";

    /// <summary>Bytes of an error body read at most; the rest is not needed for the message.</summary>
    private const int MaxErrorBodyBytes = 64 * 1024;

    private static readonly MediaTypeWithQualityHeaderValue AcceptJson = new("application/json");

    private enum TransportOutcome
    {
        Response,
        Timeout,
        Failed,
    }

    private Exchange StartExchange(CentralRequest request, Uri uri, AccessToken token, CancellationToken cancellationToken)
    {
        var message = new HttpRequestMessage(request.Method, uri);
        message.Headers.Authorization = token.AuthorizationHeader;
        message.Headers.Accept.Add(AcceptJson);
        if (request.JsonBody is not null || request.Method == HttpMethod.Post)
        {
            message.Content = new ReadOnlyMemoryContent(request.JsonBody ?? ReadOnlyMemory<byte>.Empty);
            message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        var timeoutLength = request.Timeout ?? _options.ApiTimeout;
        var timeout = RentTimeoutSource();
        timeout.CancelAfter(timeoutLength);

        // The caller's cancellation cancels the timeout source too, so one token covers both without a linked source.
        var callerLink = cancellationToken.CanBeCanceled
            ? cancellationToken.UnsafeRegister(static source => ((CancellationTokenSource)source!).Cancel(), timeout)
            : default;
        if (_logger.IsEnabled(Microsoft.Extensions.Logging.LogLevel.Trace))
        {
            var loggedPath = LogSanitizer.Sanitize(uri.PathAndQuery);
            Log.Sending(_logger, request.Method.Method, loggedPath);
        }

        var started = _timesApiCalls ? _timeProvider.GetTimestamp() : 0;
        return new Exchange(message, timeout, callerLink, timeoutLength, started);
    }

    private void EndExchange(Exchange exchange)
    {
        // Unregistering waits for a caller cancellation that is running, so none reaches a reused source.
        exchange.CallerLink.Dispose();
        ReturnTimeoutSource(exchange.Timeout);
        exchange.Message.Dispose();
    }

    // Reads the value of a success response, or maps an error response. Returns the value or the error.
    private async ValueTask<(T? Value, CentralError? Error)> ReadBodyAsync<T>(HttpResponseMessage response, CentralRequest request, AccessToken token, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        if (response.IsSuccessStatusCode)
        {
            return await ReadValueAsync(response, status, request.PathTemplate, typeInfo, cancellationToken).ConfigureAwait(false);
        }

        var errorBody = await ReadLimitedAsync(response.Content, cancellationToken).ConfigureAwait(false);
        var retryAfter = status == 429 ? SecondsUntil(RateLimitHeaders.Read(response.Headers, _timeProvider)?.ResumeAt) : null;
        return (default, ErrorMapper.FromResponse(status, errorBody, request.PathTemplate, retryAfter, token.Value));
    }

    private Attempt<T> CompleteAttempt<T>(HttpResponseMessage response, T? value, CentralError? error, CentralRequest request, Exchange exchange)
    {
        var status = (int)response.StatusCode;
        ReportApiCall(request, StatusClass(status), exchange);
        return new Attempt<T>
        {
            Outcome = TransportOutcome.Response,
            Status = status,
            Value = value,
            Error = error,
            RateLimit = RateLimitHeaders.Read(response.Headers, _timeProvider),
            Deprecation = FirstHeader(response, "Deprecation"),
            Sunset = FirstHeader(response, "Sunset"),
        };
    }

    private Attempt<T> TimeoutAttempt<T>(CentralRequest request, Exchange exchange)
    {
        ReportApiCall(request, "timeout", exchange);
        var seconds = exchange.TimeoutLength.TotalSeconds.ToString(CultureInfo.InvariantCulture);
        var note = request.Kind == CentralRequestKind.DeviceAction ? " The test may still have started on the device." : string.Empty;
        var error = new CentralError(CentralErrorKind.Transport, $"Could not reach Central: the request timed out after {seconds} s.{note}", pathTemplate: request.PathTemplate);
        return new Attempt<T> { Outcome = TransportOutcome.Timeout, Error = error };
    }

    private Attempt<T> TransportFailureAttempt<T>(CentralRequest request, Exception exception, Exchange exchange)
    {
        ReportApiCall(request, "transport", exchange);
        var message = exception is HttpRequestException httpFailure
            ? $"Could not reach Central: {TransportFailure.Describe(httpFailure)}."
            : "Could not reach Central: the connection closed before the response was complete.";
        var error = new CentralError(CentralErrorKind.Transport, message, pathTemplate: request.PathTemplate);
        return new Attempt<T> { Outcome = TransportOutcome.Failed, Error = error };
    }

    private void ReportApiCall(CentralRequest request, string outcome, Exchange exchange)
    {
        if (_timesApiCalls)
        {
            _telemetry.ApiCallCompleted(request.PathTemplate, request.Method.Method, outcome, _timeProvider.GetElapsedTime(exchange.Started));
        }
    }

    // Completes synchronously, without allocating a task, when the body has already arrived with the headers.
    // Returns the value, or the error for an empty or malformed body.
    private static async ValueTask<(T? Value, CentralError? Error)> ReadValueAsync<T>(HttpResponseMessage response, int status, string pathTemplate, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        try
        {
            T? value;
            var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                value = await JsonSerializer.DeserializeAsync(stream, typeInfo, cancellationToken).ConfigureAwait(false);
            }

            return value is null
                ? (default, new CentralError(CentralErrorKind.InvalidResponse, $"Central returned HTTP {status} with an empty JSON body.", status, pathTemplate: pathTemplate))
                : (value, null);
        }
        catch (JsonException exception)
        {
            var where = exception.Path is null ? string.Empty : $" at {exception.Path}";
            return (default, new CentralError(CentralErrorKind.InvalidResponse, $"Central returned HTTP {status} with a body that is not the expected JSON{where}.", status, pathTemplate: pathTemplate));
        }
    }

    private static async Task<byte[]> ReadLimitedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var buffer = new byte[MaxErrorBodyBytes];
            var filled = 0;
            int read;
            while (filled < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(filled), cancellationToken).ConfigureAwait(false)) > 0)
            {
                filled += read;
            }

            return buffer[..filled];
        }
    }

    private int? SecondsUntil(DateTimeOffset? resumeAt)
    {
        if (resumeAt is null)
        {
            return null;
        }

        var wait = resumeAt.Value - _timeProvider.GetUtcNow();
        return wait <= TimeSpan.Zero ? 0 : (int)Math.Ceiling(Math.Min(wait.TotalSeconds, RetryBackoff.MaxRateLimitWait.TotalSeconds));
    }

    private static string? FirstHeader(HttpResponseMessage response, string name)
    {
        return response.Headers.TryGetValues(name, out var values) ? TextSanitizer.Clean(string.Join(", ", values), 200) : null;
    }

    private static string StatusClass(int status) => status switch
    {
        >= 200 and < 300 => "2xx",
        >= 300 and < 400 => "3xx",
        >= 400 and < 500 => "4xx",
        _ => "5xx",
    };

    /// <summary>One HTTP attempt: a response (status, value or error, headers) or a transport failure.</summary>
    private struct Attempt<T>
    {
        public TransportOutcome Outcome;
        public int? Status;
        public T? Value;
        public CentralError? Error;
        public RateLimitHeaders? RateLimit;
        public string? Deprecation;
        public string? Sunset;
    }

    /// <summary>One HTTP exchange in flight: the message, its timeout source and the link to the caller's token.</summary>
    private readonly record struct Exchange(HttpRequestMessage Message, CancellationTokenSource Timeout, CancellationTokenRegistration CallerLink, TimeSpan TimeoutLength, long Started);

    /// <summary>What the loop does next: wait and retry, replay with a new token at once, or stop.</summary>
    private readonly record struct Decision(TimeSpan? Delay, bool Replay)
    {
        public static Decision Stop => new(null, false);
    }
}
