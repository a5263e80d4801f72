using ArubaNoc.Simulator.Querying;

namespace ArubaNoc.Simulator.Tests.Querying;

public sealed class FilterParserTests
{
    [Fact]
    public void Eq_UnescapesDoubledQuotes()
    {
        var clauses = FilterParser.Parse("siteName eq 'O''Hare, Bldg 2'", out var error);

        Assert.Null(error);
        var clause = Assert.Single(clauses!);
        Assert.Equal("siteName", clause.Field);
        Assert.Equal("eq", clause.Operator);
        Assert.Equal(["O'Hare, Bldg 2"], clause.Values);
    }

    [Fact]
    public void In_KeepsCommasInsideQuotes()
    {
        var clauses = FilterParser.Parse("siteName in ('a, b', 'c''d',e)", out _);

        Assert.Equal(["a, b", "c'd", "e"], Assert.Single(clauses!).Values);
    }

    [Fact]
    public void And_JoinsClausesCaseInsensitively()
    {
        var clauses = FilterParser.Parse("status EQ 'ONLINE' AND deviceType In ('SWITCH')", out _);

        Assert.Equal(2, clauses!.Count);
        Assert.Equal("eq", clauses[0].Operator);
        Assert.Equal("in", clauses[1].Operator);
    }

    [Fact]
    public void BareDateTimes_ParseForTimestampRange()
    {
        var clauses = FilterParser.Parse("timestamp gt 2026-06-30T12:00:00.000Z and timestamp lt 2026-07-01T11:00:00Z", out _);

        Assert.Equal(["2026-06-30T12:00:00.000Z"], clauses![0].Values);
        Assert.Equal("lt", clauses[1].Operator);
    }

    [Fact]
    public void NonAsciiValue_IsKept()
    {
        var clauses = FilterParser.Parse("siteName eq '東京 本社'", out _);

        Assert.Equal(["東京 本社"], Assert.Single(clauses!).Values);
    }

    [Theory]
    [InlineData("status eq 'ONLINE' or status eq 'OFFLINE'")]
    [InlineData("not status eq 'ONLINE'")]
    [InlineData("(status eq 'ONLINE')")]
    [InlineData("status eq")]
    [InlineData("status eq 'ONLINE")]
    [InlineData("status in 'ONLINE'")]
    [InlineData("status in ('ONLINE' 'OFFLINE')")]
    [InlineData("contains(deviceName, 'x')")]
    [InlineData("status eq 'A' and")]
    public void Invalid_IsRejectedWithMessage(string filter)
    {
        var clauses = FilterParser.Parse(filter, out var error);

        Assert.Null(clauses);
        Assert.StartsWith("Invalid filter: ", error, StringComparison.Ordinal);
    }
}
