using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace ArubaNoc.Central.Tests.Fakes;

/// <summary>
/// In-process stand-in for Central and its token endpoint. Token requests go to <see cref="TokenResponder"/>
/// (default: a new token <c>token-N</c> valid for <see cref="TokenLifetimeSeconds"/>); API requests go to
/// <see cref="ApiResponder"/> (default: 200 <c>{}</c>). Every request is recorded with the fake time it arrived.
/// </summary>
internal sealed class FakeCentral : HttpMessageHandler
{
    public const string TokenHost = "sso.example.test";
    public const string ApiHost = "central.example.test";

    private readonly TimeProvider _time;
    private int _tokenRequests;
    private int _apiRequests;
    private int _issued;

    public FakeCentral(TimeProvider time)
    {
        _time = time;
        TokenResponder = (_, _) => Task.FromResult(IssueToken());
        ApiResponder = (_, _) => Task.FromResult(Json(HttpStatusCode.OK, "{}"));
    }

    public int TokenLifetimeSeconds { get; set; } = 7200;

    public Func<RecordedRequest, CancellationToken, Task<HttpResponseMessage>> TokenResponder { get; set; }

    public Func<RecordedRequest, CancellationToken, Task<HttpResponseMessage>> ApiResponder { get; set; }

    public ConcurrentQueue<RecordedRequest> TokenRequests { get; } = new();

    public ConcurrentQueue<RecordedRequest> ApiRequests { get; } = new();

    /// <summary>Tokens issued so far, with the fake time each was issued.</summary>
    public ConcurrentDictionary<string, DateTimeOffset> IssuedTokens { get; } = new();

    public int TokenRequestCount => Volatile.Read(ref _tokenRequests);

    public int ApiRequestCount => Volatile.Read(ref _apiRequests);

    /// <summary>Builds a 200 token response with a fresh token.</summary>
    public HttpResponseMessage IssueToken()
    {
        var token = $"token-{Interlocked.Increment(ref _issued)}";
        IssuedTokens[token] = _time.GetUtcNow();
        return Json(HttpStatusCode.OK, $$"""{"access_token":"{{token}}","token_type":"Bearer","expires_in":{{TokenLifetimeSeconds}}}""");
    }

    public static HttpResponseMessage Json(HttpStatusCode status, string body)
    {
        return new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        var uri = request.RequestUri!;
        var recorded = new RecordedRequest(
            request.Method.Method,
            uri.Host,
            uri.PathAndQuery,
            request.Headers.Authorization?.ToString(),
            request.Headers.Accept.ToString(),
            request.Content?.Headers.ContentType?.ToString(),
            body,
            _time.GetUtcNow());

        if (uri.Host == TokenHost)
        {
            TokenRequests.Enqueue(recorded);
            Interlocked.Increment(ref _tokenRequests);
            return await TokenResponder(recorded, cancellationToken);
        }

        ApiRequests.Enqueue(recorded);
        Interlocked.Increment(ref _apiRequests);
        return await ApiResponder(recorded, cancellationToken);
    }
}
