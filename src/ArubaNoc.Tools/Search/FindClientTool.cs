using ArubaNoc.Central.Http;
using ArubaNoc.Tools.Framework;
using ArubaNoc.Tools.Search.Wire;

namespace ArubaNoc.Tools.Search;

/// <summary>
/// <c>find_client</c>: one client by MAC address (a 404 is a normal "not found" result), or clients by name.
/// The v1 clients filter has no name field, so a name search reads <c>/clients</c> pages, following
/// <c>next</c>, until <c>max_scan</c> clients were read or the pages end, and matches names locally.
/// </summary>
internal sealed class FindClientTool(ToolEnvironment environment) : NocTool(environment.TimeProvider)
{
    public const string ClientsPath = "/network-monitoring/v1/clients";
    public const string ClientPath = "/network-monitoring/v1/clients/{mac-address}";

    /// <summary>Matches kept at most; the scan stops early after this many exact matches.</summary>
    public const int MaxMatches = 20;

    /// <summary>Page size of the scan, Central's maximum for <c>/clients</c>.</summary>
    private const int ScanPageLimit = 1000;

    public static readonly ToolParameter MacParam = ToolParameters.Mac(description: "MAC address of the client (give exactly one of mac and name).");
    public static readonly ToolParameter NameParam = ToolParameters.Text("name", "Client name, host name or user name, or part of it (give exactly one of mac and name).", maxLength: 128) with { Example = "laptop" };
    public static readonly ToolParameter SiteIdParam = ToolParameters.SiteId(description: "Limit a name search to this site ID.");
    public static readonly ToolParameter SiteNameParam = ToolParameters.SiteName(description: "Limit a name search to this site name (not together with site_id).");
    public static readonly ToolParameter StatusParam = ToolParameters.Enum(
        "status", "Client status a name search reads (default ALL: connected and failed).",
        new EnumOption("CONNECTED", "Connected"), new EnumOption("FAILED", "Failed"), new EnumOption("ALL"))
        .WithDefault("ALL");
    public static readonly ToolParameter MaxScanParam = ToolParameters.Integer("max_scan", "Clients a name search reads at most (100-5000, default 1000).", 100, 5000).WithDefault(1000);

    public override string Name => "find_client";

    public override string Title => "Find a client";

    public override string Description =>
        "Finds one client by MAC address, or clients by name, host name or user name, and shows where and how they connect. " +
        "A name search reads client pages up to max_scan and reports how many it read and whether the search was complete.";

    public override IReadOnlyList<ToolParameter> Parameters { get; } = [MacParam, NameParam, SiteIdParam, SiteNameParam, StatusParam, MaxScanParam];

    public override OutputShape Output => ClientMatches.Shape;

    protected override async ValueTask<ToolResult> ExecuteAsync(ToolArguments arguments, ToolCallContext context, CancellationToken cancellationToken)
    {
        var mac = arguments.GetString(MacParam);
        var name = arguments.GetString(NameParam);
        if ((mac is null) == (name is null))
        {
            return Reject(new ValidationFailure(MacParam.Name, "give exactly one of mac and name", mac is null ? "neither" : "both"));
        }

        if (arguments.IsGiven(SiteIdParam) && arguments.IsGiven(SiteNameParam))
        {
            return Reject(new ValidationFailure(SiteNameParam.Name, "must not be given together with site_id", "both"));
        }

        return mac is not null
            ? await ByMacAsync(arguments, mac, cancellationToken).ConfigureAwait(false)
            : await ByNameAsync(arguments, name!, cancellationToken).ConfigureAwait(false);
    }

    private async Task<ToolResult> ByMacAsync(ToolArguments arguments, string mac, CancellationToken cancellationToken)
    {
        var request = CentralRequest.Get(ClientPath).WithPath("mac-address", mac);
        var response = await environment.Central.SendAsync(request, SearchJsonContext.Default.FoundClient, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccess && response.Error.Kind != CentralErrorKind.NotFound)
        {
            return CentralErrors.ToResult(Name, response.Error);
        }

        List<FoundClient> matches = response.IsSuccess ? [response.Value] : [];
        var result = CreateResult(arguments, StatusToken.Client, $"find_client: {matches.Count} match(es)")
            .WithScope(new ResultScope { Extra = [$"MAC {mac}"] });
        if (matches.Count == 0)
        {
            result.AddFinding(new Finding(FindingLevel.Info, "NOT_FOUND", $"Client '{mac}' not found") { PrintsCode = false });
        }

        ClientMatches.Describe(result, matches, scanned: matches.Count, totalInScope: null, scanComplete: true);
        return result.Build();
    }

    private async Task<ToolResult> ByNameAsync(ToolArguments arguments, string name, CancellationToken cancellationToken)
    {
        var status = arguments.GetOption(StatusParam)!;
        var statusClause = status.Value == "ALL"
            ? FilterClause.In("status", ["Connected", "Failed"], StatusParam.Name)
            : FilterClause.Eq("status", status.WireValue, StatusParam.Name);
        var filter = statusClause.ToString();
        var siteId = arguments.GetString(SiteIdParam);
        var siteName = arguments.GetString(SiteNameParam);
        var maxScan = (int)(arguments.GetInteger(MaxScanParam) ?? 1000);
        var pageLimit = Math.Min(ScanPageLimit, maxScan);

        var exact = new List<FoundClient>();
        var partial = new List<FoundClient>();
        string? cursor = null;
        long? total = null;
        var scanned = 0;
        var complete = false;
        while (scanned < maxScan && exact.Count < MaxMatches)
        {
            var request = CentralRequest.Get(ClientsPath)
                .WithQuery("site-id", siteId)
                .WithQuery("site-name", siteName)
                .WithQuery("filter", filter)
                .WithQuery("limit", pageLimit)
                .WithQuery("next", cursor);
            var response = await environment.Central.SendAsync(request, SearchJsonContext.Default.CentralListFoundClient, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccess)
            {
                return CentralErrors.ToResult(Name, response.Error, suggestSiteId: siteId is null && siteName is null);
            }

            var items = (response.Value.Items ?? []).OfType<FoundClient>().ToList();
            total ??= response.Value.Total;
            scanned += items.Count;
            foreach (var client in items)
            {
                var names = new[] { client.NameValue, client.HostName, client.UserName };
                if (names.Any(candidate => string.Equals(candidate, name, StringComparison.OrdinalIgnoreCase)))
                {
                    exact.Add(client);
                }
                else if (names.Any(candidate => candidate?.Contains(name, StringComparison.OrdinalIgnoreCase) == true))
                {
                    partial.Add(client);
                }
            }

            cursor = PageInfo.FromCursor(items.Count, response.Value.Total, response.Value.Next, cursor).Next;
            if (cursor is null)
            {
                complete = true;
                break;
            }
        }

        var matches = exact.Concat(partial).Take(MaxMatches).ToList();
        complete = complete || (total is { } all && scanned >= all);
        var result = CreateResult(arguments, StatusToken.Client, $"find_client: {matches.Count} match(es)")
            .WithScope(new ResultScope { SiteId = siteId, SiteName = siteName, Filter = filter, AllSitesWhenNoSite = true, Extra = [$"name '{name}'"] });
        if (matches.Count == 0)
        {
            result.AddFinding(new Finding(FindingLevel.Info, "NO_MATCH", $"No client name, host name or user name contains '{name}'") { PrintsCode = false });
        }

        if (exact.Count + partial.Count > MaxMatches)
        {
            result.AddFinding(FindingLevel.Info, "MORE_MATCHES", $"{exact.Count + partial.Count} clients matched; only the first {MaxMatches} (exact matches first) are shown");
        }

        ClientMatches.Describe(result, matches, scanned, total, complete);
        return result.Build();
    }
}
