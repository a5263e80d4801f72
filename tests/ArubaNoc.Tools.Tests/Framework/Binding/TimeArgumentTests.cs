using ArubaNoc.Tools.Framework;
using static ArubaNoc.Tools.Tests.Framework.Binding.BinderTestHelpers;

namespace ArubaNoc.Tools.Tests.Framework.Binding;

public sealed class TimeArgumentTests
{
    private static DateTimeOffset? BoundStart(string json) => BindValid($$"""{"start_time": {{json}}}""").GetTime(SampleTool.StartParam);

    [Theory]
    [InlineData("\"2026-01-15T08:00:00Z\"", "2026-01-15T08:00:00.000Z")]
    [InlineData("\"2026-01-15t08:00:00.123z\"", "2026-01-15T08:00:00.123Z")]
    [InlineData("\"2026-01-15T10:00:00+02:00\"", "2026-01-15T08:00:00.000Z")]
    [InlineData("\"2026-01-15T03:30:00.5-04:30\"", "2026-01-15T08:00:00.500Z")]
    [InlineData("1768464000000", "2026-01-15T08:00:00.000Z")]
    [InlineData("\"1768464000000\"", "2026-01-15T08:00:00.000Z")]
    public void Time_AcceptedForms_NormalizedToUtcMilliseconds(string json, string expected) =>
        Assert.Equal(expected, TimeArgument.ToWire(BoundStart(json)!.Value));

    [Theory]
    [InlineData("\"2026-01-15T08:00:00\"")]
    [InlineData("\"2026-01-15\"")]
    [InlineData("\"15/01/2026 08:00\"")]
    [InlineData("\"2026-13-15T08:00:00Z\"")]
    [InlineData("1.5")]
    [InlineData("-1")]
    [InlineData("true")]
    public void Time_InvalidForm_Rejected(string json) =>
        Assert.Equal(TimeArgument.FormatRule, BindInvalid($$"""{"start_time": {{json}}}""").Rule);

    [Fact]
    public void Time_Before2015_Rejected() =>
        Assert.Equal("must not be before 2015-01-01", BindInvalid("""{"start_time": "2014-12-31T23:59:59Z"}""").Rule);

    [Fact]
    public void Time_FiveMinutesAhead_Accepted() => Assert.NotNull(BoundStart("\"2026-01-15T12:05:00Z\""));

    [Fact]
    public void Time_MoreThanFiveMinutesAhead_Rejected() =>
        Assert.Equal("must not be more than 5 minutes in the future", BindInvalid("""{"start_time": "2026-01-15T12:05:01Z"}""").Rule);

    [Fact]
    public void ToDisplay_DropsMilliseconds() =>
        Assert.Equal("2026-01-15T08:00:00Z", TimeArgument.ToDisplay(new DateTimeOffset(2026, 1, 15, 9, 0, 0, 999, TimeSpan.FromHours(1))));
}
