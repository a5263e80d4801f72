using System.Net.Http.Headers;
using System.Text.Json;
using ArubaNoc.Central.Wire;

namespace ArubaNoc.Benchmarks.TokenRefresh;

/// <summary>
/// Baseline token cache: the common double-checked pattern around a <see cref="SemaphoreSlim"/>. A caller
/// that finds no valid token takes the semaphore, checks again, and fetches only if the token is still
/// missing, so it also sends one request per expiry. Its cost is that every waiter queues on the semaphore
/// and the waiters are woken one after another.
/// </summary>
/// <remarks>
/// It sends the same form POST and parses the same JSON as the project's cache, so the two differ only in
/// how callers are coordinated. With <c>singleFlight: false</c> it is the check-then-fetch pattern of caches
/// without in-flight deduplication: every caller that finds no valid token sends its own request, and the
/// last response wins. MSAL.NET's maintainers describe <c>AcquireTokenForClient</c> under concurrent cache
/// misses this way (AzureAD/microsoft-authentication-library-for-dotnet issue 2329).
/// </remarks>
internal sealed class SemaphoreTokenCache : IDisposable
{
    private static readonly MediaTypeWithQualityHeaderValue JsonMediaType = new("application/json");

    private readonly SemaphoreSlim _lock = new(1, 1);
    private readonly HttpClient _httpClient;
    private readonly Uri _tokenUrl;
    private readonly TimeProvider _timeProvider;
    private readonly bool _singleFlight;
    private Snapshot? _current;

    public SemaphoreTokenCache(HttpClient httpClient, Uri tokenUrl, TimeProvider timeProvider, bool singleFlight = true)
    {
        _httpClient = httpClient;
        _tokenUrl = tokenUrl;
        _timeProvider = timeProvider;
        _singleFlight = singleFlight;
    }

    public void Dispose() => _lock.Dispose();

    /// <summary>Drops the cached token, as an expiry or a 401 would.</summary>
    public void Invalidate() => Volatile.Write(ref _current, null);

    public async ValueTask<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        var token = Volatile.Read(ref _current);
        if (token is not null && _timeProvider.GetTimestamp() < token.ExpiresAtTimestamp)
        {
            return token.Value;
        }

        if (!_singleFlight)
        {
            token = await FetchAsync(cancellationToken).ConfigureAwait(false);
            Volatile.Write(ref _current, token);
            return token.Value;
        }

        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            token = Volatile.Read(ref _current);
            if (token is not null && _timeProvider.GetTimestamp() < token.ExpiresAtTimestamp)
            {
                return token.Value;
            }

            token = await FetchAsync(cancellationToken).ConfigureAwait(false);
            Volatile.Write(ref _current, token);
            return token.Value;
        }
        finally
        {
            _lock.Release();
        }
    }

    private async Task<Snapshot> FetchAsync(CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _tokenUrl)
        {
            Content = new FormUrlEncodedContent(
            [
                new("grant_type", "client_credentials"),
                new("client_id", "bench-client"),
                new("client_secret", "bench-secret"),
            ]),
        };
        request.Headers.Accept.Add(JsonMediaType);

        using var response = await _httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var parsed = JsonSerializer.Deserialize(body, CentralJsonContext.Default.TokenResponse)
            ?? throw new InvalidOperationException("The token endpoint returned an empty body.");
        var lifetime = TimeSpan.FromSeconds(parsed.ExpiresIn ?? 3600);
        var expiresAt = _timeProvider.GetTimestamp() + (long)(lifetime.TotalSeconds * _timeProvider.TimestampFrequency);
        return new Snapshot(parsed.AccessToken ?? string.Empty, expiresAt);
    }

    private sealed record Snapshot(string Value, long ExpiresAtTimestamp);
}
