using ArubaNoc.Central.Http;
using ArubaNoc.Central.Wire;

namespace ArubaNoc.Tools.Framework;

/// <summary>
/// One page of a cursor-paged Central list together with the query that produced it, or the result that
/// replaces it when the arguments were rejected or Central failed.
/// </summary>
/// <typeparam name="TItem">Item type of the list.</typeparam>
internal sealed class CursorPage<TItem>
{
    private CursorPage(ToolResult? failure, CentralResponse<CentralList<TItem>>? response, string? siteId, string? filter, string? sort, string? cursor)
    {
        Failure = failure;
        Response = response;
        SiteId = siteId;
        Filter = filter;
        Sort = sort;
        Cursor = cursor;
        Items = response?.Value?.Items ?? [];
    }

    /// <summary>The validation or Central error to return instead of a page; null when the page was read.</summary>
    public ToolResult? Failure { get; }

    /// <summary>Central's response; null when the arguments were rejected before any request.</summary>
    public CentralResponse<CentralList<TItem>>? Response { get; }

    /// <summary>The <c>site_id</c> argument, if given.</summary>
    public string? SiteId { get; }

    /// <summary>The merged filter sent to Central.</summary>
    public string? Filter { get; }

    /// <summary>The sort sent to Central.</summary>
    public string? Sort { get; }

    /// <summary>The cursor this page was read from.</summary>
    public string? Cursor { get; }

    /// <summary>The page's items; empty when Central omitted them.</summary>
    public List<TItem> Items { get; }

    /// <summary>Items across all pages, when Central reports it.</summary>
    public long? Total => Response?.Value?.Total;

    /// <summary>Cursor of the following page; null on the last page.</summary>
    public string? Next => Response?.Value?.Next;

    /// <summary>A page that was not read: <paramref name="failure"/> is the result to return.</summary>
    public static CursorPage<TItem> Failed(ToolResult failure) => new(failure, null, null, null, null, null);

    /// <summary>Creates the page from Central's successful response.</summary>
    public static CursorPage<TItem> Read(CentralResponse<CentralList<TItem>> response, string? siteId, string? filter, string? sort, string? cursor) =>
        new(null, response, siteId, filter, sort, cursor);
}
