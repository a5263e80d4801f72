using System.Text.Json;
using ArubaNoc.Acceptance.Tests.TestSupport;
using ArubaNoc.Simulator.Faults;

namespace ArubaNoc.Acceptance.Tests;

/// <summary>Paging through a list while Central expires the token or never ends its cursor.</summary>
public sealed class PaginationTests
{
    private const string DevicesPath = "/network-monitoring/v1/devices";

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TokenExpiresMidPagination_EveryDeviceReadOnce()
    {
        await using var run = await AcceptanceRun.StartAsync(null, Cancellation);

        // The third page request finds its token expired: the server fetches a new one and repeats the request.
        run.Handler.Faults.Arm(FaultScript.ExpireToken(), DevicesPath, skip: 2, times: 1);
        var pages = await ReadAllPagesAsync(run.Server, maxPages: 50);

        var total = pages[0].GetProperty("page").GetProperty("total").GetInt32();
        var serials = pages.SelectMany(Items).Select(item => item.GetProperty("serialNumber").GetString()).ToList();
        Assert.True(pages.Count > 3, $"only {pages.Count} pages");
        Assert.Equal(total, serials.Count);
        Assert.Equal(serials.Count, serials.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(2, run.Simulator.IssuedTokens.Count);
        await run.Server.AssertNoSecretsAsync(run.Simulator, Cancellation);
    }

    [Fact]
    public async Task EndlessCursor_ReadStopsAndSaysWhere()
    {
        await using var run = await AcceptanceRun.StartAsync(null, Cancellation);

        run.Handler.Faults.Arm(FaultScript.EndlessCursor(), DevicesPath);
        var pages = await ReadAllPagesAsync(run.Server, maxPages: 50);

        // Past the last page Central sends empty pages with a cursor; the server treats them as the end.
        var total = pages[0].GetProperty("page").GetProperty("total").GetInt32();
        Assert.True(pages.Count < 50, "the server followed the endless cursor");
        Assert.Equal(total, pages.Sum(page => Items(page).Count()));
        await run.Server.AssertNoSecretsAsync(run.Simulator, Cancellation);
    }

    /// <summary>Calls get_device_list page by page, following <c>next</c> until a page says there is no more.</summary>
    private static async Task<List<JsonElement>> ReadAllPagesAsync(ServerUnderTest server, int maxPages)
    {
        var pages = new List<JsonElement>();
        string? next = null;
        while (pages.Count < maxPages)
        {
            var arguments = next is null ? """{"limit": 100}""" : $$"""{"limit": 100, "next": "{{next}}"}""";
            var answer = await server.CallAsync("get_device_list", arguments, Cancellation);
            Assert.False(answer.IsError, answer.ToString());
            AnswerChecks.AssertClear(answer);
            var root = answer.Structured!.Value;
            pages.Add(root);

            var page = root.GetProperty("page");
            if (!page.GetProperty("hasMore").GetBoolean())
            {
                return pages;
            }

            next = page.GetProperty("next").GetString();
            Assert.Contains($"next=\"{next}\"", answer.Text, StringComparison.Ordinal);
        }

        return pages;
    }

    private static IEnumerable<JsonElement> Items(JsonElement page) => page.GetProperty("items").EnumerateArray();
}
