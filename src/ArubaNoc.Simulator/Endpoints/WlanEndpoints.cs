using ArubaNoc.Simulator.Http;
using ArubaNoc.Simulator.Querying;
using ArubaNoc.Simulator.Routing;
using ArubaNoc.Simulator.Tenant;
using static ArubaNoc.Simulator.Routing.QueryParameter;

namespace ArubaNoc.Simulator.Endpoints;

/// <summary>WLAN list and detail.</summary>
internal static class WlanEndpoints
{
    private static readonly ListQuery<WlanRecord> WlanQuery = new(
        (wlan, field) => wlan.Wire[field],
        ["band"],
        ["wlanName", "band", "status", "securityLevel", "security", "vlan"]);

    public static void Register(RouteTable table)
    {
        table.Get(EndpointRegistry.Monitoring + "/wlans", ApiFamily.Monitoring,
            [Text("site-id", 16), Text("serial-number", 16), Filter(), Sort(), Integer("limit", 0, 1000), Cursor()],
            context => Scope(context, out var error) is { } wlans
                ? Lists.Cursor(context, wlans, WlanQuery, w => w.Wire, 20)
                : error!);

        table.Get(EndpointRegistry.Monitoring + "/wlans/{wlan-name}", ApiFamily.Monitoring,
            [Text("site-id", 16), Text("serial-number", 16)],
            context =>
            {
                var name = context.Path("wlan-name");
                if (Scope(context, out var error) is not { } wlans)
                {
                    return error!;
                }

                var wlan = wlans.FirstOrDefault(w => w.Name == name);
                return wlan is not null
                    ? JsonResponses.Node(200, wlan.Wire)
                    : context.NotFound($"WLAN '{name}' was not found", "HPE_GL_NETWORK_MONITORING_WLAN_NOT_FOUND");
            });
    }

    /// <summary>Returns the WLANs seen at the requested site or AP (all WLANs when neither is given), sorted by name.</summary>
    private static List<WlanRecord>? Scope(RequestContext context, out SimResponse? error)
    {
        error = null;
        var wlans = context.Tenant.Wlans.OrderBy(w => w.Name, StringComparer.Ordinal).ToList();
        if (context.Get("serial-number") is { } serial)
        {
            if (!context.Tenant.DevicesBySerial.TryGetValue(serial, out var ap) || ap.Kind != DeviceKind.AccessPoint)
            {
                error = context.NotFound($"Access point with serial number '{serial}' was not found");
                return null;
            }

            wlans = [.. wlans.Where(w => w.Enabled)];
        }

        if (context.Get("site-id") is { } siteId)
        {
            var hasAps = context.Tenant.Devices.Any(d => d.Site.Id == siteId && d.Kind == DeviceKind.AccessPoint && d.Monitored);
            wlans = hasAps ? wlans : [];
        }

        return wlans;
    }
}
