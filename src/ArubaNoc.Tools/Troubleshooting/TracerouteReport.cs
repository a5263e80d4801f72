using ArubaNoc.Tools.Framework;
using ArubaNoc.Tools.Troubleshooting.Wire;

namespace ArubaNoc.Tools.Troubleshooting;

/// <summary>
/// Reads traceroute hops. A probe's address is <c>ipAddress</c> unless that is null or the literal string
/// <c>"null"</c>, in which case Central's examples carry it in <c>reverseDnsResolution</c>; <c>"*"</c> means no reply.
/// </summary>
internal static class TracerouteReport
{
    /// <summary>Trailing silent hops beyond this count add an INFO finding.</summary>
    private const int SilentTrailingHopsNoted = 3;

    public static void Describe(ToolResultBuilder result, TestOutput output)
    {
        var hops = (output.Hops ?? []).Where(hop => hop is not null).Select(hop => Read(hop!)).ToList();
        var rows = new List<TextRow>();
        foreach (var hop in hops)
        {
            result.AddItem(result.Shape.NewItem()
                .Set(AsyncTestReport.HopItem, hop.Number)
                .Set(AsyncTestReport.AddressItem, hop.Address)
                .Set(AsyncTestReport.NameItem, hop.Name)
                .Set(AsyncTestReport.TimesItem, hop.Times));
            var name = hop.Name is null ? string.Empty : $"  ({hop.Name})";
            var times = string.Join(" / ", hop.Times.Select(time => time is null ? "*" : ValueFormat.Number(time)));
            rows.Add(new TextRow(null, $"{hop.Number?.ToString("00", System.Globalization.CultureInfo.InvariantCulture) ?? "??"}  {hop.Address ?? "*"}{name}  {times} ms"));
        }

        var target = output.ResolvedIp ?? (AsyncTestReport.IsIpAddress(output.Destination) ? output.Destination : null);
        var lastResponding = hops.LastOrDefault(hop => hop.Address is not null);
        var reached = lastResponding is not null && target is not null && string.Equals(lastResponding.Address, target, StringComparison.OrdinalIgnoreCase);
        result.Facts
            .Set(AsyncTestReport.HopsFact, hops.Count)
            .Set(AsyncTestReport.ReachedFact, reached)
            .Set(AsyncTestReport.SummaryFact, $"{hops.Count} hops, destination {(reached ? "reached" : "not reached")}");
        if (rows.Count > 0)
        {
            result.AddSection("Hops", rows, TextSection.ExtendedCap);
        }

        if (reached)
        {
            result.AddFinding(FindingLevel.Ok, "REACHED", $"{target} answered at hop {lastResponding!.Number}");
        }
        else
        {
            var last = lastResponding is null ? "no hop answered" : $"last answer from {lastResponding.Address} at hop {lastResponding.Number}";
            result.AddFinding(FindingLevel.Warn, "NOT_REACHED", $"{target ?? output.Destination ?? "the destination"} did not answer; {last}");
        }

        var silentTrailing = hops.Count - (lastResponding is null ? 0 : hops.IndexOf(lastResponding) + 1);
        if (silentTrailing > SilentTrailingHopsNoted)
        {
            result.AddFinding(FindingLevel.Info, "SILENT_HOPS", $"{silentTrailing} trailing hops did not answer; a firewall may drop the probes");
        }
    }

    private static HopLine Read(TraceHop hop)
    {
        string? address = null;
        string? name = null;
        var times = new List<double?>();
        foreach (var probe in hop.Probes ?? [])
        {
            times.Add(probe?.ResponseTimeMilliseconds);
            if (probe is null || address is not null)
            {
                continue;
            }

            var ip = Usable(probe.IpAddress);
            var reverse = Usable(probe.ReverseDnsResolution);
            address = ip ?? reverse;
            name = ip is not null && reverse is not null && !string.Equals(reverse, ip, StringComparison.OrdinalIgnoreCase) ? reverse : null;
        }

        return new HopLine(hop.Hop, address, name, times);
    }

    private static string? Usable(string? value) =>
        value is null || value == "*" || string.Equals(value, "null", StringComparison.OrdinalIgnoreCase) ? null : value;

    private sealed record HopLine(long? Number, string? Address, string? Name, List<double?> Times);
}
