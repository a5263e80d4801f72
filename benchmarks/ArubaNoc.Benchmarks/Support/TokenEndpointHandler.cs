using System.Net;
using System.Text;

namespace ArubaNoc.Benchmarks.Support;

/// <summary>
/// In-process stand-in for the OAuth2 token endpoint. Counts the token requests it receives and, when a
/// gate is armed, delays every response until <see cref="OpenGate"/> so callers pile up on one refresh.
/// </summary>
/// <remarks>Thread-safe. The response body is the client-credentials JSON that Central's SSO returns.</remarks>
internal sealed class TokenEndpointHandler : HttpMessageHandler
{
    /// <summary>Token URL used by every benchmark; the handler returns tokens for it without any network I/O.</summary>
    public static readonly Uri TokenUrl = new("http://127.0.0.1/as/token.oauth2");

    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"access_token":"bench-token","token_type":"Bearer","expires_in":7199}""");

    private TaskCompletionSource? _gate;
    private int _requests;

    /// <summary>When true, the handler yields once before it responds, so the refresh completes asynchronously.</summary>
    public bool YieldBeforeResponse { get; set; }

    /// <summary>Token requests received since creation.</summary>
    public int Requests => Volatile.Read(ref _requests);

    /// <summary>Makes the following token requests wait until <see cref="OpenGate"/>.</summary>
    public void ArmGate()
    {
        Volatile.Write(ref _gate, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
    }

    /// <summary>Releases every token request held by the gate and disarms it.</summary>
    public void OpenGate()
    {
        Interlocked.Exchange(ref _gate, null)?.TrySetResult();
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _requests);
        var gate = Volatile.Read(ref _gate);
        if (gate is not null)
        {
            await gate.Task.ConfigureAwait(false);
        }
        else if (YieldBeforeResponse)
        {
            await Task.Yield();
        }

        return new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new ByteArrayContent(Body) { Headers = { { "Content-Type", "application/json" } } },
            RequestMessage = request,
        };
    }
}
