using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using ArubaNoc.Tools.Framework;
using BenchmarkDotNet.Attributes;

namespace ArubaNoc.Benchmarks.Tools;

/// <summary>
/// Turning a 1,000-device page into a tool result: facts over all rows, the text summary and the structured
/// content. The framework (<see cref="DevicePageTool"/> through <see cref="NocTool.InvokeAsync"/>) runs
/// against a hand-written floor that computes the same facts and writes the same amount of output (the first
/// 100 items as JSON, 25 text rows) with one <see cref="Utf8JsonWriter"/> and one <see cref="StringBuilder"/>,
/// without schema-driven formatting or caps bookkeeping.
/// </summary>
[MemoryDiagnoser]
public class ToolFormattingBenchmarks
{
    private const int Rows = 1_000;
    private const int ItemCap = ToolResultBuilder.MaxItems;
    private const int TextRowCap = 25;

    private static readonly Dictionary<string, JsonElement> NoArguments = [];

    private readonly DevicePageTool _tool = new(Rows);
    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);

    [GlobalSetup]
    public void Setup()
    {
        var result = Framework().AsTask().GetAwaiter().GetResult();
        if (result.IsError || result.StructuredContent is null)
        {
            throw new InvalidOperationException($"The benchmark tool failed: {result.Text}");
        }
    }

    [Benchmark(Baseline = true, Description = "Floor: hand-written writer")]
    public (string Text, int JsonBytes) HandWritten()
    {
        _buffer.ResetWrittenCount();
        using var json = new Utf8JsonWriter(_buffer);
        var text = new StringBuilder(4096);
        var byType = new Dictionary<string, long>(StringComparer.Ordinal);
        var online = 0;

        json.WriteStartObject();
        json.WriteStartArray("items");
        for (var i = 0; i < Rows; i++)
        {
            var device = DevicePageTool.Device(i);
            online += device.Online ? 1 : 0;
            byType[device.Type] = byType.GetValueOrDefault(device.Type) + 1;
            if (i < ItemCap)
            {
                json.WriteStartObject();
                json.WriteString("serialNumber", device.Serial);
                json.WriteString("deviceName", device.Name);
                json.WriteString("deviceType", device.Type);
                json.WriteNumber("cpuPct", device.Cpu);
                json.WriteNumber("uptimeMs", device.UptimeMs);
                json.WriteEndObject();
            }

            if (i < TextRowCap)
            {
                text.Append("  ").Append(device.Online ? "[UP] " : "[DN] ").Append(device.Name).Append(" (").Append(device.Serial).Append(") ").AppendLine(device.Type);
            }
        }

        json.WriteEndArray();
        json.WriteStartObject("facts");
        json.WriteNumber("total", Rows);
        json.WriteNumber("online", online);
        json.WriteNumber("availabilityPct", online * 100.0 / Rows);
        json.WriteStartObject("byType");
        foreach (var (type, count) in byType)
        {
            json.WriteNumber(type, count);
        }

        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.Flush();

        text.Insert(0, string.Create(CultureInfo.InvariantCulture, $"[DEV] Devices: {Rows} of {Rows}\nKey facts: total {Rows}, online {online}\n"));
        return (text.ToString(), _buffer.WrittenCount);
    }

    [Benchmark(Description = "Framework: NocTool result")]
    public ValueTask<ToolResult> Framework() => _tool.InvokeAsync(NoArguments, ToolCallContext.None, CancellationToken.None);
}
