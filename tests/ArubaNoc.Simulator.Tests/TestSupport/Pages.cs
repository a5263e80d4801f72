using System.Net;
using System.Text.Json.Nodes;

namespace ArubaNoc.Simulator.Tests.TestSupport;

/// <summary>Walks paginated lists the way a careful client does, failing loudly on endless cursors.</summary>
internal static class Pages
{
    /// <summary>Follows <c>next</c> until it is null; returns every item and the total of the first page.</summary>
    public static async Task<(List<JsonNode> Items, int Total, int Requests)> WalkCursorAsync(SimulatorHarness harness, string path, string listKey = "items")
    {
        var items = new List<JsonNode>();
        var separator = path.Contains('?', StringComparison.Ordinal) ? "&" : "?";
        string? next = null;
        var total = -1;
        var requests = 0;
        do
        {
            var (status, body, _) = await harness.GetAsync(next is null ? path : $"{path}{separator}next={next}");
            Assert.Equal(HttpStatusCode.OK, status);
            requests++;
            Assert.True(requests < 1000, "The cursor did not end after 1000 pages.");

            var page = body![listKey]!.AsArray();
            Assert.Equal(page.Count, body["count"]!.GetValue<int>());
            total = total < 0 ? body["total"]!.GetValue<int>() : total;
            items.AddRange(page.Select(i => i!.DeepClone()));
            next = body["next"]?.ToString();
        }
        while (next is not null);

        return (items, total, requests);
    }
}
