using System.Text.Json.Nodes;
using ArubaNoc.Simulator.Http;
using ArubaNoc.Simulator.Routing;
using ArubaNoc.Simulator.Tenant;
using static ArubaNoc.Simulator.Routing.QueryParameter;

namespace ArubaNoc.Simulator.Endpoints;

/// <summary>
/// <c>/clients-trend</c>: client counts per group over time, 5-minute samples for windows up to
/// 3 days and 3-hour samples beyond. Values follow a daily curve with stable per-key noise.
/// </summary>
internal static class ClientTrendEndpoint
{
    public static void Register(RouteTable table) =>
        table.Get(EndpointRegistry.Monitoring + "/clients-trend", ApiFamily.Monitoring,
            [Text("site-id"), Text("site-name"), Text("start-at"), Text("end-at"),
                Choice("group-by", false, "TYPE", "ROLE", "VLAN", "WLAN", "RADIO", "SECURITY", "PROTOCOL"),
                Choice("type", false, "ALL", "WIRELESS", "WIRED"), Text("serial-number")],
            Trend);

    private static SimResponse Trend(RequestContext context)
    {
        if (Lookups.Window(context, "start-at", "end-at", TimeSpan.FromHours(3), out var error) is not { } window)
        {
            return error!;
        }

        if (window.End - window.Start > TimeSpan.FromDays(90))
        {
            return context.BadRequest("The time window must be at most 90 days");
        }

        var type = context.Get("type") ?? "ALL";
        var clients = ClientEndpoints.Scoped(context)
            .Where(c => c.Status == "Connected" && (type == "ALL" || c.Wireless == (type == "WIRELESS")))
            .ToList();
        var groups = Group(clients, context.Get("group-by") ?? "TYPE");

        var fine = window.End - window.Start <= TimeSpan.FromDays(3);
        var step = fine ? TimeSpan.FromMinutes(5) : TimeSpan.FromHours(3);
        var first = new DateTimeOffset(window.Start.UtcTicks - (window.Start.UtcTicks % step.Ticks) + step.Ticks, TimeSpan.Zero);
        var samples = new JsonArray();
        for (var t = first; t <= window.End; t += step)
        {
            // Daily curve: low at night, peak in the early afternoon (UTC), plus stable noise per key.
            var hour = t.UtcDateTime.TimeOfDay.TotalHours;
            var curve = 0.35 + (0.65 * Math.Max(0, Math.Sin((hour - 6) / 24 * 2 * Math.PI)));
            var data = new JsonArray();
            foreach (var (key, count) in groups)
            {
                var noise = Lookups.Noise(key, t.ToUnixTimeSeconds() / 300);
                data.Append(Math.Round(count * curve * (0.9 + (0.2 * noise))));
            }

            samples.Append(new JsonObject { ["ts"] = WireBuilder.Rfc3339(t), ["data"] = data });
        }

        var keys = new JsonArray();
        foreach (var (key, _) in groups)
        {
            keys.Append(key);
        }

        return JsonResponses.Node(200, new JsonObject
        {
            ["id"] = "clients-trend",
            ["type"] = "network-monitoring/client-monitoring",
            ["interval"] = fine ? "5 mins" : "3 hours",
            ["keys"] = keys,
            ["samples"] = samples,
        });
    }

    private static List<(string Key, int Count)> Group(List<ClientRecord> clients, string groupBy)
    {
        Func<ClientRecord, string> key = groupBy switch
        {
            "ROLE" => c => c.Wire["role"]?.GetValue<string>() ?? "-",
            "VLAN" => c => c.Wire["vlanId"]?.GetValue<string>() ?? "-",
            "WLAN" => c => c.Wlan?.Name ?? "Wired",
            "RADIO" => c => c.Wire["wirelessBand"]?.GetValue<string>() ?? "Wired",
            "SECURITY" => c => c.Wlan?.SecurityLevel ?? "Wired",
            "PROTOCOL" => c => c.Wireless ? "802.11ax" : "Ethernet",
            _ => c => c.Wireless ? "Wireless" : "Wired",
        };

        var groups = clients.GroupBy(key).Select(g => (g.Key, g.Count())).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        return groups.Count > 0 ? groups : [(groupBy == "TYPE" ? "Wireless" : "-", 0)];
    }
}
