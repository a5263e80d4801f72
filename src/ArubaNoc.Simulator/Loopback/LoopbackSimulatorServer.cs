using System.Net;
using System.Net.Sockets;

namespace ArubaNoc.Simulator.Loopback;

/// <summary>
/// Serves a <see cref="SimulatorHandler"/> over real HTTP/1.1 on 127.0.0.1 with an ephemeral port,
/// for tests of the socket path and for end-to-end tests of the native binary as a separate process.
/// Binds the loopback address only.
/// </summary>
public sealed class LoopbackSimulatorServer : IAsyncDisposable
{
    private readonly HttpListener _listener;
    private readonly HttpMessageInvoker _invoker;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _acceptLoop;

    private LoopbackSimulatorServer(SimulatorHandler handler, HttpListener listener, int port)
    {
        Handler = handler;
        _listener = listener;
        _invoker = new HttpMessageInvoker(handler, disposeHandler: false);
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        _acceptLoop = Task.Run(AcceptLoopAsync);
    }

    /// <summary>Base URL of the server, such as <c>http://127.0.0.1:41234/</c>; use it as the Central base URL.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Token endpoint URL on the same server.</summary>
    public Uri TokenUrl => new(BaseAddress, SimulatorCredentials.TokenPath.TrimStart('/'));

    /// <summary>The handler that serves every request, with the same log and faults as in-process use.</summary>
    public SimulatorHandler Handler { get; }

    /// <summary>Starts a server on a free loopback port. The caller disposes it.</summary>
    public static LoopbackSimulatorServer Start(SimulatorHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        HttpListenerException? lastError = null;

        // HttpListener cannot bind port 0, so a free port is found first; another process may take it
        // in between, hence the retries.
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var port = FreeLoopbackPort();
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                listener.Start();
                return new LoopbackSimulatorServer(handler, listener, port);
            }
            catch (HttpListenerException exception)
            {
                lastError = exception;
                listener.Close();
            }
        }

        throw new InvalidOperationException("Could not bind a loopback port for the simulator.", lastError);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        _listener.Close();
        try
        {
            await _acceptLoop.ConfigureAwait(false);
        }
        catch (ObjectDisposedException)
        {
            // The listener was closed while the loop waited for a connection.
        }

        _invoker.Dispose();
        _stopping.Dispose();
    }

    private static int FreeLoopbackPort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => ServeAsync(context));
        }
    }

    private async Task ServeAsync(HttpListenerContext context)
    {
        try
        {
            using var request = await ToRequestMessageAsync(context.Request).ConfigureAwait(false);

            // NOTE: HttpListener does not report a client that disconnects, so a latency fault served over
            // the socket ends only when its delay elapses or the server stops, and is not logged as aborted.
            using var response = await _invoker.SendAsync(request, _stopping.Token).ConfigureAwait(false);
            var body = await response.Content.ReadAsByteArrayAsync(_stopping.Token).ConfigureAwait(false);

            context.Response.StatusCode = (int)response.StatusCode;
            foreach (var header in response.Headers)
            {
                context.Response.Headers[header.Key] = string.Join(", ", header.Value);
            }

            context.Response.ContentType = response.Content.Headers.ContentType?.ToString();
            context.Response.ContentLength64 = body.Length;
            await context.Response.OutputStream.WriteAsync(body, _stopping.Token).ConfigureAwait(false);
            context.Response.Close();
        }
        catch (Exception exception) when (exception is OperationCanceledException or HttpListenerException or IOException or ObjectDisposedException)
        {
            // The server is stopping or the client disconnected, so no response can be sent.
            context.Response.Abort();
        }
    }

    private async Task<HttpRequestMessage> ToRequestMessageAsync(HttpListenerRequest incoming)
    {
        // RawUrl keeps the percent-encoding exactly as the client sent it.
        var message = new HttpRequestMessage(new HttpMethod(incoming.HttpMethod), new Uri(BaseAddress, incoming.RawUrl));
        if (incoming.HasEntityBody)
        {
            using var reader = new MemoryStream();
            await incoming.InputStream.CopyToAsync(reader, _stopping.Token).ConfigureAwait(false);
            message.Content = new ByteArrayContent(reader.ToArray());
            if (incoming.ContentType is not null)
            {
                message.Content.Headers.TryAddWithoutValidation("Content-Type", incoming.ContentType);
            }
        }

        foreach (var name in incoming.Headers.AllKeys)
        {
            if (name is not null && !name.StartsWith("Content-", StringComparison.OrdinalIgnoreCase))
            {
                message.Headers.TryAddWithoutValidation(name, incoming.Headers[name]);
            }
        }

        return message;
    }
}
