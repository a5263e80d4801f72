namespace ArubaNoc.Central.Configuration;

/// <summary>
/// Central clusters and their API gateways. Older material uses other host names for some clusters
/// (<c>in</c> for APAC-1, <c>ge1</c> for EU), which is why <c>ARUBA_BASE_URL</c> stays a free setting.
/// </summary>
public static class CentralRegions
{
    /// <summary>Cluster names accepted by <c>ARUBA_REGION</c>, in the order help text lists them.</summary>
    public static IReadOnlyList<string> Names { get; } =
        ["us1", "us2", "us4", "us5", "us6", "ca1", "de1", "de2", "de3", "gb1", "in1", "jp1", "au1", "ae1", "cn1"];

    /// <summary>Returns the API gateway of <paramref name="region"/> (case-insensitive), or null for an unknown name.</summary>
    public static Uri? TryGetBaseUrl(string region)
    {
        var name = region.Trim().ToLowerInvariant();
        if (!Names.Contains(name))
        {
            return null;
        }

        // China is served from its own top-level domain.
        return name == "cn1"
            ? new Uri("https://cn1.api.central.arubanetworks.com.cn")
            : new Uri($"https://{name}.api.central.arubanetworks.com");
    }
}
