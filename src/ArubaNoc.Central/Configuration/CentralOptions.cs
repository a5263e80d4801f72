using System.Globalization;

namespace ArubaNoc.Central.Configuration;

/// <summary>
/// Settings of the Central client, read once at start-up by <see cref="CentralOptionsLoader"/>. Each
/// property names its environment variable, default, unit and accepted range. <see cref="ToString"/>
/// never prints the secret or the access token.
/// </summary>
public sealed record CentralOptions
{
    /// <summary>Default OAuth2 token endpoint of HPE GreenLake.</summary>
    public static readonly Uri DefaultTokenUrl = new("https://sso.common.cloud.hpe.com/as/token.oauth2");

    /// <summary>
    /// <c>ARUBA_BASE_URL</c>: API gateway of the Central cluster, such as
    /// <c>https://de2.api.central.arubanetworks.com</c>; set from <see cref="Region"/> when not given.
    /// Must be https (http only for a loopback host); no query or fragment. No default: while null,
    /// every Central call fails with a <c>config</c> error.
    /// </summary>
    public Uri? BaseUrl { get; init; }

    /// <summary><c>ARUBA_REGION</c>: cluster name (<c>us1</c>, <c>de2</c>, …) that chose <see cref="BaseUrl"/>, or null.</summary>
    public string? Region { get; init; }

    /// <summary><c>ARUBA_TOKEN_URL</c>: OAuth2 token endpoint. Default <see cref="DefaultTokenUrl"/>; https (http only for loopback).</summary>
    public Uri TokenUrl { get; init; } = DefaultTokenUrl;

    /// <summary><c>ARUBA_CLIENT_ID</c>: OAuth2 client id, or null when missing or a placeholder.</summary>
    public string? ClientId { get; init; }

    /// <summary><c>ARUBA_CLIENT_SECRET</c>: OAuth2 client secret, or null when missing or a placeholder. Never log it.</summary>
    public string? ClientSecret { get; init; }

    /// <summary>
    /// <c>ARUBA_ACCESS_TOKEN</c>: a bearer token used as given, and only when no client credentials are set,
    /// until Central rejects it; it cannot be renewed. Never log it.
    /// </summary>
    public string? AccessToken { get; init; }

    /// <summary><c>ARUBA_API_TIMEOUT</c>: timeout of each HTTP request, whole seconds. Default 30 s, range 1–300 s.</summary>
    public TimeSpan ApiTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary><c>ARUBA_RATE_LIMIT_REQUESTS</c>: requests allowed per <see cref="RateLimitWindow"/>, also the burst size. Default 100, range 1–100,000.</summary>
    public int RateLimitRequests { get; init; } = 100;

    /// <summary><c>ARUBA_RATE_LIMIT_WINDOW</c>: rate-limit window, whole seconds. Default 60 s, range 1–86,400 s.</summary>
    public TimeSpan RateLimitWindow { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary><c>ARUBA_CIRCUIT_BREAKER_THRESHOLD</c>: consecutive failures that open the breaker. Default 5, range 1–1,000.</summary>
    public int CircuitBreakerThreshold { get; init; } = 5;

    /// <summary><c>ARUBA_CIRCUIT_BREAKER_TIMEOUT</c>: time the breaker stays open before one probe, whole seconds. Default 60 s, range 1–3,600 s.</summary>
    public TimeSpan CircuitBreakerTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// <c>ARUBA_TOKEN_REFRESH_BUFFER</c>: how long before expiry a background refresh starts, whole seconds.
    /// Default 60 s, range 0–3,600 s. Capped at half the token lifetime.
    /// </summary>
    public TimeSpan TokenRefreshBuffer { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary><c>ARUBA_MAX_CONCURRENCY</c>: Central requests in flight at once. Default 6, range 1–64.</summary>
    public int MaxConcurrency { get; init; } = 6;

    /// <summary><c>ARUBA_DEMO</c>: serve the built-in simulated tenant instead of Central. Default false.</summary>
    public bool Demo { get; init; }

    /// <summary>True when both <see cref="ClientId"/> and <see cref="ClientSecret"/> are set, so tokens can be fetched.</summary>
    public bool HasClientCredentials => ClientId is not null && ClientSecret is not null;

    /// <summary>True when a call can be authenticated: client credentials or a static access token.</summary>
    public bool HasCredentials => HasClientCredentials || AccessToken is not null;

    /// <summary>Describes the settings without the secret or the token (they show as <c>set</c> or <c>missing</c>).</summary>
    public override string ToString()
    {
        return string.Create(
            CultureInfo.InvariantCulture,
            $"BaseUrl={BaseUrl?.GetLeftPart(UriPartial.Authority) ?? "missing"}, Region={Region ?? "none"}, " +
            $"TokenUrl={TokenUrl.GetLeftPart(UriPartial.Path)}, ClientId={(ClientId is null ? "missing" : "set")}, " +
            $"ClientSecret={(ClientSecret is null ? "missing" : "set")}, AccessToken={(AccessToken is null ? "missing" : "set")}, " +
            $"ApiTimeout={ApiTimeout.TotalSeconds}s, RateLimit={RateLimitRequests}/{RateLimitWindow.TotalSeconds}s, " +
            $"CircuitBreaker={CircuitBreakerThreshold}/{CircuitBreakerTimeout.TotalSeconds}s, " +
            $"TokenRefreshBuffer={TokenRefreshBuffer.TotalSeconds}s, MaxConcurrency={MaxConcurrency}, Demo={Demo}");
    }
}
