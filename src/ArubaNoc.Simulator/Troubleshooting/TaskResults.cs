using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using ArubaNoc.Simulator.Endpoints;
using ArubaNoc.Simulator.Tenant;

namespace ArubaNoc.Simulator.Troubleshooting;

/// <summary>
/// The poll response of a task at a given time: INITIATED, then RUNNING, then COMPLETED or FAILED.
/// Destinations ending in <c>.invalid</c> complete with a <c>failReason</c> and no output (as in
/// Central's examples); destinations in 192.0.2.0/24 (TEST-NET-1) fail with a timeout. All output
/// numbers are strings, as Central sends them.
/// </summary>
internal static class TaskResults
{
    public static JsonObject Poll(SimTask task, DateTimeOffset now, TimeSpan startDelay)
    {
        var elapsed = now - task.StartedAt;
        var result = new JsonObject { ["startTime"] = WireBuilder.Rfc3339(task.StartedAt) };
        if (elapsed < task.Duration)
        {
            var initiated = elapsed < startDelay;
            result["status"] = initiated ? "INITIATED" : "RUNNING";
            result["progressPercent"] = initiated ? 0 : Math.Min(99, (int)(elapsed / task.Duration * 100));
            result["endTime"] = null;
            result["output"] = null;
            result["rawOutput"] = null;
            return result;
        }

        result["endTime"] = WireBuilder.Rfc3339(task.StartedAt + task.Duration);
        result["progressPercent"] = 100;
        if (task.Destination.EndsWith(".invalid", StringComparison.OrdinalIgnoreCase))
        {
            result["status"] = "COMPLETED";
            result["failReason"] = "Destination not resolved";
            result["output"] = null;
            result["rawOutput"] = $"\nCOMMAND={task.Test} {task.Destination}\nhost address failed because the address {task.Destination} is invalid.\n";
            return result;
        }

        if (task.Destination.StartsWith("192.0.2.", StringComparison.Ordinal))
        {
            result["status"] = "FAILED";
            result["failReason"] = "Request timed out";
            result["output"] = null;
            result["rawOutput"] = $"\nCOMMAND={task.Test} {task.Destination}\nRequest timed out.\n";
            return result;
        }

        result["status"] = "COMPLETED";
        result["failReason"] = null;
        var raw = new StringBuilder();
        result["output"] = task.Test == "traceroute" ? Traceroute(task, raw) : task.DeviceType == "aps" ? ApPing(task, raw) : GatewayPing(task, raw);
        result["rawOutput"] = raw.ToString();
        return result;
    }

    private static string ResolvedIp(SimTask task) =>
        System.Net.IPAddress.TryParse(task.Destination, out _)
            ? task.Destination
            : $"203.0.113.{(int)(Lookups.Noise(task.Destination, 0) * 250) + 2}";

    private static (List<double?> Times, int Received) Replies(SimTask task)
    {
        var lossy = task.Destination.Contains("lossy", StringComparison.OrdinalIgnoreCase);
        var times = new List<double?>();
        for (var seq = 0; seq < task.Count; seq++)
        {
            var lost = lossy && seq % 5 == 2;
            times.Add(lost ? null : Math.Round(1 + (40 * Lookups.Noise(task.Id, seq)), 1));
        }

        return (times, times.Count(t => t is not null));
    }

    private static JsonObject ApPing(SimTask task, StringBuilder raw)
    {
        var ip = ResolvedIp(task);
        var (times, received) = Replies(task);
        var replies = new JsonArray();
        raw.Append(CultureInfo.InvariantCulture, $"\nCOMMAND=ping {task.Destination}\nPING {ip} ({ip}): {task.PacketSize} data bytes\n");
        for (var seq = 0; seq < times.Count; seq++)
        {
            if (times[seq] is not { } time)
            {
                continue;
            }

            replies.Append(new JsonObject
            {
                ["sentPacketAddress"] = ip,
                ["sentPacketIcmpSequenceNumber"] = Text(seq),
                ["sentPacketSizeBytes"] = Text(task.PacketSize + 8),
                ["sentPacketTimeMilliseconds"] = Text(time),
                ["sentPacketTimeToLive"] = "58",
            });
            raw.Append(CultureInfo.InvariantCulture, $"{task.PacketSize + 8} bytes from {ip}: icmp_seq={seq} ttl=58 time={Text(time)} ms\n");
        }

        var receivedTimes = times.Where(t => t is not null).Select(t => t!.Value).ToList();
        var loss = (task.Count - received) * 100 / task.Count;
        raw.Append(CultureInfo.InvariantCulture, $"\n--- {ip} ping statistics ---\n{task.Count} packets transmitted, {received} packets received, {loss}% packet loss\n");
        return new JsonObject
        {
            ["destination"] = task.Destination,
            ["resolvedIp"] = ip,
            ["transmittedPacketsCount"] = Text(task.Count),
            ["receivedPacketsCount"] = Text(received),
            ["packetLossPercent"] = Text(loss),
            ["minimumRoundTripTimeMilliseconds"] = receivedTimes.Count == 0 ? "" : Text(receivedTimes.Min()),
            ["averageRoundTripTimeMilliseconds"] = receivedTimes.Count == 0 ? "" : Text(Math.Round(receivedTimes.Average(), 1)),
            ["maximumRoundTripTimeMilliseconds"] = receivedTimes.Count == 0 ? "" : Text(receivedTimes.Max()),
            ["replies"] = replies,
        };
    }

    private static JsonObject GatewayPing(SimTask task, StringBuilder raw)
    {
        var (times, received) = Replies(task);
        var values = times.Where(t => t is not null).Select(t => t!.Value).ToList();
        raw.Append(CultureInfo.InvariantCulture, $"\nCOMMAND=ping {task.Destination}\nSending {task.Count}, {task.PacketSize}-byte ICMP Echos to {task.Destination}, timeout is 2 seconds:\n");
        raw.Append(CultureInfo.InvariantCulture, $"Success rate is {received * 100 / task.Count} percent ({received}/{task.Count})\n");
        return new JsonObject
        {
            ["destination"] = task.Destination,
            ["sentPacketsCount"] = Text(task.Count),
            ["receivedPacketsCount"] = Text(received),
            ["successRatePercent"] = Text(received * 100 / task.Count),
            ["minimumLatencyMilliseconds"] = values.Count == 0 ? "" : Text(values.Min()),
            ["averageLatencyMilliseconds"] = values.Count == 0 ? "" : Text(Math.Round(values.Average(), 1)),
            ["maximumLatencyMilliseconds"] = values.Count == 0 ? "" : Text(values.Max()),
            ["packetSizeBytes"] = Text(task.PacketSize),
            ["timeoutSeconds"] = "2",
        };
    }

    private static JsonObject Traceroute(SimTask task, StringBuilder raw)
    {
        var ip = ResolvedIp(task);
        var hopCount = 4 + (int)(Lookups.Noise(task.Destination, 1) * 5);
        var hops = new JsonArray();
        raw.Append(CultureInfo.InvariantCulture, $"\nCOMMAND=traceroute {task.Destination}\ntraceroute to {task.Destination} ({ip}), 30 hops max\n");
        for (var hop = 1; hop <= hopCount; hop++)
        {
            var address = hop == hopCount ? ip : $"10.{hop}.0.1";
            var silent = hop == 3;
            var probes = new JsonArray();
            for (var probe = 0; probe < 3; probe++)
            {
                var time = Math.Round((hop * 2.5) + (Lookups.Noise(task.Id, (hop * 3) + probe) * 3), 3);

                // Central's examples show ipAddress as the string "null" with the address in reverseDnsResolution.
                probes.Append(new JsonObject
                {
                    ["ipAddress"] = silent ? "*" : hop == 2 ? "null" : address,
                    ["reverseDnsResolution"] = silent ? "*" : address,
                    ["responseTimeMilliseconds"] = silent ? "*" : Text(time) + " ms",
                });
            }

            hops.Append(new JsonObject { ["hop"] = Text(hop), ["probes"] = probes });
            raw.Append(silent ? $" {hop}  * * *\n" : $" {hop}  {address}  {Text(hop * 2.5)} ms\n");
        }

        return new JsonObject { ["destination"] = task.Destination, ["resolvedIp"] = ip, ["hops"] = hops };
    }

    private static string Text(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
