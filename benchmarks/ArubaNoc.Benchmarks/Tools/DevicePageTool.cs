using System.Globalization;
using ArubaNoc.Tools.Framework;

namespace ArubaNoc.Benchmarks.Tools;

/// <summary>
/// A list tool over a fixed page of <see cref="Rows"/> devices, built only from framework parts: it counts
/// online devices and device types over the whole page, then lets <see cref="ToolResultBuilder"/> write the
/// text summary and the structured content (which caps items and text as it does for every tool).
/// </summary>
internal sealed class DevicePageTool : NocTool
{
    public static readonly OutputField TotalFact = new("total", OutputKind.Integer, "Total");
    public static readonly OutputField OnlineFact = new("online", OutputKind.Integer, "Online");
    public static readonly OutputField AvailabilityFact = new("availabilityPct", OutputKind.Availability, "Availability (this page)");
    public static readonly OutputField ByTypeFact = new("byType", OutputKind.Counts);

    public static readonly OutputField SerialItem = new("serialNumber", OutputKind.Text);
    public static readonly OutputField NameItem = new("deviceName", OutputKind.Text);
    public static readonly OutputField TypeItem = new("deviceType", OutputKind.Text);
    public static readonly OutputField CpuItem = new("cpuPct", OutputKind.Percent);
    public static readonly OutputField UptimeItem = new("uptimeMs", OutputKind.DurationMs);

    private static readonly OutputShape Shape = new([TotalFact, OnlineFact, AvailabilityFact, ByTypeFact], [SerialItem, NameItem, TypeItem, CpuItem, UptimeItem]);
    private static readonly string[] DeviceTypes = ["ACCESS_POINT", "SWITCH", "GATEWAY"];

    public DevicePageTool(int rows)
        : base(TimeProvider.System)
    {
        Rows = rows;
    }

    /// <summary>Devices on the page.</summary>
    public int Rows { get; }

    public override string Name => "bench_list_devices";

    public override string Title => "Benchmark device list";

    public override string Description => "Lists a fixed page of devices.";

    public override IReadOnlyList<ToolParameter> Parameters { get; } = [];

    public override OutputShape Output => Shape;

    /// <summary>Device <paramref name="index"/> of the page: its type, whether it is online, CPU and uptime.</summary>
    public static (string Serial, string Name, string Type, bool Online, int Cpu, long UptimeMs) Device(int index)
    {
        var serial = "CN" + index.ToString("D8", CultureInfo.InvariantCulture);
        return (serial, "device-" + index.ToString(CultureInfo.InvariantCulture), DeviceTypes[index % DeviceTypes.Length], index % 10 != 0, index % 100, index * 60_000L);
    }

    protected override ValueTask<ToolResult> ExecuteAsync(ToolArguments arguments, ToolCallContext context, CancellationToken cancellationToken)
    {
        var result = CreateResult(arguments, StatusToken.Device, $"Devices: {Rows} of {Rows}")
            .WithPage(PageInfo.Unpaged(Rows));
        var rows = new List<TextRow>(Rows);
        var byType = new Dictionary<string, long>(StringComparer.Ordinal);
        var online = 0;
        for (var i = 0; i < Rows; i++)
        {
            var device = Device(i);
            online += device.Online ? 1 : 0;
            byType[device.Type] = byType.GetValueOrDefault(device.Type) + 1;
            rows.Add(new TextRow(device.Online ? StatusToken.Up : StatusToken.Down, $"{device.Name} ({device.Serial}) {device.Type}"));
            result.AddItem(Output.NewItem()
                .Set(SerialItem, device.Serial)
                .Set(NameItem, device.Name)
                .Set(TypeItem, device.Type)
                .Set(CpuItem, device.Cpu)
                .Set(UptimeItem, device.UptimeMs));
        }

        result.Facts
            .Set(TotalFact, Rows)
            .Set(OnlineFact, online)
            .Set(AvailabilityFact, ValueFormat.PercentOf(online, Rows))
            .Set(ByTypeFact, byType);
        result.AddSection("Devices", rows);
        return ValueTask.FromResult(result.Build());
    }
}
