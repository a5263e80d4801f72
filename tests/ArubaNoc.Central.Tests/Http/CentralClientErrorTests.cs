using System.Net;
using System.Text.Json;
using ArubaNoc.Central.Http;
using ArubaNoc.Central.Resilience;
using ArubaNoc.Central.Tests.Fakes;
using ArubaNoc.Central.Wire;

namespace ArubaNoc.Central.Tests.Http;

public sealed class CentralClientErrorTests : IDisposable
{
    private const string DevicesPath = "/network-monitoring/v1/devices";

    private readonly ObservableTimeProvider _time = new(TestSetup.Start);
    private readonly FakeCentral _central;

    public CentralClientErrorTests()
    {
        _central = new FakeCentral(_time);
    }

    public void Dispose() => _central.Dispose();

    [Fact]
    public async Task NoCredentials_ReturnsConfigErrorAndSendsNothing()
    {
        var options = TestSetup.Options with { ClientId = null, ClientSecret = null };
        using var client = TestSetup.CreateClient(_time, _central, options);

        var response = await Get(client);

        Assert.Equal(CentralErrorKind.Config, response.Error!.Kind);
        Assert.Equal("config", response.Error.KindName);
        Assert.Contains("ARUBA_CLIENT_ID", response.Error.Message, StringComparison.Ordinal);
        Assert.Contains("ARUBA_CLIENT_SECRET", response.Error.Message, StringComparison.Ordinal);
        Assert.Equal(0, _central.TokenRequestCount);
        Assert.Equal(0, _central.ApiRequestCount);
        Assert.Equal(0, response.Attempts);
    }

    [Fact]
    public async Task ReusedRequest_ChangedQuery_SendsNewUri()
    {
        using var client = TestSetup.CreateClient(_time, _central);
        _central.ApiResponder = (_, _) => Task.FromResult(Responses.Ok());
        var request = CentralRequest.Get(DevicesPath);

        await client.SendAsync(request, CentralJsonContext.Default.JsonElement, CancellationToken.None);
        await client.SendAsync(request, CentralJsonContext.Default.JsonElement, CancellationToken.None);
        request.WithQuery("limit", 5);
        await client.SendAsync(request, CentralJsonContext.Default.JsonElement, CancellationToken.None);

        Assert.Equal([DevicesPath, DevicesPath, DevicesPath + "?limit=5"], _central.ApiRequests.Select(sent => sent.PathAndQuery));
    }

    [Fact]
    public async Task ReusedRequest_OtherClientBaseUrl_SentToOwnHost()
    {
        const string OtherHost = "central.example.test.other";
        _central.ApiResponder = (_, _) => Task.FromResult(Responses.Ok());
        using var first = TestSetup.CreateClient(_time, _central);
        using var second = TestSetup.CreateClient(_time, _central, TestSetup.Options with { BaseUrl = new Uri($"https://{OtherHost}") });
        var request = CentralRequest.Get(DevicesPath);

        await first.SendAsync(request, CentralJsonContext.Default.JsonElement, CancellationToken.None);
        await second.SendAsync(request, CentralJsonContext.Default.JsonElement, CancellationToken.None);

        Assert.Equal([FakeCentral.ApiHost, OtherHost], _central.ApiRequests.Select(sent => sent.Host));
    }

    [Fact]
    public async Task NoBaseUrl_ReturnsConfigErrorNamingRegion()
    {
        var options = TestSetup.Options with { BaseUrl = null };
        using var client = TestSetup.CreateClient(_time, _central, options);

        var response = await Get(client);

        Assert.Equal(CentralErrorKind.Config, response.Error!.Kind);
        Assert.Contains("ARUBA_REGION", response.Error.Message, StringComparison.Ordinal);
        Assert.Equal(0, _central.TokenRequestCount);
    }

    [Fact]
    public async Task CentralErrorBody_KeepsErrorCodeMessageAndDebugId()
    {
        using var client = TestSetup.CreateClient(_time, _central);
        _central.ApiResponder = (_, _) => Task.FromResult(FakeCentral.Json(HttpStatusCode.BadRequest,
            """{"httpStatusCode":400,"errorCode":"HPE_GL_NETWORK_MONITORING_INVALID_INPUT","message":"Unknown query parameter: end","debugId":"abc"}"""));

        var response = await Get(client);

        Assert.Equal(CentralErrorKind.Central, response.Error!.Kind);
        Assert.Equal(400, response.Error.HttpStatus);
        Assert.Equal("HPE_GL_NETWORK_MONITORING_INVALID_INPUT", response.Error.ErrorCode);
        Assert.Equal("Unknown query parameter: end", response.Error.Message);
        Assert.Equal("abc", response.Error.DebugId);
        Assert.Equal(DevicesPath, response.Error.PathTemplate);
    }

    [Fact]
    public async Task StatusCodeAsString_Accepted()
    {
        using var client = TestSetup.CreateClient(_time, _central);
        _central.ApiResponder = (_, _) => Task.FromResult(FakeCentral.Json(HttpStatusCode.Conflict,
            """{"httpStatusCode":"409","errorCode":"HPE_GL_ERROR_CONFLICT","message":"conflict","debugId":"d-9"}"""));

        var response = await Get(client);

        Assert.Equal(409, response.Error!.HttpStatus);
        Assert.Equal("HPE_GL_ERROR_CONFLICT", response.Error.ErrorCode);
    }

    [Fact]
    public async Task TroubleshootingErrorBody_WithoutDebugId_Mapped()
    {
        using var client = TestSetup.CreateClient(_time, _central);
        _central.ApiResponder = (_, _) => Task.FromResult(FakeCentral.Json(HttpStatusCode.Conflict,
            """{"errorCode":"HPE_GRAVITY_DEVICE_OFFLINE","message":"Device is offline"}"""));

        var response = await Get(client);

        Assert.Equal("HPE_GRAVITY_DEVICE_OFFLINE", response.Error!.ErrorCode);
        Assert.Equal("Device is offline", response.Error.Message);
        Assert.Null(response.Error.DebugId);
    }

    [Fact]
    public async Task Status404_IsNotFound()
    {
        using var client = TestSetup.CreateClient(_time, _central);
        _central.ApiResponder = (_, _) => Task.FromResult(Responses.Error(404, "HPE_GL_ERROR_NOT_FOUND"));

        var response = await Get(client);

        Assert.Equal(CentralErrorKind.NotFound, response.Error!.Kind);
        Assert.Equal("not_found", response.Error.KindName);
    }

    [Fact]
    public async Task NonJsonBody_KeepsStatusAndCleanPrefix()
    {
        using var client = TestSetup.CreateClient(_time, _central);
        var html = "<html>\n<body>\u0007Bad gateway" + new string('x', 400) + "</body></html>";
        _central.ApiResponder = (_, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.InternalServerError) { Content = new StringContent(html) });

        var response = await Get(client);

        Assert.StartsWith("Central returned HTTP 500: <html> <body>Bad gateway", response.Error!.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', response.Error.Message);
        Assert.DoesNotContain('\u0007', response.Error.Message);
        Assert.Equal("Central returned HTTP 500: ".Length + 200, response.Error.Message.Length);
    }

    [Fact]
    public async Task LongMessage_CutAt500Characters()
    {
        using var client = TestSetup.CreateClient(_time, _central);
        _central.ApiResponder = (_, _) => Task.FromResult(Responses.Error(400, "HPE_GL_ERROR_BAD_REQUEST", new string('m', 800)));

        var response = await Get(client);

        Assert.Equal(CentralError.MaxMessageLength, response.Error!.Message.Length);
    }

    [Fact]
    public async Task InvalidJsonOnSuccess_IsInvalidResponse()
    {
        using var client = TestSetup.CreateClient(_time, _central);
        _central.ApiResponder = (_, _) => Task.FromResult(Responses.Ok("""{"items":[{"serialNumber":"SN1" """));

        var response = await client.SendAsync(CentralRequest.Get(DevicesPath), CentralJsonContext.Default.CentralListJsonElement, CancellationToken.None);

        Assert.Equal(CentralErrorKind.InvalidResponse, response.Error!.Kind);
        Assert.Equal(200, response.HttpStatus);
    }

    [Fact]
    public async Task ConnectionFailure_IsTransportErrorWithoutHost()
    {
        using var client = TestSetup.CreateClient(_time, _central);
        _central.ApiResponder = (_, _) => throw new HttpRequestException(HttpRequestError.NameResolutionError, $"No such host is known ({FakeCentral.ApiHost}:443)");

        var call = client.SendAsync(CentralRequest.PostDeviceAction("/network-troubleshooting/v1/aps/{serial-number}/ping").WithPath("serial-number", "SN1"), CentralJsonContext.Default.JsonElement, CancellationToken.None);
        var response = await call;

        Assert.Equal(CentralErrorKind.Transport, response.Error!.Kind);
        Assert.Contains("DNS name resolution failed", response.Error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeCentral.ApiHost, response.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClientErrors_NeverCountAsBreakerFailures()
    {
        using var client = TestSetup.CreateClient(_time, _central);
        _central.ApiResponder = (_, _) => Task.FromResult(Responses.Error(404, "HPE_GL_ERROR_NOT_FOUND"));

        for (var i = 0; i < 10; i++)
        {
            await Get(client);
        }

        Assert.Equal(CircuitState.Closed, client.Breaker.State);
        Assert.Equal(0, client.Breaker.ConsecutiveFailures);
    }

    [Fact]
    public async Task ServerErrorsAtThreshold_OpenBreaker()
    {
        using var client = TestSetup.CreateClient(_time, _central);
        _central.ApiResponder = (_, _) => Task.FromResult(Responses.Error(500, "HPE_GL_ERROR_INTERNAL_SERVER_ERROR"));
        for (var i = 0; i < 5; i++)
        {
            await Get(client);
        }

        var rejected = await Get(client);

        Assert.Equal(CentralErrorKind.CircuitOpen, rejected.Error!.Kind);
        Assert.Equal(60, rejected.Error.RetryAfterSeconds);
        Assert.Equal(5, _central.ApiRequestCount);
    }

    [Fact]
    public async Task ProbeWhoseHandlerThrows_HandsProbeSlotBack()
    {
        using var client = TestSetup.CreateClient(_time, _central);
        _central.ApiResponder = (_, _) => Task.FromResult(Responses.Error(500, "HPE_GL_ERROR_INTERNAL_SERVER_ERROR"));
        for (var i = 0; i < 5; i++)
        {
            await Get(client);
        }

        _time.Advance(client.Options.CircuitBreakerTimeout);
        _central.ApiResponder = (_, _) => throw new InvalidOperationException("handler bug");
        await Assert.ThrowsAsync<InvalidOperationException>(() => Get(client));
        _central.ApiResponder = (_, _) => Task.FromResult(Responses.Ok());
        var next = await Get(client);

        Assert.True(next.IsSuccess);
        Assert.Equal(CircuitState.Closed, client.Breaker.State);
    }

    [Fact]
    public async Task Get_SendsBearerAndAcceptWithoutContentType()
    {
        using var client = TestSetup.CreateClient(_time, _central);

        await Get(client);

        Assert.True(_central.ApiRequests.TryPeek(out var request));
        Assert.Equal("GET", request.Method);
        Assert.Equal("Bearer token-1", request.Authorization);
        Assert.Equal("application/json", request.Accept);
        Assert.Null(request.ContentType);
    }

    [Fact]
    public async Task Post_SendsJsonBodyWithContentType()
    {
        using var client = TestSetup.CreateClient(_time, _central);
        var body = JsonDocument.Parse("""{"destination":"8.8.8.8"}""").RootElement;
        var request = CentralRequest.PostDeviceAction("/network-troubleshooting/v1/aps/{serial-number}/ping")
            .WithPath("serial-number", "SN1")
            .WithJsonBody(body, CentralJsonContext.Default.JsonElement);

        await client.SendAsync(request, CentralJsonContext.Default.JsonElement, CancellationToken.None);

        Assert.True(_central.ApiRequests.TryPeek(out var sent));
        Assert.Equal("POST", sent.Method);
        Assert.Equal("/network-troubleshooting/v1/aps/SN1/ping", sent.PathAndQuery);
        Assert.Equal("application/json", sent.ContentType);
        Assert.Equal("""{"destination":"8.8.8.8"}""", sent.Body);
    }

    [Fact]
    public async Task Query_OmitsMissingValuesAndKeepsOrder()
    {
        using var client = TestSetup.CreateClient(_time, _central);
        var request = CentralRequest.Get(DevicesPath)
            .WithQuery("filter", "siteName eq 'O''Hare, Bldg 2'")
            .WithQuery("sort", (string?)null)
            .WithQuery("limit", 100)
            .WithQuery("next", " ");

        await client.SendAsync(request, CentralJsonContext.Default.JsonElement, CancellationToken.None);

        Assert.True(_central.ApiRequests.TryPeek(out var sent));
        Assert.Equal("/network-monitoring/v1/devices?filter=siteName%20eq%20%27O%27%27Hare%2C%20Bldg%202%27&limit=100", sent.PathAndQuery);
    }

    [Fact]
    public async Task DeprecationAndSunsetHeaders_Captured()
    {
        using var client = TestSetup.CreateClient(_time, _central);
        _central.ApiResponder = (_, _) =>
        {
            var response = Responses.Ok();
            response.Headers.TryAddWithoutValidation("Deprecation", "true");
            response.Headers.TryAddWithoutValidation("Sunset", "Wed, 31 Dec 2026 23:59:59 GMT");
            return Task.FromResult(response);
        };

        var result = await Get(client);

        Assert.Equal("true", result.Deprecation);
        Assert.Equal("Wed, 31 Dec 2026 23:59:59 GMT", result.Sunset);
    }

    [Fact]
    public async Task ListEnvelope_NextAsIntegerReadAsString()
    {
        using var client = TestSetup.CreateClient(_time, _central);
        _central.ApiResponder = (_, _) => Task.FromResult(Responses.Ok("""{"items":[{"a":1}],"count":"1","total":250,"next":2}"""));

        var response = await client.SendAsync(CentralRequest.Get(DevicesPath), CentralJsonContext.Default.CentralListJsonElement, CancellationToken.None);

        Assert.Equal("2", response.Value!.Next);
        Assert.Equal(250, response.Value.Total);
        Assert.Equal(1, response.Value.Count);
    }

    private static Task<CentralResponse<JsonElement>> Get(CentralClient client)
    {
        return client.SendAsync(CentralRequest.Get(DevicesPath), CentralJsonContext.Default.JsonElement, CancellationToken.None);
    }
}
