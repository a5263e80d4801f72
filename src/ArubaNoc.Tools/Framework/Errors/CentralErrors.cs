using ArubaNoc.Central.Http;

namespace ArubaNoc.Tools.Framework;

/// <summary>
/// Maps the Central client's <see cref="CentralError"/> onto the tool error texts, so every tool reports
/// Central failures the same way: errorCode, message and debugId kept, never a URL, token or secret.
/// </summary>
public static class CentralErrors
{
    /// <summary>
    /// Converts <paramref name="error"/>. <paramref name="notFound"/> names the path parameter a 404 is about
    /// (such as <c>("Gateway", serial)</c>); <paramref name="suggestSiteId"/> adds the site-scope hint to a 400
    /// of a tenant-wide call.
    /// </summary>
    public static ToolError ToToolError(CentralError error, (string Thing, string Value)? notFound = null, bool suggestSiteId = false)
    {
        ArgumentNullException.ThrowIfNull(error);

        var status = error.HttpStatus ?? 0;
        switch (error.Kind)
        {
            case CentralErrorKind.NotFound when notFound is { } subject:
                return ToolErrors.NotFound(subject.Thing, subject.Value, error.ErrorCode, error.DebugId);

            case CentralErrorKind.RateLimited:
                return ToolErrors.RateLimited(error.ErrorCode, error.RetryAfterSeconds ?? 60);

            case CentralErrorKind.Transport:
                return ToolErrors.Transport(error.Message);

            case CentralErrorKind.CircuitOpen:
                return ToolErrors.CircuitOpen(error.RetryAfterSeconds ?? 0);

            case CentralErrorKind.Config:
                return ToolErrors.Config(error.ErrorCode, error.Message);

            case CentralErrorKind.InvalidResponse:
                return ToolErrors.CentralRawBody(status, error.Message);

            default:
                // A body without errorCode and debugId was not a Central error body (an HTML page, a proxy message).
                if (error.ErrorCode is null && error.DebugId is null && status != 0)
                {
                    return ToolErrors.CentralRawBody(status, error.Message);
                }

                return ToolErrors.Central(status, error.ErrorCode, error.Message, error.DebugId, suggestSiteId && status == 400);
        }
    }

    /// <summary>Converts <paramref name="error"/> straight into the error result of <paramref name="tool"/>.</summary>
    public static ToolResult ToResult(string tool, CentralError error, (string Thing, string Value)? notFound = null, bool suggestSiteId = false) =>
        ToolErrors.ToResult(tool, ToToolError(error, notFound, suggestSiteId));
}
