using ArubaNoc.Central.Http;
using ArubaNoc.Tools.Framework;
using ArubaNoc.Tools.Troubleshooting.Wire;

namespace ArubaNoc.Tools.Troubleshooting;

/// <summary><c>ping_from_ap</c>: starts an asynchronous ping from an access point and returns its task handle.</summary>
internal sealed class PingFromApTool(ToolEnvironment environment, AsyncTestRegistry registry) : TestStartTool(environment, registry)
{
    /// <summary>Echo requests sent when <c>count</c> is not given; the tool always sends a count.</summary>
    public const long DefaultCount = 5;

    /// <summary>Sent when <c>packet_size</c> is not given.</summary>
    public const long DefaultPacketSize = 64;

    public static readonly ToolParameter SerialParam = ToolParameters.Serial(description: "Serial number of the AP that sends the ping.").WithAlias("serial_number").AsRequired();
    public static readonly ToolParameter TargetParam = ToolParameters.Host(description: "Destination: IPv4 address, IPv6 address or DNS name.").AsRequired();
    public static readonly ToolParameter CountParam = ToolParameters.Integer("count", "Echo requests to send (1-100, default 5).", 1, 100).WithDefault(DefaultCount);
    public static readonly ToolParameter PacketSizeParam = ToolParameters.Integer("packet_size", "Payload size in bytes (10-2000, default 64).", 10, 2000).WithDefault(DefaultPacketSize);
    public static readonly ToolParameter VlanParam = ToolParameters.Integer("vlan", "VLAN to send the ping on (1-4095).", 1, 4095);
    public static readonly ToolParameter InterfacePortParam = InterfaceName("interface_port", "AP interface port to send from, such as eth0 (1-32 of letters, digits, '/', '.', '_' or '-').");
    public static readonly ToolParameter RawOutputParam = ToolParameters.Boolean("include_raw_output", "Ask Central to keep the device's raw command output.").WithDefault(false);

    public override string Name => "ping_from_ap";

    public override string Title => "Ping from an AP";

    public override string Description =>
        "Starts an asynchronous ping from an access point to a host and returns a task handle. " +
        "Read the result with get_async_test_result (a ping takes about 10-20 s).";

    public override IReadOnlyList<ToolParameter> Parameters { get; } =
        [SerialParam, TargetParam, CountParam, PacketSizeParam, VlanParam, InterfacePortParam, RawOutputParam];

    protected override string DeviceType => "aps";

    protected override string Test => "ping";

    protected override string DeviceNoun => "AP";

    /// <summary>An interface name of 1-32 characters of <c>A-Z a-z 0-9 / . _ -</c>; the pattern is checked by the tool.</summary>
    internal static ToolParameter InterfaceName(string name, string description) =>
        ToolParameters.Text(name, description, maxLength: 32) with { Example = "eth0" };

    /// <summary>Whether <paramref name="value"/> uses only the characters an interface name may contain.</summary>
    internal static bool IsInterfaceName(string value) => value.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '.' or '_' or '-');

    protected override ValueTask<ToolResult> ExecuteAsync(ToolArguments arguments, ToolCallContext context, CancellationToken cancellationToken)
    {
        if (arguments.GetString(InterfacePortParam) is { } port && !IsInterfaceName(port))
        {
            return ValueTask.FromResult(Reject(new ValidationFailure(InterfacePortParam.Name, "must be 1-32 letters, digits, '/', '.', '_' or '-'", $"'{port}'")));
        }

        return StartAsync(arguments, arguments.GetRequiredString(SerialParam), arguments.GetRequiredString(TargetParam), cancellationToken);
    }

    protected override CentralRequest BuildRequest(ToolArguments arguments, string serial, string target)
    {
        var body = new ApPingRequest
        {
            Destination = target,
            Count = arguments.GetInteger(CountParam),
            PacketSize = arguments.GetInteger(PacketSizeParam),
            Vlan = arguments.GetInteger(VlanParam),
            InterfacePort = arguments.GetString(InterfacePortParam),
            IncludeRawOutput = arguments.IsGiven(RawOutputParam) ? arguments.GetBoolean(RawOutputParam) : null,
        };
        return CentralRequest.PostDeviceAction(TemplateFor("ping"))
            .WithPath("serial-number", serial)
            .WithJsonBody(body, TroubleshootingJsonContext.Default.ApPingRequest);
    }

    protected override void Describe(ToolArguments arguments, ToolResultBuilder result) =>
        result.Facts.Set(CountFact, arguments.GetInteger(CountParam)).Set(PacketSizeFact, arguments.GetInteger(PacketSizeParam));
}
