using System.Net;
using System.Net.Sockets;
using ArubaNoc.Central.Configuration;
using ArubaNoc.Server.Cli;
using ArubaNoc.Server.Hosting;

namespace ArubaNoc.Server.Tests.Hosting;

/// <summary>The metrics registry exists only when a listener serves it.</summary>
public sealed class ServerRuntimeMetricsTests
{
    [Fact]
    public void NoMetricsPort_CreatesNoRegistry()
    {
        using var runtime = Create("--demo");

        Assert.Null(runtime.Metrics);
    }

    [Fact]
    public async Task MetricsPort_CreatesServedRegistry()
    {
        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        using var runtime = Create("--demo", "--metrics-port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.NotNull(runtime.Metrics);
        using var http = new HttpClient();
        var scrape = await http.GetStringAsync(new Uri($"http://127.0.0.1:{port}/metrics"), TestContext.Current.CancellationToken);
        Assert.Contains("aruba_noc_build_info", scrape, StringComparison.Ordinal);
    }

    private static ServerRuntime Create(params string[] args)
    {
        Assert.True(CommandLine.TryParse(args, out var commandLine, out var usageError), usageError);
        var runtime = ServerRuntime.TryCreate(
            commandLine,
            TextWriter.Null,
            overrides => CentralOptionsLoader.Load(overrides, static _ => null, static _ => null),
            out var error);
        Assert.True(runtime is not null, error);
        return runtime;
    }
}
