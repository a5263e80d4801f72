using System.Text.Json.Nodes;
using ArubaNoc.Simulator.Http;
using ArubaNoc.Simulator.Querying;
using ArubaNoc.Simulator.Routing;
using ArubaNoc.Simulator.Tenant;
using static ArubaNoc.Simulator.Routing.QueryParameter;

namespace ArubaNoc.Simulator.Endpoints;

/// <summary>Site health list (offset paging), one site's health, and tenant-wide device health.</summary>
internal static class SiteEndpoints
{
    private static readonly ListQuery<SiteRecord> SiteQuery = new(
        SiteField,
        ["siteId", "siteName"],
        ["siteName", "siteHealth", "deviceHealth", "clientHealth"]);

    public static void Register(RouteTable table)
    {
        table.Get(EndpointRegistry.Monitoring + "/sites-health", ApiFamily.Monitoring,
            [Integer("limit", 0, 1000), Integer("offset", 0, int.MaxValue), Filter(), Sort()],
            SitesHealth);

        table.Get(EndpointRegistry.Monitoring + "/site-health/{site-id}", ApiFamily.Monitoring, [], context =>
        {
            var siteId = context.Path("site-id");
            if (siteId.Length > 128)
            {
                return context.BadRequest("Invalid path parameter site-id: must be at most 128 characters");
            }

            return context.Tenant.SitesById.TryGetValue(siteId, out var site)
                ? JsonResponses.Node(200, site.HealthDetail)
                : context.NotFound($"Site '{siteId}' was not found");
        });

        table.Get(EndpointRegistry.Monitoring + "/tenant-device-health", ApiFamily.Monitoring, [], TenantDeviceHealth);
    }

    private static SimResponse SitesHealth(RequestContext context)
    {
        var filtered = SiteQuery.Filter(context.Tenant.Sites, context.Get("filter"), out var error);
        var sorted = filtered is null ? null : SiteQuery.Sort(filtered, context.Get("sort") ?? "siteName ASC", out error);
        if (sorted is null)
        {
            return context.BadRequest(error!);
        }

        var (page, offset, total) = Lists.OffsetPage(context, sorted, 100);
        return JsonResponses.Write(200, writer =>
        {
            writer.WriteStartObject();
            Lists.WriteItems(writer, page.Select(s => s.HealthItem));
            writer.WriteNumber("count", page.Count);
            writer.WriteNumber("total", total);

            // sites-health echoes the request's offset; the next offset is offset + count.
            writer.WriteNumber("offset", offset);
            writer.WriteStartObject("response");
            writer.WriteString("status", "SUCCESS");
            writer.WriteString("code", "200");
            writer.WriteString("message", "");
            writer.WriteEndObject();
            writer.WriteEndObject();
        });
    }

    private static SimResponse TenantDeviceHealth(RequestContext context)
    {
        var deviceTypes = new JsonArray();
        foreach (var (kind, label) in new[] { (DeviceKind.AccessPoint, "Access Points"), (DeviceKind.Switch, "Switches"), (DeviceKind.Gateway, "Gateways") })
        {
            deviceTypes.Append(new JsonObject
            {
                ["name"] = label,
                ["health"] = new JsonObject { ["groups"] = WireBuilder.Groups(context.Tenant.Monitored(kind).Select(WireBuilder.DeviceHealth)) },
            });
        }

        return JsonResponses.Node(200, new JsonObject
        {
            ["id"] = "tenant",
            ["type"] = "network-monitoring/tenant-device-health",
            ["deviceTypes"] = deviceTypes,
        });
    }

    private static JsonNode? SiteField(SiteRecord site, string field) => field switch
    {
        "siteId" => site.HealthItem["id"],
        "siteName" => site.HealthItem["siteName"],
        "siteHealth" => GoodShare(site.HealthItem["health"]),
        "deviceHealth" => GoodShare(site.HealthItem["devices"]?["health"]),
        "clientHealth" => GoodShare(site.HealthItem["clients"]?["health"]),
        _ => null,
    };

    /// <summary>Returns the percentage of the Good group, the number the health sorts order by.</summary>
    private static JsonNode GoodShare(JsonNode? health)
    {
        var groups = health?["groups"]?.AsArray() ?? [];
        var total = groups.Sum(g => g!["value"]!.GetValue<int>());
        var good = groups.Where(g => g!["name"]!.GetValue<string>() == "Good").Sum(g => g!["value"]!.GetValue<int>());
        return total == 0 ? 0 : good * 100 / total;
    }
}
