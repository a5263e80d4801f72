using ArubaNoc.Central.Http;
using ArubaNoc.Tools.Framework;
using ArubaNoc.Tools.Troubleshooting.Wire;

namespace ArubaNoc.Tools.Troubleshooting;

/// <summary><c>ping_from_gateway</c>: starts an asynchronous ping from a gateway and returns its task handle.</summary>
internal sealed class PingFromGatewayTool(ToolEnvironment environment, AsyncTestRegistry registry) : TestStartTool(environment, registry)
{
    public static readonly ToolParameter SerialParam = ToolParameters.Serial(description: "Serial number of the gateway that sends the ping.").WithAlias("serial_number").AsRequired();
    public static readonly ToolParameter TargetParam = ToolParameters.Host(description: "Destination: IPv4 address, IPv6 address or DNS name.").AsRequired();
    public static readonly ToolParameter CountParam = ToolParameters.Integer("count", "Echo requests to send (1-100, default 5).", 1, 100).WithDefault(PingFromApTool.DefaultCount);
    public static readonly ToolParameter PacketSizeParam = ToolParameters.Integer("packet_size", "Payload size in bytes (10-2000); Central's default when not given.", 10, 2000);
    public static readonly ToolParameter SourceInterfaceParam = ToolParameters.Enum(
        "source_interface",
        "Interface the ping is sent from.",
        new EnumOption("loopback"),
        new EnumOption("mgmt-interface"),
        new EnumOption("vlan-interface"));
    public static readonly ToolParameter VlanParam = ToolParameters.Integer("vlan", "VLAN to send from (1-4095), used with source_interface vlan-interface.", 1, 4095);
    public static readonly ToolParameter TtlParam = ToolParameters.Integer("ttl", "IP time to live (1-255).", 1, 255);
    public static readonly ToolParameter DscpParam = ToolParameters.Integer("dscp", "DSCP value (0-63).", 0, 63);
    public static readonly ToolParameter DontFragmentParam = ToolParameters.Boolean("dont_fragment", "Set the IP don't-fragment flag.");
    public static readonly ToolParameter UseIpv6Param = ToolParameters.Boolean("use_ipv6", "Ping over IPv6.");
    public static readonly ToolParameter RawOutputParam = ToolParameters.Boolean("include_raw_output", "Ask Central to keep the device's raw command output.").WithDefault(false);

    public override string Name => "ping_from_gateway";

    public override string Title => "Ping from a gateway";

    public override string Description =>
        "Starts an asynchronous ping from a gateway to a host and returns a task handle. " +
        "Read the result with get_async_test_result (a ping takes about 10-20 s).";

    public override IReadOnlyList<ToolParameter> Parameters { get; } =
    [
        SerialParam, TargetParam, CountParam, PacketSizeParam, SourceInterfaceParam, VlanParam, TtlParam, DscpParam,
        DontFragmentParam, UseIpv6Param, RawOutputParam,
    ];

    protected override string DeviceType => "gateways";

    protected override string Test => "ping";

    protected override string DeviceNoun => "Gateway";

    protected override ValueTask<ToolResult> ExecuteAsync(ToolArguments arguments, ToolCallContext context, CancellationToken cancellationToken) =>
        StartAsync(arguments, arguments.GetRequiredString(SerialParam), arguments.GetRequiredString(TargetParam), cancellationToken);

    protected override CentralRequest BuildRequest(ToolArguments arguments, string serial, string target)
    {
        var body = new GatewayPingRequest
        {
            Destination = target,
            Count = arguments.GetInteger(CountParam),
            PacketSize = arguments.GetInteger(PacketSizeParam),
            SourceInterface = arguments.GetOption(SourceInterfaceParam)?.WireValue,
            Vlan = arguments.GetInteger(VlanParam),
            Ttl = arguments.GetInteger(TtlParam),
            Dscp = arguments.GetInteger(DscpParam),
            DontFragmentFlag = arguments.GetBoolean(DontFragmentParam),
            UseIpv6 = arguments.GetBoolean(UseIpv6Param),
            IncludeRawOutput = arguments.IsGiven(RawOutputParam) ? arguments.GetBoolean(RawOutputParam) : null,
        };
        return CentralRequest.PostDeviceAction(TemplateFor("ping"))
            .WithPath("serial-number", serial)
            .WithJsonBody(body, TroubleshootingJsonContext.Default.GatewayPingRequest);
    }

    protected override void Describe(ToolArguments arguments, ToolResultBuilder result) =>
        result.Facts.Set(CountFact, arguments.GetInteger(CountParam)).Set(PacketSizeFact, arguments.GetInteger(PacketSizeParam));
}
