using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ArubaNoc.Benchmarks.Support;

/// <summary>
/// Minimal HTTP/1.1 responder on 127.0.0.1 and an ephemeral port. Every request, whatever its path, gets
/// the same small JSON body with keep-alive, so the client under test reuses its pooled connections.
/// It reads request headers up to the blank line and ignores bodies, which is enough for GETs.
/// </summary>
internal sealed class LoopbackHttpServer : IAsyncDisposable
{
    private static readonly byte[] HeaderEnd = "\r\n\r\n"u8.ToArray();

    private readonly Socket _listener;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _acceptLoop;
    private readonly byte[] _response;

    public LoopbackHttpServer(string jsonBody)
    {
        var body = Encoding.UTF8.GetBytes(jsonBody);
        var head = Encoding.ASCII.GetBytes(
            $"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {body.Length}\r\nConnection: keep-alive\r\n\r\n");
        _response = [.. head, .. body];

        _listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        _listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        _listener.Listen(64);
        BaseAddress = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndPoint!).Port}/");
        _acceptLoop = AcceptAsync();
    }

    /// <summary>The server's address, http://127.0.0.1:port/.</summary>
    public Uri BaseAddress { get; }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        _listener.Dispose();
        try
        {
            await _acceptLoop.ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Expected when the listener closes under the accept loop.
        }

        _stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            var connection = await _listener.AcceptAsync(_stopping.Token).ConfigureAwait(false);
            connection.NoDelay = true;
            _ = ServeAsync(connection);
        }
    }

    private async Task ServeAsync(Socket connection)
    {
        var buffer = new byte[8192];
        var filled = 0;
        try
        {
            while (!_stopping.IsCancellationRequested)
            {
                var read = await connection.ReceiveAsync(buffer.AsMemory(filled), SocketFlags.None, _stopping.Token).ConfigureAwait(false);
                if (read == 0)
                {
                    return;
                }

                filled += read;

                // Respond to every complete request in the buffer and keep a partial one for the next read.
                int end;
                while ((end = buffer.AsSpan(0, filled).IndexOf(HeaderEnd)) >= 0)
                {
                    await connection.SendAsync(_response, SocketFlags.None, _stopping.Token).ConfigureAwait(false);
                    var consumed = end + HeaderEnd.Length;
                    buffer.AsSpan(consumed, filled - consumed).CopyTo(buffer);
                    filled -= consumed;
                }

                if (filled == buffer.Length)
                {
                    return;
                }
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // The client closed the connection or the server is stopping.
        }
        finally
        {
            connection.Dispose();
        }
    }
}
