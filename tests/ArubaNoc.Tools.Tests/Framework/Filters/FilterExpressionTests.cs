using ArubaNoc.Tools.Framework;

namespace ArubaNoc.Tools.Tests.Framework.Filters;

public sealed class FilterExpressionTests
{
    private static FilterExpression Raw(string text)
    {
        FilterParser.TryParse(text, SampleTool.FilterParam.Filter!, "filter", out var expression, out _);
        return expression!;
    }

    [Fact]
    public void Eq_QuoteAndComma_DoubledAndNotSplit() =>
        Assert.Equal("siteName eq 'O''Hare, Bldg 2'", FilterClause.Eq("siteName", "O'Hare, Bldg 2", "site_name").ToString());

    [Fact]
    public void Eq_UnicodeValue_KeptInsideQuotes() =>
        Assert.Equal("deviceName eq 'Zürich–Süd 🚀'", FilterClause.Eq("deviceName", "Zürich–Süd 🚀", "name").ToString());

    [Fact]
    public void Eq_InjectionAttempt_StaysOneValue() =>
        Assert.Equal("siteName eq 'x'' or ''1'' eq ''1'", FilterClause.Eq("siteName", "x' or '1' eq '1", "site_name").ToString());

    [Fact]
    public void In_Values_QuotedAndJoined() =>
        Assert.Equal("status in ('Connected','Failed')", FilterClause.In("status", ["Connected", "Failed"], "status").ToString());

    [Fact]
    public void Merge_RawThenTyped_JoinedWithAnd()
    {
        FilterExpression.TryMerge(Raw("vlanId eq '10'"), [FilterClause.Eq("siteName", "HQ", "site_name")], 256, out var merged, out _);

        Assert.Equal("vlanId eq '10' and siteName eq 'HQ'", merged);
    }

    [Fact]
    public void Merge_NoClauses_ReturnsNull()
    {
        FilterExpression.TryMerge(null, [], 256, out var merged, out _);

        Assert.Null(merged);
    }

    [Fact]
    public void Merge_FieldSetBothWays_Rejected()
    {
        var ok = FilterExpression.TryMerge(Raw("siteName eq 'A'"), [FilterClause.Eq("siteName", "B", "site_name")], 256, out _, out var failure);

        Assert.False(ok);
        Assert.Equal("filter", failure!.Argument);
        Assert.Contains("'site_name'", failure.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_LongerThanMaxLength_Rejected()
    {
        var ok = FilterExpression.TryMerge(Raw("siteId eq '1'"), [FilterClause.Eq("siteName", new string('n', 250), "site_name")], 256, out _, out var failure);

        Assert.False(ok);
        Assert.StartsWith("must combine with the other arguments into a filter of at most 256 characters", failure!.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_CustomMaxLength_Honoured()
    {
        var ok = FilterExpression.TryMerge(null, [FilterClause.Eq("siteName", "abcdef", "site_name")], 10, out _, out _);

        Assert.False(ok);
    }
}
