using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ArubaNoc.Simulator.Http;
using ArubaNoc.Simulator.Routing;
using ArubaNoc.Simulator.Tenant;
using ArubaNoc.Simulator.Troubleshooting;

namespace ArubaNoc.Simulator.Endpoints;

/// <summary>Asynchronous ping and traceroute: start (202 with a location), poll, and list a device's tasks.</summary>
internal static class TestEndpoints
{
    private static readonly Dictionary<string, (long Min, long Max)> ApPingRanges = new(StringComparer.Ordinal)
    {
        ["count"] = (1, 100), ["packetSize"] = (10, 2000), ["vlan"] = (1, 4095),
    };

    private static readonly Dictionary<string, (long Min, long Max)> GatewayPingRanges = new(StringComparer.Ordinal)
    {
        ["count"] = (1, 100), ["packetSize"] = (10, 2000), ["vlan"] = (1, 4095), ["ttl"] = (1, 255), ["dscp"] = (0, 63),
    };

    public static void Register(RouteTable table)
    {
        foreach (var deviceType in new[] { "aps", "gateways" })
        {
            var root = EndpointRegistry.Troubleshooting + "/" + deviceType + "/{serial-number}";
            foreach (var test in new[] { "ping", "traceroute" })
            {
                table.Post(root + "/" + test, ApiFamily.Tests, context => Start(context, deviceType, test));
                table.Get(root + "/" + test + "/async-operations/{task-id}", ApiFamily.Tests, [], context => Poll(context, deviceType, test));
            }

            table.Get(root + "/list-tasks", ApiFamily.Tests, [], context => ListTasks(context, deviceType));
        }
    }

    private static DeviceRecord? FindDevice(RequestContext context, string deviceType, out SimResponse? error)
    {
        var serial = context.Path("serial-number");
        var kind = deviceType == "aps" ? DeviceKind.AccessPoint : DeviceKind.Gateway;
        error = null;
        if (context.Tenant.DevicesBySerial.TryGetValue(serial, out var device) && device.Kind == kind && device.Monitored)
        {
            return device;
        }

        error = context.Error(404, $"Device '{serial}' was not found", "HPE_GRAVITY_DEVICE_NOT_FOUND");
        return null;
    }

    private static SimResponse Start(RequestContext context, string deviceType, string test)
    {
        if (FindDevice(context, deviceType, out var error) is not { } device)
        {
            return error!;
        }

        var body = ParseBody(context, deviceType, test, out var problem);
        if (body is null)
        {
            return context.BadRequest(problem!);
        }

        if (!device.Online)
        {
            return context.Error(409, $"Device '{device.Serial}' is offline", "HPE_GRAVITY_DEVICE_OFFLINE");
        }

        var task = new SimTask
        {
            Id = context.State.NextUuid(),
            DeviceType = deviceType,
            Serial = device.Serial,
            Test = test,
            Destination = body["destination"]!.GetValue<string>(),
            Count = body["count"]?.GetValue<int>() ?? 5,
            PacketSize = body["packetSize"]?.GetValue<int>() ?? 56,
            StartedAt = context.Now,
            Duration = test == "ping" ? context.Options.PingDuration : context.Options.TracerouteDuration,
        };
        context.State.Tasks.Add(task);

        var response = JsonResponses.Write(202, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("location", task.Location);
            writer.WriteString("status", "INITIATED");
            writer.WriteString("startTime", WireBuilder.Rfc3339(task.StartedAt));
            writer.WriteEndObject();
        });
        response.Headers.Add(new("Location", task.Location));
        return response;
    }

    /// <summary>Parses and checks the JSON body: destination required, documented fields only, numbers in range.</summary>
    private static JsonObject? ParseBody(RequestContext context, string deviceType, string test, out string? problem)
    {
        problem = null;
        JsonObject? body;
        try
        {
            body = context.Request.Body is null ? null : JsonNode.Parse(context.Request.Body) as JsonObject;
        }
        catch (JsonException)
        {
            body = null;
        }

        if (body is null)
        {
            problem = "The request body must be a JSON object";
            return null;
        }

        var ranges = test == "traceroute" ? [] : deviceType == "aps" ? ApPingRanges : GatewayPingRanges;
        string[] allowed = (test, deviceType) switch
        {
            ("traceroute", _) => ["destination", "sourceInterface", "includeRawOutput"],
            (_, "aps") => ["destination", "count", "packetSize", "vlan", "interfacePort", "role", "includeRawOutput"],
            _ => ["destination", "count", "packetSize", "sourceInterface", "vlan", "ttl", "dscp", "dontFragmentFlag", "useIpv6", "includeRawOutput"],
        };

        foreach (var (name, value) in body)
        {
            if (!allowed.Contains(name, StringComparer.Ordinal))
            {
                problem = $"Unknown field in request body: {name}";
                return null;
            }

            if (ranges.TryGetValue(name, out var range)
                && (value is not JsonValue number || number.GetValueKind() != JsonValueKind.Number
                    || !number.TryGetValue(out long n) || n < range.Min || n > range.Max))
            {
                problem = $"Invalid value for {name}: must be an integer between {range.Min.ToString(CultureInfo.InvariantCulture)} and {range.Max.ToString(CultureInfo.InvariantCulture)}";
                return null;
            }
        }

        if (body["destination"] is not JsonValue destination || destination.GetValueKind() != JsonValueKind.String
            || string.IsNullOrWhiteSpace(destination.GetValue<string>()))
        {
            problem = "Missing required field: destination";
            return null;
        }

        if (deviceType == "gateways" && test == "ping" && body["sourceInterface"] is { } source
            && FieldText(source) is not ("loopback" or "mgmt-interface" or "vlan-interface"))
        {
            problem = "Invalid value for sourceInterface: must be loopback, mgmt-interface or vlan-interface";
            return null;
        }

        return body;
    }

    private static string? FieldText(JsonNode node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    private static SimResponse Poll(RequestContext context, string deviceType, string test)
    {
        if (FindDevice(context, deviceType, out var error) is not { } device)
        {
            return error!;
        }

        var taskId = context.Path("task-id");
        if (!Guid.TryParseExact(taskId, "D", out _))
        {
            return context.BadRequest($"Invalid path parameter task-id: '{taskId}' is not a UUID");
        }

        var task = context.State.Tasks.Find(taskId, context.Now, context.Options.TaskRetention);
        if (task is null || task.DeviceType != deviceType || task.Test != test || !string.Equals(task.Serial, device.Serial, StringComparison.OrdinalIgnoreCase))
        {
            return context.Error(404, $"Task '{taskId}' was not found or has expired", "HPE_GRAVITY_TASK_NOT_FOUND");
        }

        return JsonResponses.Node(200, TaskResults.Poll(task, context.Now, context.Options.TaskStartDelay));
    }

    private static SimResponse ListTasks(RequestContext context, string deviceType)
    {
        if (FindDevice(context, deviceType, out var error) is not { } device)
        {
            return error!;
        }

        var tasks = context.State.Tasks.ForDevice(deviceType, device.Serial, context.Now, context.Options.TaskRetention);
        var list = new JsonArray();
        foreach (var group in tasks.GroupBy(t => t.Test))
        {
            var locations = new JsonArray();
            foreach (var task in group)
            {
                locations.Append(task.Location);
            }

            list.Append(new JsonObject { ["testName"] = group.Key, ["locations"] = locations });
        }

        return JsonResponses.Node(200, list);
    }
}
