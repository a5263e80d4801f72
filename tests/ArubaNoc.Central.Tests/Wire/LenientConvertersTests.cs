using System.Text.Json;
using System.Text.Json.Serialization;
using ArubaNoc.Central.Wire;

namespace ArubaNoc.Central.Tests.Wire;

public sealed partial class LenientConvertersTests
{
    [Theory]
    [InlineData("\"87\"", 87.0)]
    [InlineData("\"-50\"", -50.0)]
    [InlineData("\"0.942 ms\"", 0.942)]
    [InlineData("\"87%\"", 87.0)]
    [InlineData("12.5", 12.5)]
    [InlineData("\" 3 \"", 3.0)]
    public void Double_NumericText_ParsesLeadingNumber(string json, double expected)
    {
        Assert.Equal(expected, Read(json).Number);
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\"-\"")]
    [InlineData("null")]
    [InlineData("\"*\"")]
    [InlineData("\"n/a\"")]
    [InlineData("true")]
    [InlineData("{}")]
    [InlineData("[1]")]
    public void Double_NoValue_ReadsAsNull(string json)
    {
        Assert.Null(Read(json).Number);
    }

    [Theory]
    [InlineData("2778382", "2778382")]
    [InlineData("\"abc\"", "abc")]
    [InlineData("true", "true")]
    [InlineData("1.50", "1.50")]
    public void String_NumberOrText_ReadsAsString(string json, string expected)
    {
        Assert.Equal(expected, ReadText(json));
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\"-\"")]
    [InlineData("null")]
    [InlineData("{\"a\":1}")]
    public void String_AbsentValue_ReadsAsNull(string json)
    {
        Assert.Null(ReadText(json));
    }

    [Theory]
    [InlineData("\"12\"", 12L)]
    [InlineData("12", 12L)]
    [InlineData("\"12.9 s\"", 12L)]
    [InlineData("12.0", 12L)]
    public void Int64_NumberOrText_ReadsInteger(string json, long expected)
    {
        Assert.Equal(expected, ReadObject($$"""{"integer":{{json}}}""").Integer);
    }

    [Fact]
    public void Int64_OutOfRange_ReadsAsNull()
    {
        Assert.Null(ReadObject("""{"integer":1e30}""").Integer);
    }

    [Theory]
    [InlineData("\"2026-07-01T08:00:00Z\"", "2026-07-01T08:00:00+00:00")]
    [InlineData("\"2026-07-01T10:00:00+02:00\"", "2026-07-01T08:00:00+00:00")]
    [InlineData("1782892800000", "2026-07-01T08:00:00+00:00")]
    [InlineData("\"1782892800000\"", "2026-07-01T08:00:00+00:00")]
    public void DateTime_TextOrEpochMilliseconds_ReadsUtc(string json, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), ReadObject($$"""{"at":{{json}}}""").At);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("\"0\"")]
    [InlineData("\"\"")]
    [InlineData("\"-\"")]
    [InlineData("\"yesterday\"")]
    [InlineData("-5")]
    public void DateTime_ZeroOrInvalid_ReadsAsNull(string json)
    {
        Assert.Null(ReadObject($$"""{"at":{{json}}}""").At);
    }

    [Theory]
    [InlineData("\"YES\"", true)]
    [InlineData("\"Yes\"", true)]
    [InlineData("\"no\"", false)]
    [InlineData("true", true)]
    [InlineData("0", false)]
    public void Boolean_Variants_Read(string json, bool expected)
    {
        Assert.Equal(expected, ReadObject($$"""{"flag":{{json}}}""").Flag);
    }

    [Theory]
    [InlineData("\"2\"", "2")]
    [InlineData("2", "2")]
    [InlineData("null", null)]
    [InlineData("\"\"", null)]
    public void ListNext_StringIntegerOrNull_ReadsAsString(string json, string? expected)
    {
        var list = JsonSerializer.Deserialize($$"""{"items":[],"next":{{json}}}""", CentralJsonContext.Default.CentralListJsonElement);

        Assert.Equal(expected, list!.Next);
    }

    [Theory]
    [InlineData("{\"good\":3}", 1)]
    [InlineData("[{\"good\":3},{\"good\":4}]", 2)]
    [InlineData("[{\"good\":3},null,5]", 1)]
    [InlineData("[]", 0)]
    public void SingleOrArray_ObjectOrArray_ReadsList(string json, int expectedCount)
    {
        var sample = ReadObject($$"""{"summaries":{{json}}}""");

        Assert.Equal(expectedCount, sample.Summaries!.Count);
        Assert.All(sample.Summaries, summary => Assert.NotNull(summary.Good));
    }

    [Theory]
    [InlineData("null")]
    [InlineData("\"-\"")]
    public void SingleOrArray_NoValue_ReadsAsNull(string json)
    {
        Assert.Null(ReadObject($$"""{"summaries":{{json}}}""").Summaries);
    }

    [Fact]
    public void ErrorBody_StatusAsString_Read()
    {
        var body = JsonSerializer.Deserialize("""{"httpStatusCode":"409","errorCode":"E","message":"m","debugId":"d"}""", CentralJsonContext.Default.CentralErrorBody);

        Assert.Equal(409, body!.HttpStatusCode);
    }

    private static Sample Read(string json) => ReadObject($$"""{"number":{{json}}}""");

    private static string? ReadText(string json) => ReadObject($$"""{"text":{{json}}}""").Text;

    private static Sample ReadObject(string json) => JsonSerializer.Deserialize(json, SampleContext.Default.Sample)!;

    internal sealed class Sample
    {
        [JsonConverter(typeof(LenientDoubleConverter))]
        public double? Number { get; set; }

        [JsonConverter(typeof(LenientStringConverter))]
        public string? Text { get; set; }

        [JsonConverter(typeof(LenientInt64Converter))]
        public long? Integer { get; set; }

        [JsonConverter(typeof(LenientDateTimeConverter))]
        public DateTimeOffset? At { get; set; }

        [JsonConverter(typeof(LenientBooleanConverter))]
        public bool? Flag { get; set; }

        [JsonConverter(typeof(SingleOrArrayConverter<Summary>))]
        public List<Summary>? Summaries { get; set; }
    }

    internal sealed class Summary
    {
        [JsonConverter(typeof(LenientInt64Converter))]
        public long? Good { get; set; }
    }

    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
    [JsonSerializable(typeof(Sample))]
    [JsonSerializable(typeof(Summary))]
    internal sealed partial class SampleContext : JsonSerializerContext;
}
