namespace ArubaNoc.Tools.Troubleshooting;

/// <summary>
/// Where the result of one async test is read: device type (<c>aps</c> or <c>gateways</c>), serial
/// number, test (<c>ping</c> or <c>traceroute</c>) and task ID, each already validated and normalized.
/// </summary>
internal sealed record AsyncTestAddress(string DeviceType, string Serial, string Test, string TaskId)
{
    /// <summary>Path template of the poll request.</summary>
    public const string PollTemplate = "/network-troubleshooting/v1/{device-type}/{serial-number}/{test}/async-operations/{task-id}";

    private const string Prefix = "/network-troubleshooting/v1/";

    /// <summary>The task handle: the result path Central returns as <c>location</c>.</summary>
    public string Handle => $"{Prefix}{DeviceType}/{Serial}/{Test}/async-operations/{TaskId}";

    /// <summary>
    /// Parses a task handle: a relative path, or an absolute https URL whose host is <paramref name="apiHost"/>.
    /// Returns null with <paramref name="problem"/> set when the handle has another form or an invalid part.
    /// </summary>
    public static AsyncTestAddress? TryParse(string handle, string? apiHost, out string? problem)
    {
        var path = handle;
        if (!handle.StartsWith('/'))
        {
            if (!Uri.TryCreate(handle, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
            {
                problem = "must be the location path returned by a start tool (/network-troubleshooting/v1/...)";
                return null;
            }

            if (apiHost is null || !string.Equals(uri.Host, apiHost, StringComparison.OrdinalIgnoreCase) || uri.Query.Length > 0 || uri.Fragment.Length > 0)
            {
                problem = "must be a path, or a URL on the configured Central host";
                return null;
            }

            path = uri.AbsolutePath;
        }

        problem = "must have the form /network-troubleshooting/v1/{aps|gateways}/{serial}/{ping|traceroute}/async-operations/{task-id}";
        if (!path.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var parts = path[Prefix.Length..].Split('/');
        if (parts.Length != 5 || parts[3] != "async-operations")
        {
            return null;
        }

        var deviceType = NormalizeDeviceType(parts[0]);
        var serial = Framework.ShapeRules.Serial(parts[1]);
        var test = parts[2] is "ping" or "traceroute" ? parts[2] : null;
        var taskId = Framework.ShapeRules.TaskId(parts[4]);
        if (deviceType is null || serial is null || test is null || taskId is null)
        {
            return null;
        }

        problem = null;
        return new AsyncTestAddress(deviceType, serial, test, taskId);
    }

    /// <summary>Maps <c>aps</c>/<c>ap</c>/<c>access_point</c> and <c>gateways</c>/<c>gateway</c> to the path segment.</summary>
    public static string? NormalizeDeviceType(string text) => text.ToLowerInvariant() switch
    {
        "aps" or "ap" or "access_point" => "aps",
        "gateways" or "gateway" => "gateways",
        _ => null,
    };
}
