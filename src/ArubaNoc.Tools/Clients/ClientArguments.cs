using ArubaNoc.Tools.Framework;

namespace ArubaNoc.Tools.Clients;

/// <summary>Argument rules shared by the client tools.</summary>
internal static class ClientArguments
{
    /// <summary>Longest window Central accepts without a site.</summary>
    public static readonly TimeSpan TenantWideMaxSpan = TimeSpan.FromDays(7);

    /// <summary>Longest window Central accepts with <c>site-id</c> or <c>site-name</c>.</summary>
    public static readonly TimeSpan SiteMaxSpan = TimeSpan.FromDays(31);

    /// <summary>Returns a failure when both <paramref name="siteId"/> and <paramref name="siteName"/> were given.</summary>
    public static ValidationFailure? CheckOneSite(ToolArguments arguments, ToolParameter siteId, ToolParameter siteName) =>
        arguments.IsGiven(siteId) && arguments.IsGiven(siteName)
            ? new ValidationFailure(siteName.Name, $"must not be given together with {siteId.Name}", "both")
            : null;

    /// <summary>Returns the row token of a client connection type.</summary>
    public static string ConnectionToken(string type) => type.ToUpperInvariant() switch
    {
        "WIRELESS" => StatusToken.Wireless,
        "WIRED" => StatusToken.Wired,
        _ => StatusToken.Unknown,
    };
}
