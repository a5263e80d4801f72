using System.Text.Json.Nodes;
using ArubaNoc.Simulator.Http;
using ArubaNoc.Simulator.Querying;
using ArubaNoc.Simulator.Routing;
using ArubaNoc.Simulator.Tenant;
using static ArubaNoc.Simulator.Routing.QueryParameter;

namespace ArubaNoc.Simulator.Endpoints;

/// <summary>Client list and detail, and the top clients by usage.</summary>
internal static class ClientEndpoints
{
    private static readonly ListQuery<ClientRecord> ClientQuery = new(
        (client, field) => client.Wire[field],
        ["clientConnectionType", "status", "wlanName", "vlanId", "tunnelType", "role"],
        ["clientName", "status", "clientConnectionType", "macAddress", "ipv4", "ipv6", "connectedDeviceSerial", "connectedTo",
            "lastSeenAt", "port", "role", "wlanName", "vlanId", "tunnelType", "tunnelId", "connectedAt"]);

    private static readonly FilterClause ConnectedOnly = new("status", "eq", ["Connected"]);

    public static void Register(RouteTable table)
    {
        // "offset" is accepted but ignored, as Central does: every offset returns page 1.
        table.Get(EndpointRegistry.Monitoring + "/clients", ApiFamily.Monitoring,
            [Text("site-id"), Text("site-name"), Text("serial-number"), Text("start-at"), Text("end-at"), Filter(), Sort(),
                Cursor(), Integer("limit", 1, 1000), Integer("offset", 0, int.MaxValue)],
            ListClients);

        table.Get(EndpointRegistry.Monitoring + "/clients/{mac-address}", ApiFamily.Monitoring, [], context =>
        {
            var mac = context.Path("mac-address");
            if (!IsMacAddress(mac))
            {
                return context.BadRequest($"Invalid path parameter mac-address: '{mac}' is not a MAC address");
            }

            return context.Tenant.ClientsByMac.TryGetValue(mac.Replace('-', ':'), out var client)
                ? JsonResponses.Node(200, client.Wire)
                : context.NotFound($"Client '{mac}' was not found");
        });

        table.Get(EndpointRegistry.Monitoring + "/clients-topn-usage", ApiFamily.Monitoring,
            [Text("site-id"), Text("site-name"), Text("start-at"), Text("end-at"), Text("serial-number"), Integer("limit", 1, 100)],
            TopClients);

        ClientTrendEndpoint.Register(table);
    }

    /// <summary>Returns the clients in scope of the site-id, site-name and serial-number query values.</summary>
    internal static IEnumerable<ClientRecord> Scoped(RequestContext context)
    {
        var siteId = context.Get("site-id");
        var siteName = context.Get("site-name");
        var serial = context.Get("serial-number");
        return context.Tenant.Clients.Where(c =>
            (siteId is null || c.Site.Id == siteId)
            && (siteName is null || c.Site.Name == siteName)
            && (serial is null || string.Equals(c.ConnectedDevice?.Serial, serial, StringComparison.OrdinalIgnoreCase)));
    }

    private static SimResponse ListClients(RequestContext context)
    {
        if (Lookups.Window(context, "start-at", "end-at", TimeSpan.FromHours(3), out var error) is null)
        {
            return error!;
        }

        // Central adds status eq 'Connected' unless the filter names a status itself.
        var filter = context.Get("filter");
        var clauses = filter is null ? [] : FilterParser.Parse(filter, out _) ?? [];
        IReadOnlyList<FilterClause>? extra = clauses.Any(c => c.Field == "status") ? null : [ConnectedOnly];
        return Lists.Cursor(context, Scoped(context), ClientQuery, c => c.Wire, 100, extra: extra);
    }

    private static SimResponse TopClients(RequestContext context)
    {
        if (Lookups.Window(context, "start-at", "end-at", TimeSpan.FromHours(3), out var error) is not { } window)
        {
            return error!;
        }

        var days = Math.Min((window.End - window.Start).TotalDays, 30);
        var items = Scoped(context)
            .Where(c => c.Status == "Connected")
            .OrderByDescending(c => c.UsageBytes)
            .ThenBy(c => c.Mac, StringComparer.Ordinal)
            .Take(context.GetInt("limit", 5))
            .Select(c => (JsonNode)new JsonObject
            {
                ["id"] = c.Mac,
                ["type"] = "network-monitoring/client-usage",
                ["macAddress"] = c.Mac,
                ["clientName"] = c.Name ?? "-",
                ["clientConnectionType"] = c.Wireless ? "Wireless" : "Wired",
                ["siteId"] = c.Site.Id,
                ["siteName"] = c.Site.Name,
                ["usage"] = (long)(c.UsageBytes * Math.Max(days, 1.0 / 24)),
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

    /// <summary>
    /// Checks for six pairs of hex digits, each pair after the first preceded by ':' or '-'. Like the regex
    /// <c>^[0-9A-Fa-f]{2}([:-][0-9A-Fa-f]{2}){5}$</c> that this replaces (to keep the regex engine out of
    /// the binary), it accepts one trailing newline, because <c>$</c> matches before a final '\n'.
    /// </summary>
    internal static bool IsMacAddress(string text)
    {
        var span = text.AsSpan();
        if (span.Length == 18 && span[17] == '\n')
        {
            span = span[..17];
        }

        if (span.Length != 17)
        {
            return false;
        }

        for (var i = 0; i < span.Length; i++)
        {
            var valid = i % 3 == 2 ? span[i] is ':' or '-' : char.IsAsciiHexDigit(span[i]);
            if (!valid)
            {
                return false;
            }
        }

        return true;
    }
}
