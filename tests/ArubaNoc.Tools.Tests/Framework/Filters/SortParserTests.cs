using ArubaNoc.Tools.Framework;

namespace ArubaNoc.Tools.Tests.Framework.Filters;

public sealed class SortParserTests
{
    private static readonly SortSpec Lower = new("siteName", "deviceName") { LegacyFields = new Dictionary<string, string>(StringComparer.Ordinal) { ["name"] = "deviceName" } };
    private static readonly SortSpec Upper = Lower with { UpperCaseDirection = true };

    private static string Parse(string text, SortSpec spec)
    {
        Assert.True(SortParser.TryParse(text, spec, "sort", out var canonical, out var failure), failure?.Message);
        return canonical;
    }

    [Theory]
    [InlineData("siteName", "siteName")]
    [InlineData("siteName DESC", "siteName desc")]
    [InlineData("siteName Asc ,  deviceName", "siteName asc,deviceName")]
    [InlineData("name desc", "deviceName desc")]
    public void Parse_LowerCaseEndpoint_Canonical(string input, string expected) => Assert.Equal(expected, Parse(input, Lower));

    [Fact]
    public void Parse_UpperCaseEndpoint_DirectionUpperCased() => Assert.Equal("siteName ASC,deviceName DESC", Parse("siteName asc,deviceName desc", Upper));

    [Theory]
    [InlineData("sitename asc")]
    [InlineData("model")]
    [InlineData("siteName up")]
    [InlineData("siteName asc extra")]
    [InlineData("siteName,,deviceName")]
    [InlineData(",")]
    public void Parse_Invalid_Rejected(string input) => Assert.False(SortParser.TryParse(input, Lower, "sort", out _, out _));

    [Fact]
    public void Parse_UnknownField_ListsFields()
    {
        SortParser.TryParse("model", Lower, "sort", out _, out var failure);

        Assert.Equal("must use only the fields siteName, deviceName", failure!.Rule);
    }
}
