using System.Text.Json.Nodes;
using ArubaNoc.Simulator.Http;
using ArubaNoc.Simulator.Querying;
using ArubaNoc.Simulator.Routing;
using ArubaNoc.Simulator.Tenant;
using static ArubaNoc.Simulator.Routing.QueryParameter;

namespace ArubaNoc.Simulator.Endpoints;

/// <summary>Access point detail, radios, CPU trend and the top-APs ranking.</summary>
internal static class AccessPointEndpoints
{
    private const string Aps = EndpointRegistry.Monitoring + "/aps/{serial-number}";

    public static void Register(RouteTable table)
    {
        table.Get(Aps, ApiFamily.Monitoring, [], context =>
            Lookups.Device(context, DeviceKind.AccessPoint, "Access point", out var error) is { } ap
                ? JsonResponses.Node(200, ap.Detail)
                : error!);

        table.Get(Aps + "/radios", ApiFamily.Monitoring, [], context =>
            Lookups.Device(context, DeviceKind.AccessPoint, "Access point", out var error) is { } ap
                ? JsonResponses.Write(200, writer =>
                {
                    writer.WriteStartObject();
                    Lists.WriteItems(writer, ap.Radios);
                    writer.WriteNumber("count", ap.Radios.Count);
                    writer.WriteNumber("total", ap.Radios.Count);
                    writer.WriteEndObject();
                })
                : error!);

        table.Get(Aps + "/cpu-utilization-trends", ApiFamily.Monitoring,
            [Filter(), Text("site-id", 16), Text("site-name", 256)],
            CpuTrend);

        table.Get(EndpointRegistry.Monitoring + "/top-aps-by-wireless-usage", ApiFamily.Monitoring,
            [Text("site-id", 16), Text("site-name", 256), Integer("limit", 0, 25), Text("start-at", 128), Text("end-at", 128)],
            TopAccessPoints);
    }

    private static SimResponse CpuTrend(RequestContext context)
    {
        if (Lookups.Device(context, DeviceKind.AccessPoint, "Access point", out var error) is not { } ap)
        {
            return error!;
        }

        var end = context.Now;
        var start = end.AddHours(-3);
        if (context.Get("filter") is { } filter)
        {
            // The only filter here is "timestamp gt <start> and timestamp lt <end>" with unquoted date-times.
            var clauses = FilterParser.Parse(filter, out var problem);
            if (clauses is null)
            {
                return context.BadRequest(problem!);
            }

            foreach (var clause in clauses)
            {
                if (clause.Field != "timestamp" || clause.Operator is not ("gt" or "lt") || !Lookups.TryParseTime(clause.Values[0], out var time))
                {
                    return context.BadRequest($"Invalid filter: only 'timestamp gt <date-time>' and 'timestamp lt <date-time>' are supported (got '{clause.Field} {clause.Operator}')");
                }

                if (clause.Operator == "gt")
                {
                    start = time;
                }
                else
                {
                    end = time;
                }
            }
        }

        if (start >= end || end - start > TimeSpan.FromDays(30))
        {
            return context.BadRequest("Invalid filter: the timestamp range must be positive and at most 30 days");
        }

        var step = TimeSpan.FromMinutes(5);
        var first = new DateTimeOffset(start.UtcTicks - (start.UtcTicks % step.Ticks) + step.Ticks, TimeSpan.Zero);
        var samples = new JsonArray();
        for (var t = first; ap.Online && t < end; t += step)
        {
            var slot = t.ToUnixTimeSeconds() / 300;
            var value = Math.Round(8 + (50 * Lookups.Noise(ap.Serial, slot)) + (ap.Index % 17 == 0 ? 40 : 0), 1);
            samples.Append(new JsonObject { ["timestamp"] = WireBuilder.Rfc3339(t), ["data"] = new JsonArray(value) });
        }

        return JsonResponses.Node(200, new JsonObject
        {
            ["id"] = ap.Serial,
            ["type"] = "network-monitoring/ap-cpu-trend",
            ["metric"] = "cpu_utilization",
            ["graph"] = new JsonObject
            {
                ["keys"] = new JsonArray("cpu_utilization"),
                ["samples"] = samples,
                ["samplingIntervalInMinutes"] = 5,
            },
        });
    }

    private static SimResponse TopAccessPoints(RequestContext context)
    {
        if (Lookups.Window(context, "start-at", "end-at", TimeSpan.FromHours(3), out var error) is not { } window)
        {
            return error!;
        }

        var hours = (window.End - window.Start).TotalHours;
        var siteId = context.Get("site-id");
        var siteName = context.Get("site-name");
        var items = context.Tenant.Monitored(DeviceKind.AccessPoint)
            .Where(ap => (siteId is null || ap.Site.Id == siteId) && (siteName is null || ap.Site.Name == siteName) && ap.WirelessBytes > 0)
            .OrderByDescending(ap => ap.WirelessBytes)
            .ThenBy(ap => ap.Serial, StringComparer.Ordinal)
            .Take(context.GetInt("limit", 10))
            .Select(ap => (JsonNode)new JsonObject
            {
                ["id"] = ap.Serial,
                ["type"] = "network-monitoring/top-ap",
                ["serialNumber"] = ap.Serial,
                ["deviceName"] = ap.Name,
                ["totalValue"] = Math.Round(ap.WirelessBytes * Math.Min(hours, 720) / 24),
                ["units"] = "Bytes",
            })
            .ToList();

        return JsonResponses.Write(200, writer =>
        {
            writer.WriteStartObject();
            Lists.WriteItems(writer, items);
            writer.WriteNumber("count", items.Count);
            writer.WriteEndObject();
        });
    }
}
