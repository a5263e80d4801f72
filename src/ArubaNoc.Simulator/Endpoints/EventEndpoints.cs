using ArubaNoc.Simulator.Http;
using ArubaNoc.Simulator.Querying;
using ArubaNoc.Simulator.Routing;
using ArubaNoc.Simulator.Tenant;
using static ArubaNoc.Simulator.Routing.QueryParameter;

namespace ArubaNoc.Simulator.Endpoints;

/// <summary>Troubleshooting API's event list; every query parameter but search, filter, sort and next is required.</summary>
internal static class EventEndpoints
{
    private static readonly ListQuery<EventRecord> EventQuery = new(
        (e, field) => e.Wire[field],
        ["eventId", "category", "sourceType"],
        ["timeAt"]);

    private static readonly string[] SearchFields = ["eventName", "serialNumber", "sourceName", "clientMacAddress", "deviceMacAddress"];

    public static void Register(RouteTable table) =>
        table.Get(EndpointRegistry.Troubleshooting + "/events", ApiFamily.Events,
            [
                Choice("context-type", true, "SITE", "ACCESS_POINT", "SWITCH", "GATEWAY", "WIRELESS_CLIENT", "WIRED_CLIENT", "BRIDGE"),
                Text("context-identifier", 128, required: true), Text("start-at", 30, required: true), Text("end-at", 30, required: true),
                Text("site-id", 128, required: true), Text("search", 256), Filter(512), Sort(128), Cursor(),
                Integer("limit", 1, 1000, required: true),
            ],
            ListEvents);

    private static SimResponse ListEvents(RequestContext context)
    {
        if (Lookups.Window(context, "start-at", "end-at", TimeSpan.FromHours(3), out var error) is not { } window)
        {
            return error!;
        }

        var siteId = context.Get("site-id")!;
        var contextType = context.Get("context-type")!;
        var identifier = context.Get("context-identifier")!;
        if (!context.Tenant.SitesById.TryGetValue(siteId, out var site))
        {
            return context.NotFound($"Site '{siteId}' was not found");
        }

        if (!ContextExists(context.Tenant, site, contextType, identifier))
        {
            return context.NotFound($"Event context {contextType} '{identifier}' was not found in site '{siteId}'");
        }

        var events = context.Tenant.Events.Where(e =>
            e.Site == site
            && e.Time >= window.Start && e.Time <= window.End
            && e.Contexts.TryGetValue(contextType, out var id) && string.Equals(id, identifier, StringComparison.OrdinalIgnoreCase));
        if (context.Get("search") is { } search)
        {
            events = events.Where(e => SearchFields
                .Any(f => FieldValues.AsText(e.Wire[f])?.Contains(search, StringComparison.OrdinalIgnoreCase) == true));
        }

        var filtered = EventQuery.Filter(events, context.Get("filter"), out var problem);
        var sorted = filtered is null ? null : EventQuery.Sort(filtered, SortWithDefaultDirection(context.Get("sort")), out problem);
        return sorted is null ? context.BadRequest(problem!) : Lists.CursorPage(context, sorted, e => e.Wire, 100, "events");
    }

    // Events sort descending unless a direction is given.
    private static string SortWithDefaultDirection(string? sort) =>
        sort is null ? "timeAt desc" : sort.Trim().Contains(' ', StringComparison.Ordinal) ? sort : sort.Trim() + " desc";

    private static bool ContextExists(TenantData tenant, SiteRecord site, string contextType, string identifier) => contextType switch
    {
        "SITE" => identifier == site.Id,
        "ACCESS_POINT" or "SWITCH" or "GATEWAY" =>
            tenant.DevicesBySerial.TryGetValue(identifier, out var device) && device.Site == site
            && SimulatedTenant.DeviceTypeName(device.Kind) == (contextType == "ACCESS_POINT" ? "ACCESS_POINT" : contextType),
        "WIRELESS_CLIENT" or "WIRED_CLIENT" =>
            tenant.ClientsByMac.TryGetValue(identifier, out var client) && client.Site == site,
        _ => false,
    };
}
