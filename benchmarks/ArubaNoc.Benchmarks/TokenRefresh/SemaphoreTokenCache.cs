using System.Net.Http.Headers;
using System.Text.Json;
using ArubaNoc.Central.Authentication;
using ArubaNoc.Central.Wire;

namespace ArubaNoc.Benchmarks.TokenRefresh;

/// <summary>
/// Baseline token cache: the common double-checked pattern around a <see cref="SemaphoreSlim"/>. A caller
/// that finds no valid token takes the semaphore, checks again, and fetches only if the token is still
/// missing, so it also sends one request per expiry. Its cost is that every waiter queues on the semaphore
/// and the waiters are woken one after another.
/// </summary>
/// <remarks>
/// It fetches through the same kind of delegate as the project's cache: either the same form POST and JSON
/// parsing over HTTP, or the same stub, so the two differ only in how callers are coordinated.
/// </remarks>
internal sealed class SemaphoreTokenCache : IDisposable
{
    private static readonly MediaTypeWithQualityHeaderValue JsonMediaType = new("application/json");

    private readonly SemaphoreSlim _lock = new(1, 1);
    private readonly Func<CancellationToken, Task<TokenFetchResult>> _fetch;
    private readonly TimeProvider _timeProvider;
    private Snapshot? _current;

    /// <summary>Creates a cache that requests tokens from <paramref name="tokenUrl"/> over <paramref name="httpClient"/>.</summary>
    public SemaphoreTokenCache(HttpClient httpClient, Uri tokenUrl, TimeProvider timeProvider)
        : this(cancellationToken => FetchOverHttpAsync(httpClient, tokenUrl, cancellationToken), timeProvider)
    {
    }

    /// <summary>Creates a cache that gets tokens from <paramref name="fetch"/>.</summary>
    public SemaphoreTokenCache(Func<CancellationToken, Task<TokenFetchResult>> fetch, TimeProvider timeProvider)
    {
        _fetch = fetch;
        _timeProvider = timeProvider;
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

        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            token = Volatile.Read(ref _current);
            if (token is not null && _timeProvider.GetTimestamp() < token.ExpiresAtTimestamp)
            {
                return token.Value;
            }

            var fetched = await _fetch(cancellationToken).ConfigureAwait(false);
            if (fetched.Value is null)
            {
                throw new InvalidOperationException("The token request failed.");
            }

            var expiresAt = _timeProvider.GetTimestamp() + (long)(fetched.Lifetime.TotalSeconds * _timeProvider.TimestampFrequency);
            token = new Snapshot(fetched.Value, expiresAt);
            Volatile.Write(ref _current, token);
            return token.Value;
        }
        finally
        {
            _lock.Release();
        }
    }

    private static async Task<TokenFetchResult> FetchOverHttpAsync(HttpClient httpClient, Uri tokenUrl, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, tokenUrl)
        {
            Content = new FormUrlEncodedContent(
            [
                new("grant_type", "client_credentials"),
                new("client_id", "bench-client"),
                new("client_secret", "bench-secret"),
            ]),
        };
        request.Headers.Accept.Add(JsonMediaType);

        using var response = await httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var parsed = JsonSerializer.Deserialize(body, CentralJsonContext.Default.TokenResponse)
            ?? throw new InvalidOperationException("The token endpoint returned an empty body.");
        return TokenFetchResult.Succeeded(parsed.AccessToken ?? string.Empty, TimeSpan.FromSeconds(parsed.ExpiresIn ?? 3600));
    }

    private sealed record Snapshot(string Value, long ExpiresAtTimestamp);
}
