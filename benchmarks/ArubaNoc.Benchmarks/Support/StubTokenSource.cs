using ArubaNoc.Central.Authentication;

namespace ArubaNoc.Benchmarks.Support;

/// <summary>
/// Token request stand-in that skips HTTP: it counts the requests and returns a fixed token, at once, after
/// one yield, or when a gate opens. Both token caches in the refresh benchmarks fetch through it, so the
/// allocation column shows what the caches themselves cost, not the exchange with the token endpoint.
/// </summary>
/// <remarks>Thread-safe. A gated request costs one async state machine for the wait, the same for both caches.</remarks>
internal sealed class StubTokenSource
{
    private static readonly TokenFetchResult Token = TokenFetchResult.Succeeded("bench-token", TimeSpan.FromSeconds(7199));
    private static readonly Task<TokenFetchResult> CompletedToken = Task.FromResult(Token);

    /// <summary>Counter of the token requests, and the gate that delays them while armed.</summary>
    public RequestGate Gate { get; } = new();

    /// <summary>Returns the token; the signature matches the token request of both caches.</summary>
    public Task<TokenFetchResult> FetchAsync(CancellationToken cancellationToken)
    {
        var wait = Gate.Enter();
        return wait is null ? CompletedToken : WaitAsync(wait);
    }

    private static async Task<TokenFetchResult> WaitAsync(Task wait)
    {
        await wait.ConfigureAwait(false);
        return Token;
    }
}
