using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using ArubaNoc.Central.Configuration;
using ArubaNoc.Central.Http;
using ArubaNoc.Central.Wire;

namespace ArubaNoc.Central.Authentication;

/// <summary>
/// Sends one OAuth2 client-credentials request (form POST) to the token endpoint and maps the response.
/// Makes exactly one attempt: retrying is the caller's decision.
/// </summary>
internal sealed class TokenEndpointClient
{
    /// <summary>Lifetime assumed when the response has no usable <c>expires_in</c>, in seconds.</summary>
    public const int DefaultLifetimeSeconds = 7200;

    /// <summary>OAuth2 error codes that mean the credentials themselves are wrong.</summary>
    private static readonly string[] RejectionCodes = ["invalid_client", "unauthorized_client", "invalid_grant", "invalid_request", "unsupported_grant_type", "invalid_scope"];

    private static readonly MediaTypeWithQualityHeaderValue JsonMediaType = new("application/json");

    private readonly HttpClient _httpClient;
    private readonly CentralOptions _options;
    private readonly TimeProvider _timeProvider;

    public TokenEndpointClient(HttpClient httpClient, CentralOptions options, TimeProvider timeProvider)
    {
        _httpClient = httpClient;
        _options = options;
        _timeProvider = timeProvider;
    }

    /// <summary>
    /// Requests a token. Returns the token and its lifetime, or an error whose kind is <c>config</c> when the
    /// endpoint rejected the credentials. Throws only <see cref="OperationCanceledException"/> for
    /// <paramref name="cancellationToken"/>.
    /// </summary>
    public async Task<TokenFetchResult> FetchAsync(CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(_options.ApiTimeout, _timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, cancellationToken);
        using var request = new HttpRequestMessage(HttpMethod.Post, _options.TokenUrl)
        {
            Content = new FormUrlEncodedContent(
            [
                new("grant_type", "client_credentials"),
                new("client_id", _options.ClientId ?? string.Empty),
                new("client_secret", _options.ClientSecret ?? string.Empty),
            ]),
        };
        request.Headers.Accept.Add(JsonMediaType);

        try
        {
            using var response = await _httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token).ConfigureAwait(false);
            var body = await response.Content.ReadAsByteArrayAsync(linked.Token).ConfigureAwait(false);
            return response.IsSuccessStatusCode ? ReadToken(body) : ReadFailure((int)response.StatusCode, body);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            var seconds = _options.ApiTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture);
            return TokenFetchResult.Failed(new CentralError(CentralErrorKind.Transport, $"The token request timed out after {seconds} s."), "timeout");
        }
        catch (HttpRequestException exception)
        {
            return TokenFetchResult.Failed(new CentralError(CentralErrorKind.Transport, $"The token request failed: {TransportFailure.Describe(exception)}."), "transport");
        }
    }

    private static TokenFetchResult ReadToken(byte[] body)
    {
        TokenResponse? token;
        try
        {
            token = JsonSerializer.Deserialize(body, CentralJsonContext.Default.TokenResponse);
        }
        catch (JsonException)
        {
            token = null;
        }

        if (string.IsNullOrWhiteSpace(token?.AccessToken))
        {
            return TokenFetchResult.Failed(new CentralError(CentralErrorKind.InvalidResponse, "The token endpoint returned a success status without an access_token."), "invalid_response");
        }

        var lifetime = token.ExpiresIn is > 0 ? token.ExpiresIn.Value : DefaultLifetimeSeconds;
        return TokenFetchResult.Succeeded(token.AccessToken, TimeSpan.FromSeconds(lifetime));
    }

    private static TokenFetchResult ReadFailure(int status, byte[] body)
    {
        OAuthErrorResponse? oauth = null;
        try
        {
            oauth = JsonSerializer.Deserialize(body, CentralJsonContext.Default.OAuthErrorResponse);
        }
        catch (JsonException)
        {
            // Not an OAuth2 error body; the status alone decides below.
        }

        var code = oauth?.Error;
        if (code is not null && RejectionCodes.Contains(code, StringComparer.OrdinalIgnoreCase) || status is 400 or 401 or 403)
        {
            var reason = code ?? $"HTTP {status}";
            var error = new CentralError(
                CentralErrorKind.Config,
                $"Central credentials were rejected by the token endpoint ({reason}); check {CentralOptionsLoader.ClientIdVariable} and {CentralOptionsLoader.ClientSecretVariable}.",
                httpStatus: status,
                errorCode: code);
            return TokenFetchResult.Failed(error, "rejected");
        }

        var message = $"The token endpoint returned HTTP {status}{(code is null ? string.Empty : $" ({code})")}.";
        return TokenFetchResult.Failed(new CentralError(CentralErrorKind.Central, message, httpStatus: status, errorCode: code), "failed");
    }
}
