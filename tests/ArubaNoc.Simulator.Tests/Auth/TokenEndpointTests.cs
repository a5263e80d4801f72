using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using ArubaNoc.Simulator.Tests.TestSupport;

namespace ArubaNoc.Simulator.Tests.Auth;

public sealed class TokenEndpointTests
{
    private const string Devices = "/network-monitoring/v1/devices?limit=1";

    [Fact]
    public async Task FormCredentials_WorkOnAnyHost()
    {
        using var harness = new SimulatorHarness(authorize: false);

        var token = await RequestTokenAsync(harness, new Uri("https://sso.example.invalid/as/token.oauth2"));
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("https://other-host.invalid" + Devices));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token!["access_token"]!.GetValue<string>());
        using var response = await harness.Client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal("Bearer", token["token_type"]!.GetValue<string>());
        Assert.Equal(7200, token["expires_in"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, harness.Handler.TokensIssued);
    }

    [Fact]
    public async Task BasicCredentials_AreAccepted()
    {
        using var harness = new SimulatorHarness(authorize: false);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/as/token.oauth2", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent([new("grant_type", "client_credentials")]),
        };
        var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes(SimulatorCredentials.ClientId + ":" + SimulatorCredentials.ClientSecret));
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", basic);

        using var response = await harness.Client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task WrongSecret_IsInvalidClient()
    {
        using var harness = new SimulatorHarness(authorize: false);

        using var response = await PostFormAsync(harness, "grant_type=client_credentials&client_id=" + SimulatorCredentials.ClientId + "&client_secret=wrong");
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("invalid_client", body!["error"]!.GetValue<string>());
        Assert.True(response.Headers.Contains("X-RateLimit-Reset"));
    }

    [Fact]
    public async Task OtherGrant_IsUnsupported()
    {
        using var harness = new SimulatorHarness(authorize: false);

        using var response = await PostFormAsync(harness, "grant_type=password&client_id=a&client_secret=b");
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("unsupported_grant_type", body!["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task MissingToken_Is401WithCentralBody()
    {
        using var harness = new SimulatorHarness(authorize: false);

        var (status, body, _) = await harness.GetAsync(Devices);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("HPE_GL_ERROR_UNAUTHORIZED", body!["errorCode"]!.GetValue<string>());
        Assert.NotNull(body["debugId"]);
    }

    [Fact]
    public async Task UnknownToken_Is401()
    {
        using var harness = new SimulatorHarness(authorize: false);
        harness.Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "made-up");

        var (status, _, _) = await harness.GetAsync(Devices);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }

    [Fact]
    public async Task Token_ExpiresAfterLifetimeOnSimulatedClock()
    {
        using var harness = new SimulatorHarness(options: new SimulatorOptions { TokenLifetime = TimeSpan.FromSeconds(900) });

        harness.Time.Advance(TimeSpan.FromSeconds(899));
        var (before, _, _) = await harness.GetAsync(Devices);
        harness.Time.Advance(TimeSpan.FromSeconds(1));
        var (after, body, _) = await harness.GetAsync(Devices);

        Assert.Equal(HttpStatusCode.OK, before);
        Assert.Equal(HttpStatusCode.Unauthorized, after);
        Assert.Equal("Unauthorized: the access token has expired.", body!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task ExpiresIn_FollowsOption()
    {
        using var harness = new SimulatorHarness(authorize: false, options: new SimulatorOptions { TokenLifetime = TimeSpan.FromSeconds(900) });

        var token = await RequestTokenAsync(harness, new Uri("/as/token.oauth2", UriKind.Relative));

        Assert.Equal(900, token!["expires_in"]!.GetValue<int>());
    }

    [Fact]
    public async Task StaticToken_NeverExpires()
    {
        using var harness = new SimulatorHarness(authorize: false);
        harness.Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", SimulatorCredentials.StaticAccessToken);

        harness.Time.Advance(TimeSpan.FromDays(30));
        var (status, _, _) = await harness.GetAsync(Devices);

        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task TroubleshootingUnauthorized_HasShortBody()
    {
        using var harness = new SimulatorHarness(authorize: false);

        var (status, body, _) = await harness.GetAsync("/network-troubleshooting/v1/aps/X/list-tasks");

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.NotNull(body!["errorCode"]);
        Assert.Null(body["debugId"]);
    }

    private static async Task<JsonNode?> RequestTokenAsync(SimulatorHarness harness, Uri tokenUrl)
    {
        using var content = new FormUrlEncodedContent(
        [
            new("grant_type", "client_credentials"),
            new("client_id", SimulatorCredentials.ClientId),
            new("client_secret", SimulatorCredentials.ClientSecret),
        ]);
        using var response = await harness.Client.PostAsync(tokenUrl, content, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    private static Task<HttpResponseMessage> PostFormAsync(SimulatorHarness harness, string form) =>
        harness.Client.PostAsync(
            new Uri("/as/token.oauth2", UriKind.Relative),
            new StringContent(form, Encoding.UTF8, "application/x-www-form-urlencoded"),
            TestContext.Current.CancellationToken);
}
