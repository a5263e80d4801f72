using System.Net;
using ArubaNoc.Central.Authentication;
using ArubaNoc.Central.Configuration;
using ArubaNoc.Central.Http;
using ArubaNoc.Central.Tests.Fakes;
using Microsoft.Extensions.Logging;

namespace ArubaNoc.Central.Tests.Authentication;

public sealed class TokenCacheTests
{
    private readonly ObservableTimeProvider _time = new(TestSetup.Start);

    [Fact]
    public async Task GetToken_ValidToken_CompletesSynchronouslyWithoutRequest()
    {
        var central = new FakeCentral(_time);
        using var cache = CreateCache(central);
        await cache.GetTokenAsync(CancellationToken.None);

        var second = cache.GetTokenAsync(CancellationToken.None);

        Assert.True(second.IsCompletedSuccessfully);
        Assert.Equal(1, central.TokenRequestCount);
    }

    [Fact]
    public async Task GetToken_ExpiredToken10000Callers_SendsOneRequestPerBurst()
    {
        const int Bursts = 1000;
        const int Callers = 10_000;
        const int Threads = 4;
        var central = new FakeCentral(_time);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        central.TokenResponder = async (_, _) =>
        {
            await Volatile.Read(ref gate).Task;
            return central.IssueToken();
        };
        using var cache = CreateCache(central, TestSetup.Options with { TokenRefreshBuffer = TimeSpan.Zero });
        var first = cache.GetTokenAsync(CancellationToken.None);
        gate.SetResult();
        await first;

        var duplicates = 0;
        var failures = 0;
        var results = new ValueTask<TokenResult>[Callers];
        for (var burst = 1; burst <= Bursts; burst++)
        {
            Volatile.Write(ref gate, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
            var requestsBefore = central.TokenRequestCount;
            _time.Advance(TimeSpan.FromSeconds(central.TokenLifetimeSeconds));

            // Callers arrive on several threads; one of them opens the gate half-way, so the refresh
            // completes while the rest are still arriving.
            Parallel.For(0, Threads, new ParallelOptions { MaxDegreeOfParallelism = Threads }, thread =>
            {
                var perThread = Callers / Threads;
                for (var i = 0; i < perThread; i++)
                {
                    results[(thread * perThread) + i] = cache.GetTokenAsync(CancellationToken.None);
                    if (thread == 0 && i == perThread / 2)
                    {
                        Volatile.Read(ref gate).TrySetResult();
                    }
                }
            });
            Volatile.Read(ref gate).TrySetResult();

            foreach (var pending in results)
            {
                var result = await pending;
                if (!result.IsSuccess || result.Token.Generation != burst + 1)
                {
                    failures++;
                }
            }

            duplicates += central.TokenRequestCount - requestsBefore - 1;
        }

        Assert.Equal(0, duplicates);
        Assert.Equal(0, failures);
        Assert.Equal(Bursts + 1, central.TokenRequestCount);
    }

    [Fact]
    public async Task GetToken_InsideRefreshWindow_ReturnsCurrentAndRefreshesOnce()
    {
        var central = new FakeCentral(_time);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var cache = CreateCache(central);
        await cache.GetTokenAsync(CancellationToken.None);
        central.TokenResponder = async (_, _) =>
        {
            await gate.Task;
            return central.IssueToken();
        };

        // 7,150 s: inside the 60 s window before the 7,200 s expiry.
        _time.Advance(TimeSpan.FromSeconds(7150));
        var calls = Enumerable.Range(0, 100).Select(_ => cache.GetTokenAsync(CancellationToken.None)).ToList();

        Assert.All(calls, call => Assert.True(call.IsCompletedSuccessfully));
        Assert.All(calls, call => Assert.Equal(1, call.Result.Token!.Generation));
        Assert.Equal(2, central.TokenRequestCount);

        gate.SetResult();
        await WaitUntilAsync(() => cache.GetStatus().RefreshCount == 2);
        var after = await cache.GetTokenAsync(CancellationToken.None);
        Assert.Equal(2, after.Token!.Generation);
    }

    [Fact]
    public async Task BackgroundRefresh_Fails_KeepsOldTokenAndWarns()
    {
        var central = new FakeCentral(_time);
        var logs = new CapturingLoggerFactory();
        using var cache = CreateCache(central, logger: logs.CreateLogger("TokenCache"));
        await cache.GetTokenAsync(CancellationToken.None);
        central.TokenResponder = (_, _) => Task.FromResult(FakeCentral.Json(HttpStatusCode.ServiceUnavailable, "{}"));

        _time.Advance(TimeSpan.FromSeconds(7150));
        var during = await cache.GetTokenAsync(CancellationToken.None);
        await WaitUntilAsync(() => !cache.GetStatus().RefreshInFlight && central.TokenRequestCount >= 2);
        var stillValid = await cache.GetTokenAsync(CancellationToken.None);

        Assert.Equal(1, during.Token!.Generation);
        Assert.Equal(1, stillValid.Token!.Generation);
        Assert.Contains(logs.Entries, entry => entry.EventName == "BackgroundTokenRefreshFailed" && entry.Level == LogLevel.Warning);

        _time.Advance(TimeSpan.FromSeconds(50));
        var expired = await cache.GetTokenAsync(CancellationToken.None);
        Assert.False(expired.IsSuccess);
    }

    [Fact]
    public async Task BackgroundRefresh_AfterFailure_WaitsRetryDelay()
    {
        var central = new FakeCentral(_time);
        using var cache = CreateCache(central);
        await cache.GetTokenAsync(CancellationToken.None);
        central.TokenResponder = (_, _) => Task.FromResult(FakeCentral.Json(HttpStatusCode.ServiceUnavailable, "{}"));
        _time.Advance(TimeSpan.FromSeconds(7141));
        await WaitUntilAsync(() => central.TokenRequestCount == 2 && !cache.GetStatus().RefreshInFlight);

        for (var i = 0; i < 50; i++)
        {
            await cache.GetTokenAsync(CancellationToken.None);
        }

        Assert.Equal(2, central.TokenRequestCount);
    }

    [Fact]
    public async Task Invalidate_CurrentToken_NextCallFetchesNewToken()
    {
        var central = new FakeCentral(_time);
        using var cache = CreateCache(central);
        var first = await cache.GetTokenAsync(CancellationToken.None);

        var dropped = cache.Invalidate(first.Token!, 401);
        var second = await cache.GetTokenAsync(CancellationToken.None);

        Assert.True(dropped);
        Assert.Equal(2, second.Token!.Generation);
        Assert.Equal(2, central.TokenRequestCount);
    }

    [Fact]
    public async Task Invalidate_TokenAlreadyReplaced_DoesNotRefresh()
    {
        var central = new FakeCentral(_time);
        using var cache = CreateCache(central);
        var stale = (await cache.GetTokenAsync(CancellationToken.None)).Token!;
        cache.Invalidate(stale, 401);
        await cache.GetTokenAsync(CancellationToken.None);

        var droppedAgain = cache.Invalidate(stale, 401);
        var current = await cache.GetTokenAsync(CancellationToken.None);

        Assert.False(droppedAgain);
        Assert.Equal(2, current.Token!.Generation);
        Assert.Equal(2, central.TokenRequestCount);
    }

    [Fact]
    public async Task GetToken_InvalidClient_ReturnsConfigErrorWithoutRetrying()
    {
        var central = new FakeCentral(_time);
        central.TokenResponder = (_, _) => Task.FromResult(FakeCentral.Json(HttpStatusCode.Unauthorized, """{"error":"invalid_client","error_description":"Client authentication failed"}"""));
        using var cache = CreateCache(central);

        var first = await cache.GetTokenAsync(CancellationToken.None);
        var second = await cache.GetTokenAsync(CancellationToken.None);

        Assert.Equal(CentralErrorKind.Config, first.Error!.Kind);
        Assert.Equal("invalid_client", first.Error.ErrorCode);
        Assert.Equal(CentralErrorKind.Config, second.Error!.Kind);
        Assert.Equal(1, central.TokenRequestCount);
    }

    [Fact]
    public async Task GetToken_InvalidClientAfterHoldTime_TriesAgainOnce()
    {
        var central = new FakeCentral(_time);
        central.TokenResponder = (_, _) => Task.FromResult(FakeCentral.Json(HttpStatusCode.BadRequest, """{"error":"invalid_client"}"""));
        using var cache = CreateCache(central);
        await cache.GetTokenAsync(CancellationToken.None);

        _time.Advance(TokenCache.RejectionHoldTime);
        await cache.GetTokenAsync(CancellationToken.None);

        Assert.Equal(2, central.TokenRequestCount);
    }

    [Fact]
    public async Task GetToken_StaticToken_UsedWithoutRequest()
    {
        var central = new FakeCentral(_time);
        var options = TestSetup.Options with { ClientId = null, ClientSecret = null, AccessToken = "static-token" };
        using var cache = CreateCache(central, options);

        var result = await cache.GetTokenAsync(CancellationToken.None);
        var dropped = cache.Invalidate(result.Token!, 401);

        Assert.True(result.IsSuccess);
        Assert.False(dropped);
        Assert.Equal(0, central.TokenRequestCount);
    }

    [Fact]
    public async Task GetToken_StaticTokenWithCredentials_FetchesToken()
    {
        var central = new FakeCentral(_time);
        var options = TestSetup.Options with { AccessToken = "static-token" };
        using var cache = CreateCache(central, options);

        var result = await cache.GetTokenAsync(CancellationToken.None);

        Assert.True(result.IsSuccess);
        Assert.Equal(1, central.TokenRequestCount);
    }

    [Fact]
    public async Task GetToken_NoCredentials_ReturnsConfigErrorWithoutRequest()
    {
        var central = new FakeCentral(_time);
        var options = TestSetup.Options with { ClientId = null, ClientSecret = null };
        using var cache = CreateCache(central, options);

        var result = await cache.GetTokenAsync(CancellationToken.None);

        Assert.Equal(CentralErrorKind.Config, result.Error!.Kind);
        Assert.Equal(0, central.TokenRequestCount);
    }

    [Fact]
    public async Task GetToken_CallerCancelled_SharedRefreshStillCompletes()
    {
        var central = new FakeCentral(_time);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        central.TokenResponder = async (_, _) =>
        {
            await gate.Task;
            return central.IssueToken();
        };
        using var cache = CreateCache(central);
        using var cancellation = new CancellationTokenSource();

        var cancelled = cache.GetTokenAsync(cancellation.Token).AsTask();
        var patient = cache.GetTokenAsync(CancellationToken.None).AsTask();
        await cancellation.CancelAsync();
        gate.SetResult();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        Assert.True((await patient).IsSuccess);
        Assert.Equal(1, central.TokenRequestCount);
    }

    [Fact]
    public async Task TokenRequest_SendsClientCredentialsForm()
    {
        var central = new FakeCentral(_time);
        using var cache = CreateCache(central);

        await cache.GetTokenAsync(CancellationToken.None);

        Assert.True(central.TokenRequests.TryPeek(out var request));
        Assert.Equal("POST", request.Method);
        Assert.Equal("/as/token.oauth2", request.PathAndQuery);
        Assert.Equal($"grant_type=client_credentials&client_id=client-id-1&client_secret={TestSetup.ClientSecret}", request.Body);
        Assert.StartsWith("application/x-www-form-urlencoded", request.ContentType, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetToken_MissingExpiresIn_Assumes7200Seconds()
    {
        var central = new FakeCentral(_time);
        central.TokenResponder = (_, _) => Task.FromResult(FakeCentral.Json(HttpStatusCode.OK, """{"access_token":"abc","token_type":"Bearer"}"""));
        using var cache = CreateCache(central);

        var result = await cache.GetTokenAsync(CancellationToken.None);

        Assert.Equal(TestSetup.Start.AddSeconds(7200), result.Token!.ExpiresAt);
    }

    [Fact]
    public async Task RefreshTimer_BeforeDue_ServesTokenWithoutRequest()
    {
        var central = new FakeCentral(_time);
        using var cache = CreateCache(central);
        await cache.GetTokenAsync(CancellationToken.None);

        // The refresh is due at 7,140 s (60 s before the 7,200 s expiry); stop one tick short of it.
        _time.Advance(TimeSpan.FromSeconds(7140) - TimeSpan.FromTicks(1));
        var beforeDue = cache.GetTokenAsync(CancellationToken.None);

        Assert.True(beforeDue.IsCompletedSuccessfully);
        Assert.Equal(1, (await beforeDue).Token!.Generation);
        Assert.Equal(1, central.TokenRequestCount);
    }

    [Fact]
    public async Task RefreshTimer_AtDueTime_StartsRefreshWithoutCaller()
    {
        var central = new FakeCentral(_time);
        using var cache = CreateCache(central);
        await cache.GetTokenAsync(CancellationToken.None);

        _time.Advance(TimeSpan.FromSeconds(7140));
        await WaitUntilAsync(() => cache.GetStatus().RefreshCount == 2);
        var after = await cache.GetTokenAsync(CancellationToken.None);

        Assert.Equal(2, central.TokenRequestCount);
        Assert.Equal(2, after.Token!.Generation);
    }

    [Fact]
    public async Task ExpiryTimer_Fired_NeverServesExpiredToken()
    {
        var central = new FakeCentral(_time);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var cache = CreateCache(central, TestSetup.Options with { TokenRefreshBuffer = TimeSpan.Zero });
        await cache.GetTokenAsync(CancellationToken.None);
        central.TokenResponder = async (_, _) =>
        {
            await gate.Task;
            return central.IssueToken();
        };

        _time.Advance(TimeSpan.FromSeconds(7200));
        var calls = Enumerable.Range(0, 100).Select(_ => cache.GetTokenAsync(CancellationToken.None).AsTask()).ToList();
        var completedBeforeNewToken = calls.Count(call => call.IsCompleted);
        gate.SetResult();
        var results = await Task.WhenAll(calls);

        Assert.Equal(0, completedBeforeNewToken);
        Assert.All(results, result => Assert.Equal(2, result.Token!.Generation));
        Assert.Equal(2, central.TokenRequestCount);
        Assert.Equal(TokenState.Valid, cache.GetStatus().State);
    }

    [Fact]
    public async Task ExpiryTimer_DuringFailedRefresh_StatusExpired()
    {
        var central = new FakeCentral(_time);
        using var cache = CreateCache(central);
        await cache.GetTokenAsync(CancellationToken.None);
        central.TokenResponder = (_, _) => Task.FromResult(FakeCentral.Json(HttpStatusCode.ServiceUnavailable, "{}"));

        _time.Advance(TimeSpan.FromSeconds(7200));
        await WaitUntilAsync(() => !cache.GetStatus().RefreshInFlight);
        var expired = await cache.GetTokenAsync(CancellationToken.None);

        Assert.False(expired.IsSuccess);
        Assert.Equal(TokenState.Expired, cache.GetStatus().State);
    }

    [Fact]
    public async Task Invalidate_AfterRefreshDue_FetchesInForeground()
    {
        var central = new FakeCentral(_time);
        using var cache = CreateCache(central);
        var first = await cache.GetTokenAsync(CancellationToken.None);
        central.TokenResponder = (_, _) => Task.FromResult(FakeCentral.Json(HttpStatusCode.ServiceUnavailable, "{}"));
        _time.Advance(TimeSpan.FromSeconds(7150));
        await WaitUntilAsync(() => !cache.GetStatus().RefreshInFlight);
        central.TokenResponder = (_, _) => Task.FromResult(central.IssueToken());

        var dropped = cache.Invalidate(first.Token!, 401);
        var replacement = await cache.GetTokenAsync(CancellationToken.None);

        Assert.True(dropped);
        Assert.Equal(2, replacement.Token!.Generation);
        Assert.Equal(3, central.TokenRequestCount);
    }

    [Fact]
    public async Task GetToken_LifetimeBeyondTimerRange_StillRefreshesWhenDue()
    {
        const int Lifetime = int.MaxValue;
        var central = new FakeCentral(_time);
        central.TokenResponder = (_, _) => Task.FromResult(FakeCentral.Json(HttpStatusCode.OK, $$"""{"access_token":"long-lived","expires_in":{{Lifetime}}}"""));
        using var cache = CreateCache(central);

        var first = await cache.GetTokenAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(Lifetime) - TimeSpan.FromSeconds(61));
        var beforeDue = central.TokenRequestCount;
        _time.Advance(TimeSpan.FromSeconds(1));
        await WaitUntilAsync(() => central.TokenRequestCount == 2 && !cache.GetStatus().RefreshInFlight);

        Assert.True(first.IsSuccess);
        Assert.Equal(1, beforeDue);
        Assert.Equal(2, central.TokenRequestCount);
    }

    private TokenCache CreateCache(FakeCentral central, CentralOptions? options = null, ILogger? logger = null)
    {
        var httpClient = new HttpClient(central, disposeHandler: false);
        return new TokenCache(options ?? TestSetup.Options, httpClient, _time, logger);
    }

    // Waits for work that continues on the thread pool; bounded by the test's cancellation, never by a timed assertion.
    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        while (!condition())
        {
            TestContext.Current.CancellationToken.ThrowIfCancellationRequested();
            await Task.Yield();
        }
    }
}
