using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using ArubaNoc.Benchmarks.Support;
using ArubaNoc.Central.Configuration;
using ArubaNoc.Central.Http;
using ArubaNoc.Central.Wire;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Logging.Abstractions;

namespace ArubaNoc.Benchmarks.Client;

/// <summary>
/// One GET to a loopback HTTP server on 127.0.0.1, read and parsed as JSON: a bare <see cref="HttpClient"/>
/// (the baseline) against <see cref="CentralClient.SendAsync{T}"/>. The difference is what the client's
/// policies cost per request: breaker admit, limiter token and in-flight slot, token lookup, per-request
/// timeout, telemetry and response mapping. Both clients use a <see cref="SocketsHttpHandler"/> with the
/// same settings, send the same headers (Authorization, Accept) and parse the same body with the same
/// source-generated type.
/// </summary>
/// <remarks>
/// The client runs with a static access token and limits far above the request rate (one million requests
/// per second, 64 in flight), so no request waits. One request is sent at a time. A loopback round trip
/// varies by microseconds, so this class runs 15 measured iterations instead of the short job's three.
/// </remarks>
[MemoryDiagnoser]
[IterationCount(15)]
public class ClientPipelineBenchmarks
{
    private const string Path = "/network-monitoring/v1alpha1/aps";
    private const string Body = """{"items":[{"serialNumber":"CNBENCH001","deviceName":"ap-1","status":"ONLINE"}],"count":1,"total":1,"next":null}""";

    private static readonly MediaTypeWithQualityHeaderValue AcceptJson = new("application/json");

    private LoopbackHttpServer _server = null!;
    private HttpClient _bare = null!;
    private CentralClient _central = null!;
    private Uri _uri = null!;
    private AuthenticationHeaderValue _authorization = null!;
    private CentralRequest _request = null!;

    [GlobalSetup]
    public void Setup()
    {
        _server = new LoopbackHttpServer(Body);
        _uri = new Uri(_server.BaseAddress, Path);
        _authorization = new AuthenticationHeaderValue("Bearer", "bench-static-token");

        // Same handler settings as CentralClient's own SocketsHttpHandler.
        _bare = new HttpClient(new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(1),
            ConnectTimeout = TimeSpan.FromSeconds(30),
            AutomaticDecompression = DecompressionMethods.All,
            AllowAutoRedirect = false,
        })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };

        var options = new CentralOptions
        {
            BaseUrl = _server.BaseAddress,
            AccessToken = "bench-static-token",
            RateLimitRequests = 1_000_000,
            RateLimitWindow = TimeSpan.FromSeconds(1),
            MaxConcurrency = 64,
        };
        _central = CentralClient.Create(options, TimeProvider.System, NullLoggerFactory.Instance);
        _request = CentralRequest.Get(Path);

        // Open the pooled connections before measuring, and check both paths work.
        BareGet().GetAwaiter().GetResult();
        CentralGet().GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _central.Dispose();
        _bare.Dispose();
        _server.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Benchmark(Baseline = true, Description = "Bare HttpClient GET")]
    public async Task<CentralList<JsonElement>?> BareGet()
    {
        using var message = new HttpRequestMessage(HttpMethod.Get, _uri);
        message.Headers.Authorization = _authorization;
        message.Headers.Accept.Add(AcceptJson);
        using var response = await _bare.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, CancellationToken.None).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var stream = await response.Content.ReadAsStreamAsync(CancellationToken.None).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            return await JsonSerializer.DeserializeAsync(stream, CentralJsonContext.Default.CentralListJsonElement, CancellationToken.None).ConfigureAwait(false);
        }
    }

    [Benchmark(Description = "CentralClient GET (all policies)")]
    public async Task<CentralList<JsonElement>?> CentralGet()
    {
        var response = await _central.SendAsync(_request, CentralJsonContext.Default.CentralListJsonElement, CancellationToken.None).ConfigureAwait(false);
        if (!response.IsSuccess)
        {
            throw new InvalidOperationException($"CentralClient returned an error: {response.Error!.Message}");
        }

        return response.Value;
    }
}
