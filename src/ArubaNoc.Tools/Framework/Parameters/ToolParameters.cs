namespace ArubaNoc.Tools.Framework;

/// <summary>
/// Factory methods for <see cref="ToolParameter"/>, one per shared argument type. Each sets the rule
/// and a valid example; tools refine the result with <c>AsRequired</c>, <c>WithDefault</c> and so on.
/// </summary>
public static class ToolParameters
{
    /// <summary>Maximum length of a WLAN name (SSID profile name) in Central.</summary>
    public const int WlanNameMaxLength = 32;

    /// <summary>Free text of 1 to <paramref name="maxLength"/> characters.</summary>
    public static ToolParameter Text(string name, string description, int maxLength = 256) =>
        new(name, ParameterKind.Text, description) { MaxLength = maxLength, Example = "example" };

    /// <summary>Whole number from <paramref name="minimum"/> to <paramref name="maximum"/>.</summary>
#pragma warning disable CA1720 // "Integer" is the JSON Schema type this parameter maps to.
    public static ToolParameter Integer(string name, string description, long minimum, long maximum) =>
        new(name, ParameterKind.Integer, description) { Minimum = minimum, Maximum = maximum, Example = minimum.ToString(System.Globalization.CultureInfo.InvariantCulture) };
#pragma warning restore CA1720

    /// <summary>Page size from <paramref name="minimum"/> to <paramref name="maximum"/> with a server-side default.</summary>
    public static ToolParameter Limit(long minimum, long maximum, long defaultValue, string name = "limit") =>
        Integer(name, $"Maximum number of items to return ({minimum}-{maximum}, default {defaultValue}).", minimum, maximum)
            .WithDefault(defaultValue);

    /// <summary>Row offset from 0 to 10,000,000.</summary>
    public static ToolParameter Offset(string name = "offset", string description = "Number of items to skip (0-10000000, default 0).") =>
        new ToolParameter(name, ParameterKind.Offset, description) { Minimum = 0, Maximum = 10_000_000, Example = "0" };

    /// <summary>Boolean flag.</summary>
    public static ToolParameter Boolean(string name, string description) =>
        new(name, ParameterKind.Boolean, description) { Example = "true" };

    /// <summary>One of <paramref name="options"/>, matched case-insensitively.</summary>
    public static ToolParameter Enum(string name, string description, params EnumOption[] options)
    {
        if (options.Length == 0)
        {
            throw new ArgumentException("An enum parameter needs at least one option.", nameof(options));
        }

        return new ToolParameter(name, ParameterKind.Enum, description) { Options = options, Example = options[0].Value };
    }

    /// <summary>Device serial number.</summary>
    public static ToolParameter Serial(string name = "serial", string description = "Device serial number (1-16 letters or digits).") =>
        new(name, ParameterKind.Serial, description) { Example = "CN12345678" };

    /// <summary>Switch serial number or stack ID.</summary>
    public static ToolParameter StackRef(string name = "stack_id", string description = "Stack ID (such as 01000c97-5f80e1c0) or the conductor switch's serial number.") =>
        new(name, ParameterKind.StackRef, description) { Example = "01000c97-5f80e1c0" };

    /// <summary>Site ID; <paramref name="maxLength"/> is 16 where the endpoint caps <c>site-id</c> at 16 characters.</summary>
    public static ToolParameter SiteId(string name = "site_id", string description = "Site ID (letters, digits, '_' or '-').", int maxLength = 128) =>
        new(name, ParameterKind.SiteId, description) { MaxLength = maxLength, Example = "24833497" };

    /// <summary>Site name.</summary>
    public static ToolParameter SiteName(string name = "site_name", string description = "Site name, exactly as shown in Central.") =>
        new(name, ParameterKind.SiteName, description) { MaxLength = 256, Example = "HQ Building 1" };

    /// <summary>Object name; <paramref name="pathSegment"/> also rejects '/', '\' and values of only dots.</summary>
    public static ToolParameter Name(string name, string description, int maxLength = 256, bool pathSegment = false) =>
        new(name, ParameterKind.Name, description) { MaxLength = maxLength, IsPathSegment = pathSegment, Example = "corp-net" };

    /// <summary>WLAN name of 1-32 characters.</summary>
    public static ToolParameter WlanName(string name = "wlan_name", string description = "WLAN name (1-32 characters).", bool pathSegment = false) =>
        Name(name, description, WlanNameMaxLength, pathSegment);

    /// <summary>MAC address in any common notation.</summary>
    public static ToolParameter Mac(string name = "mac", string description = "MAC address (aa:bb:cc:dd:ee:ff, aa-bb-cc-dd-ee-ff, aabb.ccdd.eeff or aabbccddeeff).") =>
        new(name, ParameterKind.Mac, description) { Example = "aa:bb:cc:dd:ee:ff" };

    /// <summary>IP address or DNS name.</summary>
    public static ToolParameter Host(string name = "target", string description = "IPv4 address, IPv6 address or DNS name.") =>
        new(name, ParameterKind.Host, description) { Example = "192.0.2.10" };

    /// <summary>Task UUID.</summary>
    public static ToolParameter TaskId(string name = "task_id", string description = "Task ID (UUID) returned when the test was started.") =>
        new(name, ParameterKind.TaskId, description) { Example = "3f2a1c4e-9b7d-4e21-8a0f-5c6d7e8f9a0b" };

    /// <summary>Continuation cursor from the previous page.</summary>
    public static ToolParameter Cursor(string name = "next", string description = "Cursor from the previous result's [MORE] line, to fetch the next page.") =>
        new(name, ParameterKind.Cursor, description) { Example = "2" };

    /// <summary>Point in time.</summary>
    public static ToolParameter Time(string name, string description) =>
        new(name, ParameterKind.Time, description) { Example = "2026-01-15T08:00:00Z" };

    /// <summary>Raw OData filter restricted to <paramref name="spec"/>.</summary>
    public static ToolParameter Filter(FilterSpec spec, string name = "filter")
    {
        var description = $"OData filter: clauses 'field eq value' or 'field in (v1,v2)' joined by 'and'. Fields: {string.Join(", ", spec.Fields)}.";
        return new ToolParameter(name, ParameterKind.Filter, description) { Filter = spec, MaxLength = spec.MaxLength, Example = $"{spec.Fields[0]} eq 'x'" };
    }

    /// <summary>Sort expression restricted to <paramref name="spec"/>.</summary>
    public static ToolParameter Sort(SortSpec spec, string name = "sort")
    {
        var description = $"Sort: 'field [asc|desc]' items separated by ','. Fields: {string.Join(", ", spec.Fields)}.";
        return new ToolParameter(name, ParameterKind.Sort, description) { Sort = spec, MaxLength = SortSpec.MaxLength, Example = $"{spec.Fields[0]} asc" };
    }
}
