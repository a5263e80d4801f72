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

    private TaskCompletionSource? _gate;
    private int _requests;

    /// <summary>When true, a request yields once before it returns, so the refresh completes asynchronously.</summary>
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

    /// <summary>Returns the token; the signature matches the token request of both caches.</summary>
    public Task<TokenFetchResult> FetchAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _requests);
        var gate = Volatile.Read(ref _gate);
        if (gate is not null)
        {
            return WaitForGateAsync(gate.Task);
        }

        return YieldBeforeResponse ? YieldAsync() : CompletedToken;
    }

    private static async Task<TokenFetchResult> WaitForGateAsync(Task gate)
    {
        await gate.ConfigureAwait(false);
        return Token;
    }

    private static async Task<TokenFetchResult> YieldAsync()
    {
        await Task.Yield();
        return Token;
    }
}
