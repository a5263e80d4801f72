namespace ArubaNoc.Tools.Framework;

/// <summary>
/// The arguments every cursor-paged list tool declares: the site, the raw OData filter, the sort, the page
/// size and the cursor. <see cref="NocTool"/> turns them into one page request.
/// </summary>
internal sealed record CursorListParameters(
    ToolParameter SiteId,
    ToolParameter Filter,
    ToolParameter Sort,
    ToolParameter Limit,
    ToolParameter Next);
