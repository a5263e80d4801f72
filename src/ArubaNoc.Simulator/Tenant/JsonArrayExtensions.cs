using System.Text.Json.Nodes;

namespace ArubaNoc.Simulator.Tenant;

internal static class JsonArrayExtensions
{
    /// <summary>
    /// Adds a node. Calling <c>JsonArray.Add</c> with a JsonObject binds to the generic
    /// <c>Add&lt;T&gt;</c>, which is not trim-safe; this overload binds to <c>Add(JsonNode?)</c>.
    /// </summary>
    public static void Append(this JsonArray array, JsonNode? node) => array.Add(node);
}
