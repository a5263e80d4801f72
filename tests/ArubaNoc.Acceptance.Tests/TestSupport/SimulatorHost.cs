using System.Net;
using System.Text.Json;
using ArubaNoc.Simulator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ArubaNoc.Acceptance.Tests.TestSupport;

/// <summary>
/// Serves a <see cref="SimulatorHandler"/> through Kestrel on 127.0.0.1 with an ephemeral port. Unlike
/// HttpListener, Kestrel reports a client that closes its connection through <c>RequestAborted</c>, which is
/// passed to the handler, so a latency fault ends at once and is logged as aborted when the caller gives up.
/// Also remembers every access token the token endpoint handed out, for the secrets check.
/// </summary>
internal sealed class SimulatorHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpMessageInvoker _invoker;
    private readonly Lock _tokensLock = new();
    private readonly List<string> _issuedTokens = [];

    private SimulatorHost(SimulatorHandler handler, WebApplication app)
    {
        Handler = handler;
        _app = app;
        _invoker = new HttpMessageInvoker(handler, disposeHandler: false);
    }

    /// <summary>Base URL such as <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The token endpoint on the same server.</summary>
    public Uri TokenUrl => new(BaseAddress, SimulatorCredentials.TokenPath.TrimStart('/'));

    /// <summary>The handler behind the server: its request log and fault injector.</summary>
    public SimulatorHandler Handler { get; }

    /// <summary>Every access token issued over HTTP so far.</summary>
    public IReadOnlyList<string> IssuedTokens
    {
        get
        {
            lock (_tokensLock)
            {
                return [.. _issuedTokens];
            }
        }
    }

    /// <summary>Starts Kestrel on a free loopback port in front of <paramref name="handler"/>.</summary>
    public static async Task<SimulatorHost> StartAsync(SimulatorHandler handler)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options =>
        {
            options.Listen(IPAddress.Loopback, 0);
            options.Limits.MaxConcurrentConnections = null;
            options.Limits.MinRequestBodyDataRate = null;
        });
        var app = builder.Build();
        var host = new SimulatorHost(handler, app);
        app.Run(host.ServeAsync);
        await app.StartAsync().ConfigureAwait(false);

        var addresses = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        host.BaseAddress = new Uri(addresses.Addresses.Single().TrimEnd('/') + "/");
        return host;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        _invoker.Dispose();
    }

    private async Task ServeAsync(HttpContext context)
    {
        using var request = await ToRequestMessageAsync(context).ConfigureAwait(false);
        HttpResponseMessage response;
        try
        {
            response = await _invoker.SendAsync(request, context.RequestAborted).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client closed the connection; the handler logged the request as aborted.
            context.Abort();
            return;
        }

        using (response)
        {
            var body = await response.Content.ReadAsByteArrayAsync(context.RequestAborted).ConfigureAwait(false);
            if (request.RequestUri!.AbsolutePath.EndsWith(SimulatorCredentials.TokenPath, StringComparison.Ordinal))
            {
                RememberToken(body);
            }

            context.Response.StatusCode = (int)response.StatusCode;
            foreach (var header in response.Headers)
            {
                context.Response.Headers[header.Key] = string.Join(", ", header.Value);
            }

            context.Response.ContentType = response.Content.Headers.ContentType?.ToString();
            context.Response.ContentLength = body.Length;
            await context.Response.Body.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
        }
    }

    private void RememberToken(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("access_token", out var token)
                && token.GetString() is { Length: > 0 } value)
            {
                lock (_tokensLock)
                {
                    _issuedTokens.Add(value);
                }
            }
        }
        catch (JsonException)
        {
            // A fault shaped the token response; it carries no token.
        }
    }

    private async Task<HttpRequestMessage> ToRequestMessageAsync(HttpContext context)
    {
        // The raw target keeps the percent-encoding exactly as the client sent it.
        var target = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        var message = new HttpRequestMessage(new HttpMethod(context.Request.Method), new Uri(BaseAddress, target));
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted).ConfigureAwait(false);
        if (buffer.Length > 0)
        {
            message.Content = new ByteArrayContent(buffer.ToArray());
            if (context.Request.ContentType is { } contentType)
            {
                message.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            }
        }

        foreach (var (name, values) in context.Request.Headers)
        {
            if (!name.StartsWith("Content-", StringComparison.OrdinalIgnoreCase))
            {
                message.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values);
            }
        }

        return message;
    }
}
