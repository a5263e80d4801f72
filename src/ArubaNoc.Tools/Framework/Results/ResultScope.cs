namespace ArubaNoc.Tools.Framework;

/// <summary>
/// What a call actually covered, as sent to Central (null when unused). Written to
/// <c>structuredContent.scope</c> and summarized on the <c>Scope:</c> line.
/// </summary>
public sealed record ResultScope
{
    public string? SiteId { get; init; }

    public string? SiteName { get; init; }

    public string? SerialNumber { get; init; }

    public DateTimeOffset? StartAt { get; init; }

    public DateTimeOffset? EndAt { get; init; }

    public string? Filter { get; init; }

    public string? Sort { get; init; }

    /// <summary>Whether the call is tenant-wide when no site is given, so the Scope line reads "all sites".</summary>
    public bool AllSitesWhenNoSite { get; init; }

    /// <summary>Further parts of the Scope line, such as "interval 5 mins".</summary>
    public IReadOnlyList<string> Extra { get; init; } = [];

    /// <summary>Returns the text after <c>Scope: </c>, or null when no part applies.</summary>
    public string? ToText()
    {
        var parts = new List<string>();
        if (SiteName is not null || SiteId is not null)
        {
            var site = SiteName ?? SiteId;
            if (SiteName is not null && SiteId is not null)
            {
                site = $"{SiteName} ({SiteId})";
            }

            parts.Add("site " + site);
        }
        else if (AllSitesWhenNoSite)
        {
            parts.Add("all sites");
        }

        if (SerialNumber is not null)
        {
            parts.Add($"device {SerialNumber}");
        }

        if (StartAt is not null || EndAt is not null)
        {
            parts.Add($"window {ValueFormat.Time(StartAt)} to {ValueFormat.Time(EndAt)}");
        }

        if (Filter is not null)
        {
            parts.Add($"filter {Filter}");
        }

        if (Sort is not null)
        {
            parts.Add($"sort {Sort}");
        }

        parts.AddRange(Extra);
        return parts.Count == 0 ? null : string.Join(" · ", parts);
    }
}
