using System.Globalization;
using System.Text.Json.Nodes;
using ArubaNoc.Simulator.Http;
using ArubaNoc.Simulator.Querying;
using ArubaNoc.Simulator.Routing;
using ArubaNoc.Simulator.Tenant;
using static ArubaNoc.Simulator.Routing.QueryParameter;

namespace ArubaNoc.Simulator.Endpoints;

/// <summary>Switch detail, switch interfaces (offset paging) and stack members.</summary>
internal static class SwitchEndpoints
{
    private static readonly ListQuery<JsonObject> InterfaceQuery = new(
        (port, field) => port[field switch
        {
            "vlanmode" => "vlanMode",
            "port" => "index",
            _ => field,
        }],
        ["name", "speed", "status", "connector", "duplex", "lag", "vlanmode", "neighbourFamily", "neighbourFunction", "poeClass", "poeStatus", "operStatus"],
        ["port", "speed", "neighbour", "neighbourFamily", "nativeVlan", "neighbourRole", "alias", "connector", "lag", "vlanMode", "poeClass", "ipv4", "mtu"]);

    private static readonly string[] SearchFields = ["name", "alias", "description", "neighbour"];

    public static void Register(RouteTable table)
    {
        table.Get(EndpointRegistry.Monitoring + "/switches/{serial-number}", ApiFamily.Monitoring, [], context =>
            FindSwitch(context, out var error) is { } sw ? JsonResponses.Node(200, sw.Detail) : error!);

        table.Get(EndpointRegistry.Monitoring + "/switches/{serial-number}/interfaces", ApiFamily.Monitoring,
            [Integer("limit", 0, 1000), Integer("offset", 0, int.MaxValue), Filter(), Text("search", 256), Sort()],
            Interfaces);

        table.Get(EndpointRegistry.Monitoring + "/stack/{serial-number}/members", ApiFamily.Monitoring, [], StackMembers);
    }

    /// <summary>Finds a switch by serial, by stack id (its conductor) or returns the error to send.</summary>
    private static DeviceRecord? FindSwitch(RequestContext context, out SimResponse? error)
    {
        var key = context.Path("serial-number");
        error = null;

        // Stack ids have 17 characters although the path parameter is documented with at most 16.
        if (key.Length > 17)
        {
            error = context.BadRequest($"Invalid path parameter serial-number: must be at most 16 characters (got {key.Length})");
            return null;
        }

        if (context.Tenant.StacksById.TryGetValue(key, out var stack))
        {
            return stack.Members[0];
        }

        if (context.Tenant.DevicesBySerial.TryGetValue(key, out var device) && device.Kind == DeviceKind.Switch && device.Monitored)
        {
            return device;
        }

        error = context.NotFound($"Switch '{key}' was not found");
        return null;
    }

    private static SimResponse Interfaces(RequestContext context)
    {
        if (FindSwitch(context, out var error) is not { } sw)
        {
            return error!;
        }

        var ports = sw.StackId is null
            ? sw.Interfaces
            : context.Tenant.StacksById[sw.StackId].Members.SelectMany(m => m.Interfaces).ToList();
        if (context.Get("search") is { } search)
        {
            ports = [.. ports.Where(p => SearchFields
                .Any(f => FieldValues.AsText(p[f])?.Contains(search, StringComparison.OrdinalIgnoreCase) == true))];
        }

        var filtered = InterfaceQuery.Filter(ports, context.Get("filter"), out var problem);
        var sorted = filtered is null ? null : InterfaceQuery.Sort(filtered, context.Get("sort"), out problem);
        if (sorted is null)
        {
            return context.BadRequest(problem!);
        }

        var (page, offset, total) = Lists.OffsetPage(context, sorted, 1000);
        var nextOffset = offset + page.Count;
        return JsonResponses.Write(200, writer =>
        {
            writer.WriteStartObject();
            Lists.WriteItems(writer, page);
            writer.WriteNumber("count", page.Count);
            writer.WriteNumber("total", total);

            // Central returns the next offset here, as a string, and null after the last page.
            if (page.Count > 0 && nextOffset < total)
            {
                writer.WriteString("offset", nextOffset.ToString(CultureInfo.InvariantCulture));
            }
            else
            {
                writer.WriteNull("offset");
            }

            writer.WriteEndObject();
        });
    }

    private static SimResponse StackMembers(RequestContext context)
    {
        var key = context.Path("serial-number");
        if (key.Length > 17)
        {
            return context.BadRequest($"Invalid path parameter serial-number: must be at most 16 characters (got {key.Length})");
        }

        var stack = context.Tenant.StacksById.GetValueOrDefault(key)
            ?? context.Tenant.Stacks.FirstOrDefault(s => string.Equals(s.Members[0].Serial, key, StringComparison.OrdinalIgnoreCase));
        if (stack is null)
        {
            return context.NotFound($"Stack '{key}' was not found (give a stack id or the conductor's serial number)");
        }

        return JsonResponses.Write(200, writer =>
        {
            writer.WriteStartObject();
            Lists.WriteItems(writer, [stack.Wire]);
            writer.WriteNumber("count", 1);
            writer.WriteEndObject();
        });
    }
}
