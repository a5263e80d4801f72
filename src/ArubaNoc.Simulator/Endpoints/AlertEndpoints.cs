using System.Text.Json.Nodes;
using ArubaNoc.Simulator.Http;
using ArubaNoc.Simulator.Querying;
using ArubaNoc.Simulator.Routing;
using ArubaNoc.Simulator.Tenant;
using static ArubaNoc.Simulator.Routing.QueryParameter;

namespace ArubaNoc.Simulator.Endpoints;

/// <summary>Notifications API: alert list and alert classification.</summary>
internal static class AlertEndpoints
{
    private const string Alerts = "/network-notifications/v1/alerts";

    // siteId filters alerts although the alert items do not carry it.
    private static readonly ListQuery<AlertRecord> AlertQuery = new(
        (alert, field) => field == "siteId" ? alert.Site.Id : alert.Wire[field],
        ["siteId", "typeId", "status", "category", "deviceType"],
        ["createdAt", "severity", "status", "name", "priority"]);

    public static void Register(RouteTable table)
    {
        table.Get(Alerts, ApiFamily.Notifications, [Filter(), Sort(), Cursor(), Integer("limit", 1, 100)], context =>
        {
            var filtered = AlertQuery.Filter(context.Tenant.Alerts, context.Get("filter"), out var error);
            var sorted = filtered is null ? null : AlertQuery.Sort(filtered, context.Get("sort") ?? "createdAt DESC", out error);
            return sorted is null ? context.BadRequest(error!) : Lists.CursorPage(context, sorted, a => a.Wire, 20);
        });

        table.Get(Alerts + "/classification", ApiFamily.Notifications,
            [Choice("type", true, "severity", "status", "priority", "category", "device_type", "impacted_devices"), Filter(), Text("search", 256)],
            Classification);
    }

    private static SimResponse Classification(RequestContext context)
    {
        var filtered = AlertQuery.Filter(context.Tenant.Alerts, context.Get("filter"), out var error);
        if (filtered is null)
        {
            return context.BadRequest(error!);
        }

        if (context.Get("search") is { } search)
        {
            filtered = [.. filtered.Where(a =>
                a.Wire["name"]!.GetValue<string>().Contains(search, StringComparison.OrdinalIgnoreCase)
                || a.Wire["summary"]!.GetValue<string>().Contains(search, StringComparison.OrdinalIgnoreCase))];
        }

        var type = context.Get("type")!;
        var field = type switch
        {
            "device_type" or "impacted_devices" => "deviceType",
            _ => type,
        };

        var data = new JsonArray();
        foreach (var group in filtered.GroupBy(a => FieldValues.AsText(a.Wire[field]) ?? "").OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            data.Append(new JsonObject
            {
                ["name"] = group.Key,
                ["count"] = group.Count(),
                ["typeId"] = type == "category" || type == "severity" ? group.Key.ToUpperInvariant() : group.First().Wire["typeId"]!.DeepClone(),
            });
        }

        return JsonResponses.Node(200, new JsonObject { ["type"] = type, ["classificationData"] = data });
    }
}
