using System.Text.Json.Serialization;

namespace ArubaNoc.Central.Wire;

/// <summary>
/// Successful response of the OAuth2 token endpoint (client-credentials grant). No refresh token exists.
/// </summary>
public sealed class TokenResponse
{
    /// <summary>The bearer token. Never log it.</summary>
    [JsonPropertyName("access_token")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? AccessToken { get; set; }

    /// <summary>Token type; Central sends <c>Bearer</c>.</summary>
    [JsonPropertyName("token_type")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? TokenType { get; set; }

    /// <summary>Lifetime in seconds: 7200 for Central-scoped credentials, 900 for GreenLake-scoped ones.</summary>
    [JsonPropertyName("expires_in")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? ExpiresIn { get; set; }
}
