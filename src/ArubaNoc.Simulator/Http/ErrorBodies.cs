using ArubaNoc.Simulator.Routing;

namespace ArubaNoc.Simulator.Http;

/// <summary>Central's error bodies: full <c>{httpStatusCode, errorCode, message, debugId}</c>, or
/// <c>{errorCode, message}</c> on troubleshooting tests, or OAuth2 errors on the token endpoint.</summary>
internal static class ErrorBodies
{
    public static SimResponse Central(int status, string errorCode, string message, string debugId) =>
        JsonResponses.Write(status, writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("httpStatusCode", status);
            writer.WriteString("errorCode", errorCode);
            writer.WriteString("message", message);
            writer.WriteString("debugId", debugId);
            writer.WriteEndObject();
        });

    public static SimResponse Short(int status, string errorCode, string message) =>
        JsonResponses.Write(status, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("errorCode", errorCode);
            writer.WriteString("message", message);
            writer.WriteEndObject();
        });

    public static SimResponse OAuth(int status, string error, string description) =>
        JsonResponses.Write(status, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("error", error);
            writer.WriteString("error_description", description);
            writer.WriteEndObject();
        });

    /// <summary>Builds an error in the shape of the family; 403 is always the full shape (as the test APIs document).</summary>
    public static SimResponse ForFamily(ApiFamily family, int status, string message, string debugId, string? errorCode = null)
    {
        var code = errorCode ?? DefaultCode(family, status);
        return family == ApiFamily.Tests && status != 403
            ? Short(status, code, message)
            : Central(status, code, message, debugId);
    }

    public static string DefaultCode(ApiFamily family, int status)
    {
        var tests = family == ApiFamily.Tests;
        return status switch
        {
            400 when family == ApiFamily.Monitoring => "HPE_GL_NETWORK_MONITORING_INVALID_INPUT",
            400 when tests => "HPE_GRAVITY_BAD_REQUEST",
            400 when family == ApiFamily.Services => "HPE_GL_NETWORK_SERVICES_INVALID_INPUT",
            400 => "HPE_GL_ERROR_BAD_REQUEST",
            401 => tests ? "HPE_GRAVITY_UNAUTHORIZED" : "HPE_GL_ERROR_UNAUTHORIZED",
            403 => "HPE_GL_ERROR_FORBIDDEN",
            404 => tests ? "HPE_GRAVITY_DEVICE_NOT_FOUND" : "HPE_GL_ERROR_NOT_FOUND",
            405 => "HPE_GL_ERROR_METHOD_NOT_ALLOWED",
            409 => tests ? "HPE_GRAVITY_DEVICE_OFFLINE" : "HPE_GL_ERROR_CONFLICT",
            429 => tests ? "HPE_GRAVITY_TOO_MANY_REQUESTS" : "HPE_GL_ERROR_TOO_MANY_REQUESTS",
            503 => "HPE_GL_ERROR_SERVICE_UNAVAILABLE",
            500 when family == ApiFamily.Monitoring => "HPE_GL_NETWORK_MONITORING_INTERNAL_SERVER_ERROR",
            500 when family == ApiFamily.Services => "HPE_GL_NETWORK_SERVICES_INTERNAL_SERVER_ERROR",
            500 when family == ApiFamily.Notifications => "HPE_GL_NETWORK_NOTIFICATIONS_INTERNAL_SERVER_ERROR",
            _ => tests ? "HPE_GRAVITY_INTERNAL_ERROR" : "HPE_GL_ERROR_INTERNAL_SERVER_ERROR",
        };
    }
}
