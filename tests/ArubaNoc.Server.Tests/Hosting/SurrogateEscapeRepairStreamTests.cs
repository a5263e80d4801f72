using System.Text;
using ArubaNoc.Server.Hosting;

namespace ArubaNoc.Server.Tests.Hosting;

public sealed class SurrogateEscapeRepairStreamTests
{
    [Theory]
    [InlineData("""{"a":"x\ud800y"}""", """{"a":"x\ufffdy"}""")]
    [InlineData("""{"a":"\udc00"}""", """{"a":"\ufffd"}""")]
    [InlineData("""{"a":"\ude80\ud83d"}""", """{"a":"\ufffd\ufffd"}""")]
    [InlineData("""{"a\uD800":1}""", """{"a\ufffd":1}""")]
    [InlineData("""{"a":"\ud800"}""", """{"a":"\ufffd"}""")]
    public void Repair_LoneSurrogateEscape_BecomesReplacement(string line, string expected)
    {
        Assert.Equal(expected, Encoding.UTF8.GetString(SurrogateEscapeRepairStream.Repair(Encoding.UTF8.GetBytes(line))));
    }

    [Theory]
    [InlineData("""{"a":"\ud83d\ude80"}""")]
    [InlineData("""{"a":"\\ud800"}""")]
    [InlineData("""{"a":"\u00e9\n\"\\"}""")]
    [InlineData("""{"a":"\ud8"}""")]
    [InlineData("""{"a":"plain"}""")]
    public void Repair_OtherText_Unchanged(string line)
    {
        Assert.Equal(line, Encoding.UTF8.GetString(SurrogateEscapeRepairStream.Repair(Encoding.UTF8.GetBytes(line))));
    }

    [Fact]
    public async Task Read_SplitAcrossChunks_RepairsEachLine()
    {
        var input = "{\"a\":\"\\ud800\"}\n{\"b\":\"\\ud83d\\ude80\"}\n{\"c\":\"\\udc01\"}";
        using var stream = new SurrogateEscapeRepairStream(new TrickleStream(Encoding.UTF8.GetBytes(input), chunk: 3));
        using var reader = new StreamReader(stream, Encoding.UTF8);

        var output = await reader.ReadToEndAsync(TestContext.Current.CancellationToken);

        Assert.Equal("{\"a\":\"\\ufffd\"}\n{\"b\":\"\\ud83d\\ude80\"}\n{\"c\":\"\\ufffd\"}", output);
    }

    /// <summary>Returns at most <c>chunk</c> bytes per read, so escapes and lines split across reads.</summary>
    private sealed class TrickleStream(byte[] data, int chunk) : MemoryStream(data)
    {
        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(chunk, buffer.Length)]);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(chunk, buffer.Length)], cancellationToken);
    }
}
