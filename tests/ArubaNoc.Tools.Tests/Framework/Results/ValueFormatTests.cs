using ArubaNoc.Tools.Framework;

namespace ArubaNoc.Tools.Tests.Framework.Results;

public sealed class ValueFormatTests
{
    [Theory]
    [InlineData(0L, "0")]
    [InlineData(1234567L, "1,234,567")]
    [InlineData(-1234L, "-1,234")]
    public void Integer_ThousandsSeparators(long value, string expected) => Assert.Equal(expected, ValueFormat.Integer(value));

    [Fact]
    public void Integer_Missing_PrintsNa() => Assert.Equal("n/a", ValueFormat.Integer(null));

    [Theory]
    [InlineData(34.54, "34.5 %")]
    [InlineData(100.0, "100.0 %")]
    [InlineData(0.0, "0.0 %")]
    public void Percent_OneDecimal(double value, string expected) => Assert.Equal(expected, ValueFormat.Percent(value));

    [Fact]
    public void Percent_NaN_PrintsNa() => Assert.Equal("n/a", ValueFormat.Percent(double.NaN));

    [Fact]
    public void Availability_TwoDecimals() => Assert.Equal("99.50 %", ValueFormat.Availability(99.5));

    [Theory]
    [InlineData(512L, "512 B")]
    [InlineData(1536L, "1.50 KB")]
    [InlineData(1288490188L, "1.20 GB")]
    [InlineData(1125899906842624L, "1.00 PB")]
    [InlineData(1152921504606846976L, "1024.00 PB")]
    public void Bytes_Base1024TwoDecimals(long value, string expected) => Assert.Equal(expected, ValueFormat.Bytes(value));

    [Fact]
    public void Mbps_TwoDecimals() => Assert.Equal("12.35 Mbps", ValueFormat.Mbps(12.345));

    [Theory]
    [InlineData(0L, "0m 0s")]
    [InlineData(65_000L, "1m 5s")]
    [InlineData(3_599_999L, "59m 59s")]
    [InlineData(3_600_000L, "0d 1h 0m")]
    [InlineData(183_840_000L, "2d 3h 4m")]
    public void Duration_FromMilliseconds(long value, string expected) => Assert.Equal(expected, ValueFormat.Duration(value));

    [Fact]
    public void Duration_Negative_PrintsNa() => Assert.Equal("n/a", ValueFormat.Duration(-1));

    [Fact]
    public void Time_Rfc3339UtcToSecond() =>
        Assert.Equal("2026-01-15T07:00:00Z", ValueFormat.Time(new DateTimeOffset(2026, 1, 15, 8, 0, 0, 500, TimeSpan.FromHours(1))));

    [Fact]
    public void PercentOf_DividesByReturned() => Assert.Equal(50.0, ValueFormat.PercentOf(5, 10));

    [Fact]
    public void PercentOf_EmptyPage_IsNull() => Assert.Null(ValueFormat.PercentOf(0, 0));
}
