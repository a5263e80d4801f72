using System.Text.Json.Serialization;
using ArubaNoc.Central.Wire;

namespace ArubaNoc.Tools.Sites.Wire;

/// <summary>Body of <c>GET /network-monitoring/v1/sites-health</c>, an offset-paged list.</summary>
public sealed class SitesHealthPage
{
    [JsonPropertyName("items")]
    public List<SiteHealthItem>? Items { get; set; }

    [JsonPropertyName("total")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? Total { get; set; }

    [JsonPropertyName("offset")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? Offset { get; set; }
}

/// <summary>One site of sites-health. v1 names the site <c>siteName</c>; v1alpha1 named it <c>name</c>.</summary>
public sealed class SiteHealthItem
{
    [JsonPropertyName("id")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Id { get; set; }

    [JsonPropertyName("siteId")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? SiteId { get; set; }

    [JsonPropertyName("siteName")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? SiteName { get; set; }

    [JsonPropertyName("name")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Name { get; set; }

    [JsonPropertyName("address")]
    public SiteAddress? Address { get; set; }

    [JsonPropertyName("health")]
    public HealthSummary? Health { get; set; }

    [JsonPropertyName("devices")]
    public CountedHealth? Devices { get; set; }

    [JsonPropertyName("clients")]
    public CountedHealth? Clients { get; set; }

    [JsonPropertyName("alerts")]
    public AlertSummary? Alerts { get; set; }

    [JsonPropertyName("reasons")]
    public List<HealthReason>? Reasons { get; set; }

    /// <summary>The site ID: <c>id</c>, else the older <c>siteId</c>.</summary>
    [JsonIgnore]
    public string? ResolvedId => string.IsNullOrWhiteSpace(Id) ? SiteId : Id;

    /// <summary>The site name: <c>siteName</c>, else the older <c>name</c>.</summary>
    [JsonIgnore]
    public string? ResolvedName => string.IsNullOrWhiteSpace(SiteName) ? Name : SiteName;
}

/// <summary>Postal address of a site; only city and country are read.</summary>
public sealed class SiteAddress
{
    [JsonPropertyName("city")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? City { get; set; }

    [JsonPropertyName("country")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Country { get; set; }
}

/// <summary>A count with its health groups (<c>devices</c> or <c>clients</c> of a site).</summary>
public sealed class CountedHealth
{
    [JsonPropertyName("count")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? Count { get; set; }

    [JsonPropertyName("health")]
    public HealthSummary? Health { get; set; }
}

/// <summary>Alert counts of a site, total and by severity group.</summary>
public sealed class AlertSummary
{
    [JsonPropertyName("totalCount")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? TotalCount { get; set; }

    [JsonPropertyName("groups")]
    public List<AlertGroup>? Groups { get; set; }
}

/// <summary>Alert count of one severity, such as <c>Critical</c>.</summary>
public sealed class AlertGroup
{
    [JsonPropertyName("name")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Name { get; set; }

    [JsonPropertyName("count")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? Count { get; set; }
}
