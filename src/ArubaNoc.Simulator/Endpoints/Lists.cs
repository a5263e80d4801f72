using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ArubaNoc.Simulator.Http;
using ArubaNoc.Simulator.Querying;
using ArubaNoc.Simulator.Routing;

namespace ArubaNoc.Simulator.Endpoints;

/// <summary>List envelopes: cursor pages (<c>next</c> = page number as a string, null on the last page) and offset pages.</summary>
internal static class Lists
{
    /// <summary>Filters, sorts and pages items for a cursor endpoint; <paramref name="extra"/> adds clauses the endpoint applies on its own.</summary>
    public static SimResponse Cursor<T>(
        RequestContext context, IEnumerable<T> items, ListQuery<T> query, Func<T, JsonNode> wire, int defaultLimit,
        string listKey = "items", IReadOnlyList<FilterClause>? extra = null)
    {
        var filtered = query.Filter(items, context.Get("filter"), out var error, extra);
        var sorted = filtered is null ? null : query.Sort(filtered, context.Get("sort"), out error);
        return sorted is null ? context.BadRequest(error!) : CursorPage(context, sorted, wire, defaultLimit, listKey);
    }

    /// <summary>Writes one cursor page of already filtered and sorted items.</summary>
    public static SimResponse CursorPage<T>(RequestContext context, IReadOnlyList<T> items, Func<T, JsonNode> wire, int defaultLimit, string listKey = "items")
    {
        var limit = context.PageSizeOverride ?? context.GetInt("limit", defaultLimit);
        var page = context.GetInt("next", 1);
        var start = (long)(page - 1) * limit;
        List<T> pageItems = limit == 0 || start >= items.Count ? [] : [.. items.Skip((int)start).Take(limit)];
        int? next = limit > 0 && start + limit < items.Count ? page + 1 : null;

        return JsonResponses.Write(200, writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray(listKey);
            foreach (var item in pageItems)
            {
                wire(item).WriteTo(writer);
            }

            writer.WriteEndArray();
            writer.WriteNumber("count", pageItems.Count);
            writer.WriteNumber("total", items.Count);
            WriteNext(writer, next, context.Options.NextAsInteger);
            writer.WriteEndObject();
        }, isCursorList: true);
    }

    /// <summary>Writes items without paging, as <c>{items, count, total}</c> plus <c>next: null</c> when the schema has it.</summary>
    public static SimResponse All(IReadOnlyList<JsonNode> items, bool withNext)
    {
        return JsonResponses.Write(200, writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("items");
            foreach (var item in items)
            {
                item.WriteTo(writer);
            }

            writer.WriteEndArray();
            writer.WriteNumber("count", items.Count);
            writer.WriteNumber("total", items.Count);
            if (withNext)
            {
                writer.WriteNull("next");
            }

            writer.WriteEndObject();
        });
    }

    /// <summary>Selects one offset page; returns the page, the offset used and the total.</summary>
    public static (List<T> Page, int Offset, int Total) OffsetPage<T>(RequestContext context, IReadOnlyList<T> items, int defaultLimit)
    {
        var limit = context.PageSizeOverride ?? context.GetInt("limit", defaultLimit);
        var offset = context.GetInt("offset", 0);
        List<T> page = offset >= items.Count ? [] : [.. items.Skip(offset).Take(limit)];
        return (page, offset, items.Count);
    }

    public static void WriteItems(Utf8JsonWriter writer, IEnumerable<JsonNode> items, string name = "items")
    {
        writer.WriteStartArray(name);
        foreach (var item in items)
        {
            item.WriteTo(writer);
        }

        writer.WriteEndArray();
    }

    private static void WriteNext(Utf8JsonWriter writer, int? next, bool asInteger)
    {
        if (next is null)
        {
            writer.WriteNull("next");
        }
        else if (asInteger)
        {
            writer.WriteNumber("next", next.Value);
        }
        else
        {
            writer.WriteString("next", next.Value.ToString(CultureInfo.InvariantCulture));
        }
    }
}
