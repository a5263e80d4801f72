using System.Net.Http;

namespace ArubaNoc.Central.Http;

/// <summary>Turns transport exceptions into short reasons that name no host, URL or secret.</summary>
internal static class TransportFailure
{
    /// <summary>Returns why <paramref name="exception"/> failed, in words fit for a tool result.</summary>
    public static string Describe(HttpRequestException exception)
    {
        return exception.HttpRequestError switch
        {
            HttpRequestError.NameResolutionError => "DNS name resolution failed",
            HttpRequestError.ConnectionError => "the connection failed",
            HttpRequestError.SecureConnectionError => "the TLS handshake failed",
            HttpRequestError.ResponseEnded => "the connection closed before the response was complete",
            HttpRequestError.HttpProtocolError or HttpRequestError.InvalidResponse => "the response broke the HTTP protocol",
            HttpRequestError.ProxyTunnelError => "the proxy tunnel failed",
            HttpRequestError.ConfigurationLimitExceeded => "the response exceeded a configured size limit",
            _ => "the request failed before a response arrived",
        };
    }
}
