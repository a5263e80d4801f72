using System.Globalization;
using ArubaNoc.Simulator.Http;
using ArubaNoc.Simulator.Routing;
using static ArubaNoc.Simulator.Routing.QueryParameter;

namespace ArubaNoc.Simulator.Endpoints;

/// <summary>
/// <c>/network-monitoring/v1alpha1/threats</c>: IDPS events, the one alpha-only path. Requires
/// <c>start-time</c> in epoch milliseconds; offset paging that echoes the request's offset. Arm
/// <see cref="Faults.FaultScript.NotFound"/> on it to model a tenant that no longer serves it.
/// </summary>
internal static class ThreatEndpoints
{
    public static void Register(RouteTable table) =>
        table.Get("/network-monitoring/v1alpha1/threats", ApiFamily.Monitoring,
            [Integer("start-time", 0, long.MaxValue, required: true), Integer("end-time", 0, long.MaxValue),
                Integer("limit", 1, 1000), Integer("offset", 0, int.MaxValue)],
            context =>
            {
                var start = long.Parse(context.Get("start-time")!, CultureInfo.InvariantCulture);
                var end = context.Get("end-time") is { } endText ? long.Parse(endText, CultureInfo.InvariantCulture) : context.Now.ToUnixTimeMilliseconds();
                if (start >= end)
                {
                    return context.BadRequest("start-time must be earlier than end-time");
                }

                var threats = context.Tenant.Threats
                    .Where(t => t.TimeMilliseconds >= start && t.TimeMilliseconds <= end)
                    .OrderByDescending(t => t.TimeMilliseconds)
                    .ToList();
                var (page, offset, total) = Lists.OffsetPage(context, threats, 100);
                var response = JsonResponses.Write(200, writer =>
                {
                    writer.WriteStartObject();
                    Lists.WriteItems(writer, page.Select(t => t.Wire));
                    writer.WriteNumber("count", page.Count);
                    writer.WriteNumber("total", total);
                    writer.WriteNumber("offset", offset);
                    writer.WriteEndObject();
                });

                // The alpha path is being retired, so it carries RFC 8594 headers (dates are the simulator's own choice).
                response.Headers.Add(new("Deprecation", "Thu, 01 Jan 2026 00:00:00 GMT"));
                response.Headers.Add(new("Sunset", "Wed, 30 Jun 2027 00:00:00 GMT"));
                return response;
            });
}
