using System.Net;
using System.Text;

namespace ArubaNoc.Benchmarks.Support;

/// <summary>
/// In-process stand-in for the OAuth2 token endpoint. Counts the token requests it receives and, when a
/// gate is armed, delays every response until <see cref="RequestGate.Open"/> so callers pile up on one refresh.
/// </summary>
/// <remarks>Thread-safe. The response body is the client-credentials JSON that Central's SSO returns.</remarks>
internal sealed class TokenEndpointHandler : HttpMessageHandler
{
    /// <summary>Token URL used by every benchmark; the handler returns tokens for it without any network I/O.</summary>
    public static readonly Uri TokenUrl = new("http://127.0.0.1/as/token.oauth2");

    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"access_token":"bench-token","token_type":"Bearer","expires_in":7199}""");

    /// <summary>Counter of the token requests, and the gate that delays them while armed.</summary>
    public RequestGate Gate { get; } = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var wait = Gate.Enter();
        if (wait is not null)
        {
            await wait.ConfigureAwait(false);
        }

        return new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new ByteArrayContent(Body) { Headers = { { "Content-Type", "application/json" } } },
            RequestMessage = request,
        };
    }
}
