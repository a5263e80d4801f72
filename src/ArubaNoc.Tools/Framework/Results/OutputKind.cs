namespace ArubaNoc.Tools.Framework;

/// <summary>
/// Types of output fields. Each fixes the JSON Schema type (always nullable) and the text format.
/// </summary>
public enum OutputKind
{
    /// <summary>Count or other integer; text with ',' separators.</summary>
#pragma warning disable CA1720 // "Integer" and "Object" are the JSON Schema types these kinds map to.
    Integer,

    /// <summary>Decimal number; text with up to 2 decimals.</summary>
    Number,

    /// <summary>Percentage (a number); text with 1 decimal.</summary>
    Percent,

    /// <summary>Availability percentage (a number); text with 2 decimals.</summary>
    Availability,

    /// <summary>Byte count (an integer); text in base-1024 units.</summary>
    Bytes,

    /// <summary>Rate in Mbps (a number); text with 2 decimals.</summary>
    Mbps,

    /// <summary>Duration in milliseconds (an integer); text as days, hours and minutes.</summary>
    DurationMs,

    /// <summary>Point in time, an RFC 3339 string.</summary>
    Time,

    /// <summary>Free text.</summary>
    Text,

    /// <summary>True or false; text "yes"/"no".</summary>
    Boolean,

    /// <summary>Object of name → integer count, such as a breakdown by type.</summary>
    Counts,

    /// <summary>Object with the declared child fields.</summary>
    Object,
#pragma warning restore CA1720

    /// <summary>Object of name → object with the declared child fields.</summary>
    Map,

    /// <summary>Array of strings.</summary>
    TextList,

    /// <summary>Array of numbers.</summary>
    NumberList,
}
