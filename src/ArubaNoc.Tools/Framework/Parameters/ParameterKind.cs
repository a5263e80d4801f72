namespace ArubaNoc.Tools.Framework;

/// <summary>
/// The argument types a tool parameter can have. Each kind fixes the accepted JSON forms, the
/// validation rule and the normalized value that <see cref="ToolArguments"/> returns.
/// </summary>
public enum ParameterKind
{
    /// <summary>Free text of bounded length without control characters.</summary>
    Text,

    /// <summary>Whole number within the parameter's range; digit strings are accepted.</summary>
#pragma warning disable CA1720 // "Integer" is the JSON Schema type this kind maps to.
    Integer,
#pragma warning restore CA1720

    /// <summary>JSON <c>true</c>/<c>false</c> or the strings <c>"true"</c>/<c>"false"</c>.</summary>
    Boolean,

    /// <summary>One of the declared <see cref="EnumOption"/> values, matched case-insensitively.</summary>
    Enum,

    /// <summary>Device serial number: 1-16 ASCII letters or digits, normalized to upper case.</summary>
    Serial,

    /// <summary>A serial number or a stack ID (8 hex digits, '-', 1-8 hex digits, lower case).</summary>
    StackRef,

    /// <summary>Site ID of <c>A-Z a-z 0-9 _ -</c>, 1-128 characters or 1-16 where the endpoint caps it.</summary>
    SiteId,

    /// <summary>Site name: 1-256 characters without control characters.</summary>
    SiteName,

    /// <summary>Object name (WLAN, cluster, client); optionally a single path segment.</summary>
    Name,

    /// <summary>MAC address, normalized to lower-case colon form.</summary>
    Mac,

    /// <summary>IPv4 address, IPv6 literal or DNS host name.</summary>
    Host,

    /// <summary>UUID of an asynchronous task, normalized to lower case.</summary>
    TaskId,

    /// <summary>Continuation cursor: decimal digits, 1 to 2,147,483,647, returned as a string.</summary>
    Cursor,

    /// <summary>Row offset: 0 to 10,000,000.</summary>
    Offset,

    /// <summary>RFC 3339 date-time or epoch milliseconds between 2015-01-01 and now + 5 minutes.</summary>
    Time,

    /// <summary>Raw OData filter in the supported subset, checked against a <see cref="FilterSpec"/>.</summary>
    Filter,

    /// <summary>Sort expression, checked against a <see cref="SortSpec"/>.</summary>
    Sort,
}
