using System.Text.Json.Serialization;

namespace ArubaNoc.Central.Wire;

/// <summary>
/// List envelope of Central: <c>{"items": […], "count": n, "total": n, "next": …}</c>. Register the closed
/// type (for example <c>CentralList&lt;DeviceItem&gt;</c>) in a source-generated context to read it.
/// </summary>
/// <typeparam name="TItem">Item type.</typeparam>
public sealed class CentralList<TItem>
{
    /// <summary>Items of this page; null when Central omitted the field.</summary>
    [JsonPropertyName("items")]
    public List<TItem>? Items { get; set; }

    /// <summary>Items on this page as Central counts them.</summary>
    [JsonPropertyName("count")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? Count { get; set; }

    /// <summary>Items across all pages; optional on several endpoints.</summary>
    [JsonPropertyName("total")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? Total { get; set; }

    /// <summary>
    /// Cursor of the next page, null on the last page. Documented as a string holding a page number, but
    /// Central also sends a bare integer, so it is always read as a string.
    /// </summary>
    [JsonPropertyName("next")]
    [JsonConverter(typeof(LenientCursorConverter))]
    public string? Next { get; set; }
}
