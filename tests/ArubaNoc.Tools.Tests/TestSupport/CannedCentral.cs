using System.Net;
using System.Text;
using ArubaNoc.Central.Configuration;
using ArubaNoc.Central.Http;
using ArubaNoc.Tools.Framework;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace ArubaNoc.Tools.Tests.TestSupport;

/// <summary>
/// The real Central client pipeline over a handler that returns fixed bodies per raw path, for tests that
/// need exact values (thresholds, odd field forms) the simulated tenant does not produce. Authenticates with
/// a static access token, so no token request is made. A path without a body returns a Central 404 body.
/// </summary>
internal sealed class CannedCentral : IDisposable
{
    /// <summary>errorCode of the 404 body returned for paths without a canned body.</summary>
    public const string NotFoundCode = "HPE_GL_ERROR_NOT_FOUND";

    /// <summary>debugId of the 404 body returned for paths without a canned body.</summary>
    public const string NotFoundDebugId = "canned-debug-404";

    private readonly CannedHandler _handler = new();

    public CannedCentral()
    {
        Time = new FakeTimeProvider(new DateTimeOffset(2026, 7, 1, 12, 0, 0, TimeSpan.Zero));
        var options = new CentralOptions
        {
            BaseUrl = SimulatedCentral.BaseUrl,
            AccessToken = "canned-access-token",
            RateLimitRequests = 10_000,
            MaxConcurrency = 64,
        };
        Client = CentralClient.Create(options, Time, NullLoggerFactory.Instance, _handler);
        Environment = new ToolEnvironment
        {
            Central = Client,
            TimeProvider = Time,
            ServerVersion = "0.0.0-test",
            StartedTimestamp = Time.GetTimestamp(),
        };
    }

    public FakeTimeProvider Time { get; }

    public CentralClient Client { get; }

    public ToolEnvironment Environment { get; }

    /// <summary>Raw path and query of every request, in order, as sent (percent-encoding kept).</summary>
    public IReadOnlyList<string> Requests => _handler.Requests;

    /// <summary>
    /// Serves <paramref name="json"/> with <paramref name="status"/> for GET <paramref name="path"/>. A path with a
    /// query matches only that exact path and query; a path without one matches any query.
    /// </summary>
    public CannedCentral Serve(string path, string json, HttpStatusCode status = HttpStatusCode.OK)
    {
        _handler.Bodies[path] = (status, json);
        return this;
    }

    /// <summary>Adds <paramref name="name"/>: <paramref name="value"/> to every response.</summary>
    public CannedCentral WithHeader(string name, string value)
    {
        _handler.Headers[name] = value;
        return this;
    }

    public void Dispose()
    {
        Client.Dispose();
        _handler.Dispose();
    }

    private sealed class CannedHandler : HttpMessageHandler
    {
        private readonly List<string> _requests = [];

        public Dictionary<string, (HttpStatusCode Status, string Json)> Bodies { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);

        public IReadOnlyList<string> Requests
        {
            get
            {
                lock (_requests)
                {
                    return [.. _requests];
                }
            }
        }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var uri = request.RequestUri!;
            lock (_requests)
            {
                _requests.Add(uri.PathAndQuery);
            }

            var (status, json) = Bodies.TryGetValue(uri.PathAndQuery, out var exact)
                ? exact
                : Bodies.TryGetValue(uri.AbsolutePath, out var canned)
                ? canned
                : (HttpStatusCode.NotFound, $$"""{"httpStatusCode":404,"errorCode":"{{NotFoundCode}}","message":"not found","debugId":"{{NotFoundDebugId}}"}""");
            var response = new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
            foreach (var (name, value) in Headers)
            {
                response.Headers.TryAddWithoutValidation(name, value);
            }

            return Task.FromResult(response);
        }
    }
}
