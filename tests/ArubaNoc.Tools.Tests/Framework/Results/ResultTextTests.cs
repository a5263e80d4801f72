using ArubaNoc.Tools.Framework;

namespace ArubaNoc.Tools.Tests.Framework.Results;

public sealed class ResultTextTests
{
    private static readonly OutputField CountFact = new("count", OutputKind.Integer, "Count");
    private static readonly OutputShape Shape = new([CountFact], []);
    private static readonly string[] FindingLines = ["[CRIT] C", "[WARN] W", "[INFO] I", "[OK] O"];

    private static ToolResultBuilder NewBuilder() => new("sample_tool", Shape, StatusToken.Device, "Devices: 3 of 3");

    private static TextRow[] Rows(int count, int width = 10) =>
        Enumerable.Range(0, count).Select(i => new TextRow(StatusToken.Up, $"row-{i}-" + new string('x', width))).ToArray();

    [Fact]
    public void Build_AllParts_InFixedOrder()
    {
        var builder = NewBuilder()
            .WithScope(new ResultScope { SiteId = "42", SiteName = "HQ", Filter = "status eq 'ONLINE'" })
            .AddSection("By type", [new TextRow(StatusToken.AccessPoint, "3")])
            .AddFinding(FindingLevel.Ok, "ALL_GOOD", "nothing to report")
            .AddFinding(FindingLevel.Warn, "DEVICES_OFFLINE", "1 device offline")
            .WithPage(PageInfo.FromCursor(3, 9, "2", null));
        builder.Facts.Set(CountFact, 3);

        var text = builder.Build().Text;

        Assert.Equal(
            """
            [DEV] Devices: 3 of 3
            Scope: site HQ (42) · filter status eq 'ONLINE'
            Key facts:
            - Count: 3
            By type:
              [AP] 3
            Findings:
              [WARN] DEVICES_OFFLINE: 1 device offline
              [OK] ALL_GOOD: nothing to report
            [MORE] more results: call sample_tool again with next="2"
            """.ReplaceLineEndings("\n"),
            text);
    }

    [Fact]
    public void Build_NoSite_ScopeSaysAllSites() =>
        Assert.Contains("Scope: all sites", NewBuilder().WithScope(new ResultScope { AllSitesWhenNoSite = true }).Build().Text, StringComparison.Ordinal);

    [Fact]
    public void Build_UnsetFact_PrintsNa() => Assert.Contains("- Count: n/a", NewBuilder().Build().Text, StringComparison.Ordinal);

    [Fact]
    public void Build_FindingsOrdered_CritWarnInfoOk()
    {
        var text = NewBuilder()
            .AddFinding(FindingLevel.Info, "I", "i").AddFinding(FindingLevel.Ok, "O", "o")
            .AddFinding(FindingLevel.Crit, "C", "c").AddFinding(FindingLevel.Warn, "W", "w")
            .Build().Text;

        var order = FindingLines.Select(line => text.IndexOf(line, StringComparison.Ordinal)).ToArray();
        Assert.Equal(order.Order(), order);
    }

    [Fact]
    public void Section_30Rows_Prints25AndCountsTheRest()
    {
        var text = NewBuilder().AddSection("Devices", Rows(30)).Build().Text;

        Assert.Contains("row-24-", text, StringComparison.Ordinal);
        Assert.DoesNotContain("row-25-", text, StringComparison.Ordinal);
        Assert.Contains("  ... and 5 more", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Section_LowerCap_Honoured() =>
        Assert.Contains("  ... and 20 more", NewBuilder().AddSection("Offline", Rows(30), cap: 10).Build().Text, StringComparison.Ordinal);

    [Fact]
    public void Section_ExtendedCap_Allows30() =>
        Assert.DoesNotContain("more", NewBuilder().AddSection("Hops", Rows(30), cap: TextSection.ExtendedCap).Build().Text, StringComparison.Ordinal);

    [Fact]
    public void Section_CapAbove30_Throws() => Assert.Throws<ArgumentOutOfRangeException>(() => new TextSection("x", [], cap: 31));

    [Fact]
    public void Section_UnlistedRows_AddedToCount() =>
        Assert.Contains("  ... and 4,980 more", NewBuilder().AddSection("Clients", Rows(30), unlistedRows: 4_975).Build().Text, StringComparison.Ordinal);

    [Fact]
    public void Build_LongSections_TruncatedToCap()
    {
        var builder = NewBuilder().WithPage(PageInfo.FromCursor(25, 5000, "2", null));
        for (var i = 0; i < 10; i++)
        {
            builder.AddSection($"Section {i}", Rows(25, width: 60));
        }

        var lines = builder.Build().Text.Split('\n');

        Assert.True(string.Join("\n", lines).Length <= ToolResultBuilder.MaxTextLength);
        Assert.Equal(ToolResultBuilder.TruncationNotice, lines[^2]);
        Assert.StartsWith("[MORE] ", lines[^1], StringComparison.Ordinal);
        Assert.Contains("Section 0:", lines);
        Assert.DoesNotContain("Section 9:", lines);
    }

    [Fact]
    public void Build_ShortText_NoTruncationNotice() =>
        Assert.DoesNotContain(ToolResultBuilder.TruncationNotice, NewBuilder().AddSection("x", Rows(3)).Build().Text, StringComparison.Ordinal);

    [Fact]
    public void Build_HugeFindings_StillWithinCap()
    {
        var builder = NewBuilder().WithPage(PageInfo.FromCursor(25, 5000, "2", null));
        for (var i = 0; i < 200; i++)
        {
            builder.AddFinding(FindingLevel.Warn, "CODE", new string('w', 100));
        }

        var text = builder.Build().Text;

        Assert.True(text.Length <= ToolResultBuilder.MaxTextLength);
        Assert.EndsWith("next=\"2\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ControlCharactersInRows_Replaced() =>
        Assert.Contains("  [UP] a b", NewBuilder().AddSection("x", [new TextRow(StatusToken.Up, "a\nb")]).Build().Text, StringComparison.Ordinal);

    [Fact]
    public void TextRow_UnknownToken_Throws() => Assert.Throws<ArgumentException>(() => new TextRow("[FOO]", "x"));

    [Fact]
    public void Builder_UnknownHeadingToken_Throws() => Assert.Throws<ArgumentException>(() => new ToolResultBuilder("t", Shape, "[OK ]", "x"));

    [Fact]
    public void StatusToken_All_HasExactlyTheAllowedSet() => Assert.Equal(35, StatusToken.All.Count);

    [Fact]
    public void Build_SubError_MarksPartialAndWarns()
    {
        var result = NewBuilder().AddSubError("Uplinks", new SubError("/network-monitoring/v1/gateways/X/uplinks", 503, "HPE_GL_ERROR", "down", "d1")).Build();

        Assert.Contains("  [WARN] Uplinks unavailable: 503 HPE_GL_ERROR", result.Text, StringComparison.Ordinal);
        Assert.True(result.StructuredContent!.Value.GetProperty("partial").GetBoolean());
    }
}
