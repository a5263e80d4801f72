using System.Text.Json.Serialization;

namespace ArubaNoc.Central.Wire;

/// <summary>Standard OAuth2 error body of the token endpoint, such as <c>{"error": "invalid_client"}</c>.</summary>
public sealed class OAuthErrorResponse
{
    /// <summary>OAuth2 error code (<c>invalid_client</c>, <c>invalid_grant</c>, <c>unauthorized_client</c>, …).</summary>
    [JsonPropertyName("error")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Error { get; set; }

    /// <summary>Human-readable description; may be missing.</summary>
    [JsonPropertyName("error_description")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? ErrorDescription { get; set; }
}
