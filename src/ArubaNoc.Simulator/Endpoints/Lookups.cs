using System.Globalization;
using ArubaNoc.Simulator.Http;
using ArubaNoc.Simulator.Routing;
using ArubaNoc.Simulator.Tenant;

namespace ArubaNoc.Simulator.Endpoints;

/// <summary>Path-parameter lookups and time-window parsing shared by endpoint groups.</summary>
internal static class Lookups
{
    /// <summary>Finds a monitored device of <paramref name="kind"/> by the <c>serial-number</c> path segment, or returns the 400/404 to send.</summary>
    public static DeviceRecord? Device(RequestContext context, DeviceKind kind, string thing, out SimResponse? error)
    {
        var serial = context.Path("serial-number");
        error = null;
        if (serial.Length > 16)
        {
            error = context.BadRequest($"Invalid path parameter serial-number: must be at most 16 characters (got {serial.Length})");
            return null;
        }

        if (context.Tenant.DevicesBySerial.TryGetValue(serial, out var device) && device.Kind == kind && device.Monitored)
        {
            return device;
        }

        error = context.NotFound($"{thing} with serial number '{serial}' was not found");
        return null;
    }

    /// <summary>
    /// Reads a time window from two RFC 3339 query parameters. Missing ends default to now and now minus
    /// <paramref name="defaultSpan"/>; the start must be earlier than the end, and the end at most 5 minutes after now.
    /// </summary>
    public static (DateTimeOffset Start, DateTimeOffset End)? Window(
        RequestContext context, string startName, string endName, TimeSpan defaultSpan, out SimResponse? error)
    {
        error = null;
        var end = context.Now;
        var start = end - defaultSpan;
        if (context.Get(endName) is { } endText && !TryParseTime(endText, out end))
        {
            error = context.BadRequest($"Invalid value for query parameter {endName}: must be an RFC 3339 date-time");
            return null;
        }

        if (context.Get(startName) is { } startText)
        {
            if (!TryParseTime(startText, out start))
            {
                error = context.BadRequest($"Invalid value for query parameter {startName}: must be an RFC 3339 date-time");
                return null;
            }
        }
        else
        {
            start = end - defaultSpan;
        }

        if (start >= end)
        {
            error = context.BadRequest($"{startName} must be earlier than {endName}");
            return null;
        }

        if (end > context.Now.AddMinutes(5))
        {
            error = context.BadRequest($"{endName} must not be in the future");
            return null;
        }

        return (start, end);
    }

    public static bool TryParseTime(string text, out DateTimeOffset time) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out time)
        && text.Contains('T', StringComparison.Ordinal);

    /// <summary>Returns a stable pseudo-random value in [0, 1) for a key and a step, independent of request order.</summary>
    public static double Noise(string key, long step)
    {
        // FNV-1a over the key's UTF-16 code units and the step: stable across processes, unlike string.GetHashCode.
        var hash = 14695981039346656037UL;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        for (var i = 0; i < 8; i++)
        {
            hash = (hash ^ (byte)(step >> (i * 8))) * 1099511628211UL;
        }

        return (hash >> 11) / (double)(1UL << 53);
    }
}
