using System.Text.Json.Serialization;

namespace ArubaNoc.Central.Wire;

/// <summary>
/// Error body of Central. Monitoring, services and notifications send all four fields; troubleshooting
/// usually sends only <see cref="ErrorCode"/> and <see cref="Message"/>. <c>httpStatusCode</c> has been seen
/// as a string (<c>"409"</c>).
/// </summary>
public sealed class CentralErrorBody
{
    /// <summary>HTTP status repeated in the body, as a number or a numeric string.</summary>
    [JsonPropertyName("httpStatusCode")]
    [JsonConverter(typeof(LenientInt32Converter))]
    public int? HttpStatusCode { get; set; }

    /// <summary>Central error code, such as <c>HPE_GL_ERROR_NOT_FOUND</c>.</summary>
    [JsonPropertyName("errorCode")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? ErrorCode { get; set; }

    /// <summary>Error message of Central.</summary>
    [JsonPropertyName("message")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Message { get; set; }

    /// <summary>Correlation id for HPE support cases.</summary>
    [JsonPropertyName("debugId")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? DebugId { get; set; }
}
