using System.Net;
using Prometheus;

namespace ArubaNoc.Server.Metrics;

/// <summary>
/// Serves <c>/metrics</c> over HTTP. It binds 127.0.0.1 unless <c>--metrics-host</c> names another address,
/// so metrics are never exposed on a network by accident.
/// </summary>
internal static class MetricsListener
{
    public const string DefaultHost = "127.0.0.1";

    /// <summary>
    /// Checks the listener settings. A host that is not a loopback address is accepted only when the user
    /// named it explicitly; returns a one-line error otherwise.
    /// </summary>
    public static string? Validate(int port, string host, bool hostGivenExplicitly)
    {
        if (port is < 1 or > 65535)
        {
            return $"Invalid --metrics-port {port}: expected 1-65535.";
        }

        if (string.IsNullOrWhiteSpace(host) || host.Contains('/', StringComparison.Ordinal) || host.Contains(' ', StringComparison.Ordinal))
        {
            return $"Invalid --metrics-host '{host}': expected an IP address or host name.";
        }

        if (!hostGivenExplicitly && !IsLoopback(host))
        {
            return $"Refusing to serve metrics on non-loopback address '{host}': pass --metrics-host {host} to expose them there.";
        }

        return null;
    }

    /// <summary>
    /// Starts serving <paramref name="metrics"/> on <paramref name="host"/>:<paramref name="port"/>.
    /// Returns the running server, or null with a one-line <paramref name="error"/> when the port cannot be bound.
    /// </summary>
    public static IDisposable? TryStart(NocMetrics metrics, string host, int port, out string? error)
    {
        // HttpListener takes "*" for every interface; 0.0.0.0 and :: mean the same to users.
        var listenerHost = host is "0.0.0.0" or "::" or "[::]" ? "*" : host;
        var server = new MetricServer(listenerHost, port, "metrics/", metrics.Registry);
        try
        {
            server.Start();
            error = null;
            return server;
        }
        catch (HttpListenerException exception)
        {
            server.Dispose();
            error = $"Could not serve metrics on {host}:{port} (error {exception.ErrorCode}): the port is in use or the address is not local. Choose another --metrics-port or --metrics-host.";
            return null;
        }
    }

    /// <summary>True for 127.0.0.0/8, ::1 and the name <c>localhost</c>.</summary>
    public static bool IsLoopback(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
