using System.Text;
using ArubaNoc.Simulator.Http;

namespace ArubaNoc.Simulator.Auth;

/// <summary>
/// The OAuth2 client-credentials endpoint (<c>POST /as/token.oauth2</c>). Credentials come from the
/// form body or from HTTP Basic; only <see cref="SimulatorCredentials"/> are accepted.
/// </summary>
internal static class TokenEndpoint
{
    public static SimResponse Handle(SimRequest request, SimulatorOptions options, SimulatorState state, DateTimeOffset now)
    {
        if (!string.Equals(request.Method, "POST", StringComparison.OrdinalIgnoreCase))
        {
            return ErrorBodies.OAuth(405, "invalid_request", "The token endpoint accepts POST only.");
        }

        if (request.ContentType is null || !request.ContentType.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            return ErrorBodies.OAuth(400, "invalid_request", "Content-Type must be application/x-www-form-urlencoded.");
        }

        var form = SimRequest.ParseQuery(request.Body ?? "").ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        if (!form.TryGetValue("grant_type", out var grantType))
        {
            return ErrorBodies.OAuth(400, "invalid_request", "Missing grant_type.");
        }

        if (grantType != "client_credentials")
        {
            return ErrorBodies.OAuth(400, "unsupported_grant_type", "Only client_credentials is supported.");
        }

        var (clientId, clientSecret) = ReadBasic(request.Authorization);
        clientId ??= form.GetValueOrDefault("client_id");
        clientSecret ??= form.GetValueOrDefault("client_secret");
        if (clientId != SimulatorCredentials.ClientId || clientSecret != SimulatorCredentials.ClientSecret)
        {
            return ErrorBodies.OAuth(401, "invalid_client", "Client authentication failed.");
        }

        var lifetime = (long)options.TokenLifetime.TotalSeconds;
        var token = state.Tokens.Issue(now + options.TokenLifetime);
        var response = JsonResponses.Write(200, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("access_token", token);
            writer.WriteString("token_type", "Bearer");
            writer.WriteNumber("expires_in", lifetime);
            writer.WriteEndObject();
        });
        response.Headers.Add(new("Cache-Control", "no-store"));
        return response;
    }

    private static (string? ClientId, string? ClientSecret) ReadBasic(string? authorization)
    {
        if (authorization is null || !authorization.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return (null, null);
        }

        try
        {
            var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(authorization[6..].Trim()));
            var colon = decoded.IndexOf(':', StringComparison.Ordinal);
            return colon < 0
                ? (null, null)
                : (Uri.UnescapeDataString(decoded[..colon]), Uri.UnescapeDataString(decoded[(colon + 1)..]));
        }
        catch (FormatException)
        {
            return (null, null);
        }
    }
}
