using ArubaNoc.Tools.Framework;

namespace ArubaNoc.Tools.Tests.Framework.Filters;

public sealed class FilterParserTests
{
    private static readonly FilterSpec Spec = SampleTool.FilterParam.Filter!;

    private static string Parse(string text)
    {
        Assert.True(FilterParser.TryParse(text, Spec, "filter", out var expression, out var failure), failure?.Message);
        return expression!.ToString();
    }

    private static ValidationFailure Reject(string text)
    {
        Assert.False(FilterParser.TryParse(text, Spec, "filter", out _, out var failure), $"Expected '{text}' to be rejected.");
        return failure!;
    }

    [Theory]
    [InlineData("siteId eq '123'", "siteId eq '123'")]
    [InlineData("siteId EQ 123", "siteId eq 123")]
    [InlineData("status eq 'Connected' AND vlanId eq '10'", "status eq 'Connected' and vlanId eq '10'")]
    [InlineData("status in ('Connected','Failed')", "status in ('Connected','Failed')")]
    [InlineData("status IN ( 'Connected' , Failed )", "status in ('Connected',Failed)")]
    [InlineData("siteName eq 'O''Hare, Bldg 2'", "siteName eq 'O''Hare, Bldg 2'")]
    [InlineData("wlanName eq a.b_c:d-e", "wlanName eq a.b_c:d-e")]
    [InlineData("siteName eq 'x or y'", "siteName eq 'x or y'")]
    public void Parse_ValidFilter_Canonicalized(string input, string expected) => Assert.Equal(expected, Parse(input));

    [Fact]
    public void Parse_LegacyField_MappedToCurrentName() => Assert.Equal("wlanName eq 'corp'", Parse("network eq 'corp'"));

    [Fact]
    public void Parse_RejectedField_GivesReason() => Assert.Contains("no v1 equivalent", Reject("experience eq 'Good'").Rule, StringComparison.Ordinal);

    [Fact]
    public void Parse_Or_Rejected() => Assert.Contains("'or' is not supported", Reject("siteId eq 1 or siteId eq 2").Rule, StringComparison.Ordinal);

    [Fact]
    public void Parse_Not_Rejected() => Assert.Contains("'not'", Reject("not siteId eq 1").Rule, StringComparison.Ordinal);

    [Theory]
    [InlineData("siteId ne 1")]
    [InlineData("siteId gt 1")]
    [InlineData("siteId le 1")]
    public void Parse_OtherOperator_Rejected(string input) => Assert.Equal("must use only the operators 'eq' and 'in'", Reject(input).Rule);

    [Fact]
    public void Parse_Function_Rejected() => Assert.Equal("must not use functions", Reject("contains(siteName,'x')").Rule);

    [Fact]
    public void Parse_GroupingParentheses_Rejected() => Assert.Equal("must not use parentheses for grouping", Reject("(siteId eq 1)").Rule);

    [Fact]
    public void Parse_FieldWrongCase_Rejected() => Assert.StartsWith("must use only the fields siteId,", Reject("siteid eq 1").Rule, StringComparison.Ordinal);

    [Fact]
    public void Parse_UnknownField_Rejected() => Assert.StartsWith("must use only the fields", Reject("model eq 1").Rule, StringComparison.Ordinal);

    [Theory]
    [InlineData("siteId eq 'abc")]
    [InlineData("siteId eq 'O'Hare'")]
    public void Parse_BadQuoting_Rejected(string input) => Assert.Equal("filter", Reject(input).Argument);

    [Theory]
    [InlineData("siteId eq")]
    [InlineData("siteId eq a/b")]
    [InlineData("siteId eq %2F")]
    [InlineData("siteId eq 1 and")]
    [InlineData("siteId eq 1 siteName eq 2")]
    [InlineData("siteId eq 1and siteName eq 2")]
    [InlineData("siteId in 1")]
    [InlineData("siteId in (1 2)")]
    [InlineData("siteId in (1,")]
    [InlineData("siteIdeq 1")]
    [InlineData("x' or '1' eq '1")]
    [InlineData("siteId eq '1' or '1' eq '1'")]
    public void Parse_Malformed_Rejected(string input) => Assert.Equal("filter", Reject(input).Argument);
}
