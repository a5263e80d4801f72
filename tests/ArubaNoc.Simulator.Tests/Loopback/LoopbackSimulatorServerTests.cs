using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using ArubaNoc.Simulator.Faults;
using ArubaNoc.Simulator.Loopback;
using ArubaNoc.Simulator.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace ArubaNoc.Simulator.Tests.Loopback;

public sealed class LoopbackSimulatorServerTests
{
    [Fact]
    public async Task Server_AnswersOverRealSocketOnLoopback()
    {
        using var handler = new SimulatorHandler(SimulatorHarness.DefaultTenant, new SimulatorOptions { TimeProvider = new FakeTimeProvider(ArubaNoc.Simulator.Tenant.SimulatedTenant.DefaultReferenceTime) });
        await using var server = LoopbackSimulatorServer.Start(handler);
        using var client = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = server.BaseAddress };

        using var form = new FormUrlEncodedContent(
        [
            new("grant_type", "client_credentials"), new("client_id", SimulatorCredentials.ClientId), new("client_secret", SimulatorCredentials.ClientSecret),
        ]);
        using var tokenResponse = await client.PostAsync(server.TokenUrl, form, TestContext.Current.CancellationToken);
        var token = JsonNode.Parse(await tokenResponse.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!["access_token"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.GetAsync(new Uri("network-monitoring/v1/wlans/" + Uri.EscapeDataString("Café–Gäste"), UriKind.Relative), TestContext.Current.CancellationToken);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(IPAddress.Loopback.ToString(), server.BaseAddress.Host);
        Assert.Equal(HttpStatusCode.OK, tokenResponse.StatusCode);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Café–Gäste", body!["wlanName"]!.GetValue<string>());
        Assert.True(response.Headers.Contains("X-RateLimit-Reset"));
        Assert.Equal("/network-monitoring/v1/wlans/Caf%C3%A9%E2%80%93G%C3%A4ste", handler.RequestLog.Snapshot()[1].Path);
    }

    [Fact]
    public async Task Server_PassesFaultsAndErrorStatus()
    {
        using var handler = new SimulatorHandler(SimulatorHarness.DefaultTenant);
        handler.Faults.Arm(FaultScript.RateLimitedRetryAfter(5), times: 1);
        await using var server = LoopbackSimulatorServer.Start(handler);
        using var client = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = server.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", SimulatorCredentials.StaticAccessToken);

        using var limited = await client.GetAsync(new Uri("network-monitoring/v1/devices?limit=1", UriKind.Relative), TestContext.Current.CancellationToken);
        using var ok = await client.GetAsync(new Uri("network-monitoring/v1/devices?limit=1", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(5), limited.Headers.RetryAfter!.Delta);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
    }

    [Fact]
    public async Task Dispose_StopsListening()
    {
        using var handler = new SimulatorHandler(SimulatorHarness.DefaultTenant);
        var server = LoopbackSimulatorServer.Start(handler);
        var port = server.BaseAddress.Port;

        await server.DisposeAsync();

        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await Assert.ThrowsAnyAsync<SocketException>(() => socket.ConnectAsync(IPAddress.Loopback, port, TestContext.Current.CancellationToken).AsTask());
    }
}
