using System.Net;
using ArubaNoc.Central.Http;
using ArubaNoc.Central.Tests.Fakes;
using ArubaNoc.Central.Wire;

namespace ArubaNoc.Central.Tests.Observability;

public sealed class SecretLoggingTests
{
    [Fact]
    public async Task TokenLifeCycle_TraceLogs_HaveNoSecrets()
    {
        var time = new ObservableTimeProvider(TestSetup.Start);
        using var central = new FakeCentral(time);
        var logs = new CapturingLoggerFactory();
        var issued = new List<string>();
        var tokenFailures = false;
        central.TokenResponder = (_, _) =>
        {
            if (Volatile.Read(ref tokenFailures))
            {
                return Task.FromResult(FakeCentral.Json(HttpStatusCode.InternalServerError, "{}"));
            }

            var token = $"eyJhbGciOi.TopSecretToken{issued.Count + 1}.sig";
            issued.Add(token);
            return Task.FromResult(FakeCentral.Json(HttpStatusCode.OK, $$"""{"access_token":"{{token}}","token_type":"Bearer","expires_in":900}"""));
        };
        central.ApiResponder = (request, _) => Task.FromResult(request.BearerToken == issued[0]
            ? FakeCentral.Json(HttpStatusCode.Unauthorized, $$"""{"errorCode":"HPE_GL_ERROR_UNAUTHORIZED","message":"token {{request.BearerToken}} rejected"}""")
            : Responses.Ok());
        var options = TestSetup.Options with { RateLimitRequests = 100, RateLimitWindow = TimeSpan.FromSeconds(60) };
        var errors = new List<string>();
        using (var client = TestSetup.CreateClient(time, central, options, logs))
        {
            // Fetch, 401 with the token echoed, refresh, replay.
            await Get(client);

            // Background refresh ahead of expiry succeeds.
            time.Advance(TimeSpan.FromSeconds(850));
            await Wait.UntilAsync(() => !client.Tokens.GetStatus().RefreshInFlight);
            await Get(client);

            // Background refresh fails, then the token expires and a foreground refresh fails too.
            Volatile.Write(ref tokenFailures, true);
            time.Advance(TimeSpan.FromSeconds(850));
            await Wait.UntilAsync(() => !client.Tokens.GetStatus().RefreshInFlight);
            time.Advance(TimeSpan.FromSeconds(60));
            errors.Add((await Get(client)).Error!.ToString());

            // Then the token endpoint rejects the credentials.
            central.TokenResponder = (_, _) => Task.FromResult(FakeCentral.Json(HttpStatusCode.Unauthorized, """{"error":"invalid_client"}"""));
            errors.Add((await Get(client)).Error!.ToString());
        }

        Assert.True(issued.Count >= 3);
        string[] lifeCycle = ["TokenRefreshed", "TokenRejected", "BackgroundTokenRefreshFailed", "TokenRequestFailed", "CredentialsRejected", "CentralRequestSending"];
        Assert.All(lifeCycle, name => Assert.Contains(logs.Entries, entry => entry.EventName == name));
        Assert.Contains(logs.Entries, entry => entry.Level == Microsoft.Extensions.Logging.LogLevel.Trace);
        var everything = string.Join('\n', logs.Entries.Select(entry => entry.AllText).Concat(errors));
        Assert.DoesNotContain(TestSetup.ClientSecret, everything, StringComparison.Ordinal);
        Assert.DoesNotContain("TopSecretToken", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("Bearer", everything, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeCentral.ApiHost, everything, StringComparison.Ordinal);
    }

    private static Task<CentralResponse<System.Text.Json.JsonElement>> Get(CentralClient client)
    {
        return client.SendAsync(CentralRequest.Get("/network-monitoring/v1/devices"), CentralJsonContext.Default.JsonElement, CancellationToken.None);
    }
}
