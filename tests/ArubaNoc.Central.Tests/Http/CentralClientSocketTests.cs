using System.Net;
using System.Net.Sockets;
using System.Text;
using ArubaNoc.Central.Configuration;
using ArubaNoc.Central.Http;
using ArubaNoc.Central.Wire;
using Microsoft.Extensions.Logging.Abstractions;

namespace ArubaNoc.Central.Tests.Http;

/// <summary>Runs the client's own SocketsHttpHandler against a one-shot HTTP responder on 127.0.0.1.</summary>
public sealed class CentralClientSocketTests
{
    [Fact]
    public async Task SocketsHandler_SendsEncodedPathOnTheWire()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var options = new CentralOptions
        {
            BaseUrl = new Uri($"http://127.0.0.1:{port}"),
            AccessToken = "static-token",
        };
        using var client = CentralClient.Create(options, TimeProvider.System, NullLoggerFactory.Instance);
        var cancellation = TestContext.Current.CancellationToken;

        var call = client.SendAsync(
            CentralRequest.Get("/network-monitoring/v1/aps/{serial-number}").WithPath("serial-number", "../x y"),
            CentralJsonContext.Default.JsonElement,
            cancellation);
        using var connection = await listener.AcceptTcpClientAsync(cancellation);
        var stream = connection.GetStream();
        var requestHead = await ReadHeadAsync(stream, cancellation);
        var body = "{\"ok\":true}";
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n{body}"), cancellation);
        var response = await call;

        Assert.StartsWith("GET /network-monitoring/v1/aps/..%2Fx%20y HTTP/1.1\r\n", requestHead, StringComparison.Ordinal);
        Assert.Contains("Authorization: Bearer static-token\r\n", requestHead, StringComparison.Ordinal);
        Assert.True(response.IsSuccess);
    }

    private static async Task<string> ReadHeadAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        var buffer = new byte[8192];
        var filled = 0;
        while (true)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(filled), cancellationToken);
            if (read == 0)
            {
                break;
            }

            filled += read;
            var text = Encoding.ASCII.GetString(buffer, 0, filled);
            if (text.Contains("\r\n\r\n", StringComparison.Ordinal))
            {
                return text;
            }
        }

        return Encoding.ASCII.GetString(buffer, 0, filled);
    }
}
