using System.Globalization;

namespace ArubaNoc.Tools.Framework;

/// <summary>
/// Paging state of a list result: items on this page, Central's total over all pages, and how to get the
/// next page. The factories apply the guards against endless paging.
/// </summary>
public sealed record PageInfo(long Returned, long? Total, string? Next, long? NextOffset)
{
    /// <summary>Whether another page exists.</summary>
    public bool HasMore => Next is not null || NextOffset is not null;

    /// <summary>A result without paging.</summary>
    public static PageInfo Unpaged(long returned, long? total = null) => new(returned, total ?? returned, null, null);

    /// <summary>
    /// Paging by cursor. Central sends <c>next</c> as a string or an integer; pass it as text. A cursor on an
    /// empty page, or equal to the cursor just requested, is treated as the end.
    /// </summary>
    public static PageInfo FromCursor(long returned, long? total, string? responseNext, string? requestedCursor)
    {
        var next = string.IsNullOrWhiteSpace(responseNext) ? null : responseNext.Trim();
        if (returned == 0 || string.Equals(next, requestedCursor, StringComparison.Ordinal))
        {
            next = null;
        }

        return new PageInfo(returned, total, next, null);
    }

    /// <summary>Paging by an offset the server computes: the next offset is offset + returned while below total.</summary>
    public static PageInfo FromOffset(long returned, long? total, long requestOffset)
    {
        var next = requestOffset + returned;
        var hasMore = returned > 0 && total is { } all && next < all;
        return new PageInfo(returned, total, null, hasMore ? next : null);
    }

    /// <summary>
    /// Paging by an offset Central returns (a string, null at the end). A next offset on an empty page, or
    /// not beyond the requested offset, is treated as the end.
    /// </summary>
    public static PageInfo FromReturnedOffset(long returned, long? total, string? responseNextOffset, long requestOffset)
    {
        long? next = long.TryParse(responseNextOffset, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
        if (returned == 0 || next <= requestOffset)
        {
            next = null;
        }

        return new PageInfo(returned, total, null, next);
    }

    /// <summary>The <c>[MORE]</c> line for <paramref name="tool"/>, or null on the last page.</summary>
    public string? MoreLine(string tool)
    {
        if (Next is not null)
        {
            return $"{StatusToken.More} more results: call {tool} again with next=\"{Next}\"";
        }

        return NextOffset is { } offset
            ? string.Create(CultureInfo.InvariantCulture, $"{StatusToken.More} more results: call {tool} again with offset={offset}")
            : null;
    }
}
