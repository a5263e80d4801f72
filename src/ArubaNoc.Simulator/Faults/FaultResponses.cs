using ArubaNoc.Simulator.Http;
using ArubaNoc.Simulator.Routing;
using ArubaNoc.Simulator.Tenant;

namespace ArubaNoc.Simulator.Faults;

/// <summary>Builds or rewrites responses for armed fault scripts.</summary>
internal static class FaultResponses
{
    /// <summary>Returns the response that replaces the normal one, or null when the fault changes the normal response instead.</summary>
    public static SimResponse? Replace(FaultScript script, ApiFamily family, DateTimeOffset now, SimulatorState state)
    {
        switch (script.Kind)
        {
            case FaultKind.RateLimitedUntilReset:
            {
                var response = ErrorBodies.ForFamily(family, 429, "Too many requests; retry after the rate-limit reset time.", state.NextDebugId());
                response.Headers.Add(new("X-RateLimit-Remaining", "0"));
                response.Headers.Add(new("X-RateLimit-Reset", WireBuilder.Rfc3339(now + script.Delay)));
                return response;
            }

            case FaultKind.RateLimitedRetryAfter:
            {
                var response = ErrorBodies.ForFamily(family, 429, "Too many requests; retry later.", state.NextDebugId());
                var retryAfter = script.RetryAfterAsDate
                    ? (now + script.Delay).ToString("r", System.Globalization.CultureInfo.InvariantCulture)
                    : ((int)script.Delay.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
                response.Headers.Add(new("Retry-After", retryAfter));
                response.Headers.Add(new("X-RateLimit-Remaining", "0"));
                response.Headers.Add(new("X-RateLimit-Reset", WireBuilder.Rfc3339(now + script.Delay)));
                return response;
            }

            case FaultKind.ServerError:
                return ErrorBodies.ForFamily(family, script.Status, "The service is temporarily unable to handle the request.", state.NextDebugId());
            case FaultKind.NotFound:
                return ErrorBodies.ForFamily(family, 404, "The requested resource was not found.", state.NextDebugId(), "HPE_GL_ERROR_NOT_FOUND");
            case FaultKind.Unauthorized:
                return ErrorBodies.ForFamily(family, 401, "Unauthorized: the access token is invalid.", state.NextDebugId());
            case FaultKind.Forbidden:
                return ErrorBodies.ForFamily(family, 403, "Forbidden: the credentials lack the role or scope for this resource.", state.NextDebugId());
            case FaultKind.ExpiredTokenBadRequest:
                return ErrorBodies.Central(400, "HPE_GL_IAM_EXPIRED_TOKEN", "The access token has expired.", state.NextDebugId());
            case FaultKind.InvalidClient:
                return ErrorBodies.OAuth(401, "invalid_client", "Client authentication failed.");
            case FaultKind.HtmlErrorPage:
                return SimResponse.Text(
                    script.Status,
                    $"<!DOCTYPE html><html><head><title>{script.Status} Bad Gateway</title></head><body><h1>{script.Status} Bad Gateway</h1><p>The upstream server did not respond.</p></body></html>",
                    "text/html; charset=utf-8");
            case FaultKind.MalformedJson:
                return SimResponse.Text(200, "{\"items\": [{\"serialNumber\": \"CN00\", }, ], \"count\": 1,, \"next\": }", "application/json");
            default:
                return null;
        }
    }

    /// <summary>Rewrites a normal response for faults that distort it.</summary>
    public static void Distort(FaultScript script, SimResponse response, string? requestedCursor)
    {
        switch (script.Kind)
        {
            case FaultKind.TruncatedJson:
                response.Body = response.Body[..(response.Body.Length / 2)];
                break;
            case FaultKind.EndlessCursor when response.IsCursorList && response.Status == 200:
            {
                var body = JsonResponses.Parse(response.Body)!.AsObject();
                var current = int.TryParse(requestedCursor, out var page) ? page : 1;
                body["next"] = script.RepeatCursor ? current.ToString(System.Globalization.CultureInfo.InvariantCulture) : (current + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                response.Body = JsonResponses.Serialize(body);
                break;
            }
        }
    }
}
