using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using ArubaNoc.Simulator.Tenant;
using Microsoft.Extensions.Time.Testing;

namespace ArubaNoc.Simulator.Tests.TestSupport;

/// <summary>A handler on a fake clock with an HttpClient that holds a valid token. No request leaves the process.</summary>
internal sealed class SimulatorHarness : IDisposable
{
    // A host that cannot resolve: the in-process handler serves any host and opens no socket.
    public static readonly Uri BaseAddress = new("https://central.simulator.invalid/");

    private static readonly Lazy<SimulatedTenant> SharedDefault = new(() => SimulatedTenant.CreateDefault());

    public SimulatorHarness(SimulatedTenant? tenant = null, SimulatorOptions? options = null, bool authorize = true)
    {
        Time = new FakeTimeProvider(SimulatedTenant.DefaultReferenceTime);
        Handler = new SimulatorHandler(tenant ?? SharedDefault.Value, WithTime(options, Time));
        Client = new HttpClient(Handler, disposeHandler: false) { BaseAddress = BaseAddress };
        if (authorize)
        {
            Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Handler.IssueToken());
        }
    }

    /// <summary>The default demo tenant, built once for all tests (it is immutable).</summary>
    public static SimulatedTenant DefaultTenant => SharedDefault.Value;

    public FakeTimeProvider Time { get; }

    public SimulatorHandler Handler { get; }

    public HttpClient Client { get; }

    public async Task<(HttpStatusCode Status, JsonNode? Body, HttpResponseMessage Response)> GetAsync(string pathAndQuery)
    {
        var response = await Client.GetAsync(new Uri(pathAndQuery, UriKind.Relative), TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text), response);
    }

    public async Task<byte[]> GetBytesAsync(string pathAndQuery)
    {
        var response = await Client.GetAsync(new Uri(pathAndQuery, UriKind.Relative), TestContext.Current.CancellationToken);
        return await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
    }

    public async Task<(HttpStatusCode Status, JsonNode? Body)> PostJsonAsync(string path, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        var response = await Client.PostAsync(new Uri(path, UriKind.Relative), content, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    public void Dispose()
    {
        Client.Dispose();
        Handler.Dispose();
    }

    private static SimulatorOptions WithTime(SimulatorOptions? options, TimeProvider time) => new()
    {
        TimeProvider = time,
        TokenLifetime = options?.TokenLifetime ?? TimeSpan.FromSeconds(7200),
        NextAsInteger = options?.NextAsInteger ?? false,
        StatusCodeAsString = options?.StatusCodeAsString ?? false,
        RateLimitPerHour = options?.RateLimitPerHour ?? 5000,
        TaskRetention = options?.TaskRetention ?? TimeSpan.FromMinutes(15),
        TaskStartDelay = options?.TaskStartDelay ?? TimeSpan.FromSeconds(2),
        PingDuration = options?.PingDuration ?? TimeSpan.FromSeconds(10),
        TracerouteDuration = options?.TracerouteDuration ?? TimeSpan.FromSeconds(40),
    };
}
