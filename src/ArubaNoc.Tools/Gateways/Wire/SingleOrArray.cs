using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ArubaNoc.Tools.Gateways.Wire;

/// <summary>
/// Converts a response body that Central sends as one object or as an array of objects (the tunnel health
/// summaries) into a list. Entries that are not objects are skipped.
/// </summary>
internal static class SingleOrArray
{
    public static List<T> Read<T>(JsonElement body, JsonTypeInfo<T> typeInfo)
    {
        var entries = body.ValueKind switch
        {
            JsonValueKind.Object => [body],
            JsonValueKind.Array => body.EnumerateArray().Where(entry => entry.ValueKind == JsonValueKind.Object).ToList(),
            _ => new List<JsonElement>(),
        };

        return [.. entries.Select(entry => entry.Deserialize(typeInfo)).OfType<T>()];
    }

    /// <summary>Sums good, fair and poor over <paramref name="counts"/>; a sum with no value stays null.</summary>
    public static (long? Good, long? Fair, long? Poor) Sum(IEnumerable<TunnelHealthCounts?> counts)
    {
        long? good = null, fair = null, poor = null;
        foreach (var count in counts.OfType<TunnelHealthCounts>())
        {
            good = Add(good, count.Good);
            fair = Add(fair, count.Fair);
            poor = Add(poor, count.Poor);
        }

        return (good, fair, poor);
    }

    private static long? Add(long? total, long? value) => value is null ? total : (total ?? 0) + value;
}
