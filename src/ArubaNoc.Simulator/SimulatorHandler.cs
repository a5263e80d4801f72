using System.Net;
using System.Net.Http.Headers;
using ArubaNoc.Simulator.Auth;
using ArubaNoc.Simulator.Endpoints;
using ArubaNoc.Simulator.Faults;
using ArubaNoc.Simulator.Http;
using ArubaNoc.Simulator.Logging;
using ArubaNoc.Simulator.Routing;
using ArubaNoc.Simulator.Tenant;
using ArubaNoc.Simulator.Troubleshooting;

namespace ArubaNoc.Simulator;

/// <summary>
/// An in-process Central: serves every API path the tools call, plus the OAuth2 token endpoint,
/// on any host, without opening a socket. Give it to an <see cref="HttpClient"/> (or behind the
/// client's own pipeline) as the innermost handler.
/// </summary>
/// <remarks>
/// Thread-safe: concurrent requests are served in parallel. Every request is recorded in
/// <see cref="RequestLog"/>, armed <see cref="Faults"/> shape matching requests, and every response
/// carries <c>X-RateLimit-Limit</c>, <c>X-RateLimit-Remaining</c> and <c>X-RateLimit-Reset</c>.
/// </remarks>
public sealed class SimulatorHandler : HttpMessageHandler
{
    private static readonly RouteTable Routes = EndpointRegistry.Build();

    private readonly SimulatorState _state;

    /// <summary>
    /// Creates a handler over <paramref name="tenant"/>. A null tenant means the default demo tenant with
    /// timestamps relative to the current minute of the options' clock, so demo data looks recent.
    /// </summary>
    public SimulatorHandler(SimulatedTenant? tenant = null, SimulatorOptions? options = null)
    {
        Options = options ?? new SimulatorOptions();
        Options.Validate();
        Tenant = tenant ?? SimulatedTenant.CreateDefault(referenceTime: CurrentMinute(Options.TimeProvider));
        _state = new SimulatorState(Tenant.Seed);
        AddExampleTask();
    }

    /// <summary>The tenant this handler serves.</summary>
    public SimulatedTenant Tenant { get; }

    /// <summary>Behaviour settings, the clock included.</summary>
    public SimulatorOptions Options { get; }

    /// <summary>Every request received, in arrival order.</summary>
    public RequestLog RequestLog { get; } = new();

    /// <summary>Fault scripts armed on this handler.</summary>
    public FaultInjector Faults { get; } = new();

    /// <summary>Number of tokens the token endpoint has issued.</summary>
    public int TokensIssued => _state.Tokens.IssuedCount;

    /// <summary>Issues a valid token without a request, for tests that skip the token endpoint.</summary>
    public string IssueToken() => _state.Tokens.Issue(Options.TimeProvider.GetUtcNow() + Options.TokenLifetime);

    internal static IReadOnlyList<string> RouteTemplates => [.. Routes.Routes.Select(r => r.Method + " " + r.Template)];

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request.RequestUri);
        var simRequest = await ReadRequestAsync(request, cancellationToken).ConfigureAwait(false);
        var now = Options.TimeProvider.GetUtcNow();
        var isTokenPath = simRequest.RawPath.EndsWith(SimulatorCredentials.TokenPath, StringComparison.Ordinal);
        var template = isTokenPath ? SimulatorCredentials.TokenPath : Routes.TemplateOf(simRequest.Segments);
        var entry = RequestLog.Add(
            simRequest.Method, simRequest.Host, simRequest.RawPath, template, simRequest.Query, simRequest.Body,
            simRequest.Authorization is not null, now);

        var fault = Faults.Take(simRequest.RawPath, simRequest.Segments)?.Script;
        entry.Fault = fault?.Name;
        if (fault?.Kind == FaultKind.Latency)
        {
            try
            {
                await Task.Delay(fault.Delay, Options.TimeProvider, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                entry.Aborted = true;
                throw;
            }

            now = Options.TimeProvider.GetUtcNow();
        }

        var response = Respond(simRequest, isTokenPath, fault, now);
        entry.StatusCode = response.Status;
        return ToHttpResponse(response, request, now);
    }

    private SimResponse Respond(SimRequest request, bool isTokenPath, FaultScript? fault, DateTimeOffset now)
    {
        var response = Produce(request, isTokenPath, fault, now);
        if (Options.StatusCodeAsString && response.Status >= 400)
        {
            QuoteStatusCode(response);
        }

        return response;
    }

    private SimResponse Produce(SimRequest request, bool isTokenPath, FaultScript? fault, DateTimeOffset now)
    {
        var match = isTokenPath ? null : Routes.Find(request.Method, request.Segments, out _);
        var family = match?.Route.Family ?? (request.RawPath.StartsWith("/network-troubleshooting/", StringComparison.Ordinal) ? ApiFamily.Tests : ApiFamily.Monitoring);
        if (fault is not null && FaultResponses.Replace(fault, family, now, _state) is { } replaced)
        {
            return replaced;
        }

        if (fault?.Kind == FaultKind.ExpireToken)
        {
            _state.Tokens.Expire(request.BearerToken, now);
        }

        var response = isTokenPath
            ? TokenEndpoint.Handle(request, Options, _state, now)
            : Serve(request, match, family, fault, now);
        if (fault is not null)
        {
            FaultResponses.Distort(fault, response, request.Query.FirstOrDefault(p => p.Key == "next").Value);
        }

        return response;
    }

    private SimResponse Serve(SimRequest request, (Route Route, Dictionary<string, string> Values)? match, ApiFamily family, FaultScript? fault, DateTimeOffset now)
    {
        var tokenState = _state.Tokens.Check(request.BearerToken, now);
        if (tokenState != TokenState.Valid)
        {
            var message = tokenState switch
            {
                TokenState.Missing => "Unauthorized: a bearer token is required.",
                TokenState.Expired => "Unauthorized: the access token has expired.",
                _ => "Unauthorized: the access token is invalid.",
            };
            return ErrorBodies.ForFamily(family, 401, message, _state.NextDebugId());
        }

        if (match is null)
        {
            Routes.Find(request.Method, request.Segments, out var pathMatched);
            return pathMatched
                ? ErrorBodies.ForFamily(family, 405, $"Method {request.Method} is not allowed on this path.", _state.NextDebugId())
                : ErrorBodies.ForFamily(family, 404, "The requested resource was not found.", _state.NextDebugId(), "HPE_GL_ERROR_NOT_FOUND");
        }

        var (route, values) = match.Value;
        var problem = QueryValidator.Validate(route.Parameters, request.Query, out var query);
        if (problem is not null)
        {
            return ErrorBodies.ForFamily(family, 400, problem, _state.NextDebugId());
        }

        var context = new RequestContext
        {
            Tenant = Tenant.Data,
            Request = request,
            Route = route,
            RouteValues = values,
            Query = query,
            Now = now,
            Options = Options,
            State = _state,
            PageSizeOverride = fault?.Kind == FaultKind.OversizedPage ? fault.PageSize : null,
        };
        return route.Handler(context);
    }

    /// <summary>Rewrites a JSON error body's numeric httpStatusCode as a string; other bodies stay as they are.</summary>
    private static void QuoteStatusCode(SimResponse response)
    {
        if (!response.ContentType.StartsWith("application/json", StringComparison.Ordinal)
            || JsonResponses.Parse(response.Body) is not System.Text.Json.Nodes.JsonObject body
            || body["httpStatusCode"] is not { } code
            || code.GetValueKind() != System.Text.Json.JsonValueKind.Number)
        {
            return;
        }

        body["httpStatusCode"] = code.ToJsonString();
        response.Body = JsonResponses.Serialize(body);
    }

    /// <summary>Stores the tenant's example ping, finished five minutes before the tenant's reference time.</summary>
    private void AddExampleTask()
    {
        if (Tenant.ExampleAccessPoint is not { } serial)
        {
            return;
        }

        _state.Tasks.Add(new SimTask
        {
            Id = SimulatedTenant.ExampleTaskId,
            DeviceType = "aps",
            Serial = serial,
            Test = "ping",
            Destination = "10.1.1.1",
            Count = 5,
            PacketSize = 56,
            StartedAt = Tenant.ReferenceTime - Options.PingDuration - TimeSpan.FromMinutes(5),
            Duration = Options.PingDuration,
            IsExample = true,
        });
    }

    private static DateTimeOffset CurrentMinute(TimeProvider time)
    {
        var now = time.GetUtcNow();
        return new DateTimeOffset(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerMinute), TimeSpan.Zero);
    }

    private static async Task<SimRequest> ReadRequestAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var uri = request.RequestUri!;
        string? body = null;
        string? contentType = null;
        if (request.Content is not null)
        {
            body = await request.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            contentType = request.Content.Headers.ContentType?.ToString();
        }

        var rawPath = uri.IsAbsoluteUri ? uri.AbsolutePath : uri.OriginalString.Split('?')[0];
        var rawQuery = uri.IsAbsoluteUri ? uri.Query : (uri.OriginalString.Contains('?', StringComparison.Ordinal) ? uri.OriginalString[uri.OriginalString.IndexOf('?', StringComparison.Ordinal)..] : "");
        return new SimRequest
        {
            Method = request.Method.Method.ToUpperInvariant(),
            Host = uri.IsAbsoluteUri ? uri.Authority : "",
            RawPath = rawPath,
            Segments = SimRequest.SplitPath(rawPath),
            Query = SimRequest.ParseQuery(rawQuery),
            Body = string.IsNullOrEmpty(body) ? null : body,
            ContentType = contentType,
            Authorization = request.Headers.Authorization?.ToString(),
        };
    }

    private HttpResponseMessage ToHttpResponse(SimResponse response, HttpRequestMessage request, DateTimeOffset now)
    {
        var (remaining, reset) = _state.CountRequest(now, Options.RateLimitPerHour);
        var message = new HttpResponseMessage((HttpStatusCode)response.Status)
        {
            RequestMessage = request,
            Content = new ByteArrayContent(response.Body),
        };
        message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(response.ContentType.Contains("charset", StringComparison.Ordinal)
            ? response.ContentType
            : response.ContentType + "; charset=utf-8");

        AddHeader(message, response, "X-RateLimit-Limit", Options.RateLimitPerHour.ToString(System.Globalization.CultureInfo.InvariantCulture));
        AddHeader(message, response, "X-RateLimit-Remaining", remaining.ToString(System.Globalization.CultureInfo.InvariantCulture));
        AddHeader(message, response, "X-RateLimit-Reset", WireBuilder.Rfc3339(reset));
        foreach (var (name, value) in response.Headers)
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        return message;
    }

    private static void AddHeader(HttpResponseMessage message, SimResponse response, string name, string value)
    {
        if (!response.Headers.Any(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)))
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }
    }
}
