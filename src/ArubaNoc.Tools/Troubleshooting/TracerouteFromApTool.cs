using ArubaNoc.Central.Http;
using ArubaNoc.Tools.Framework;
using ArubaNoc.Tools.Troubleshooting.Wire;

namespace ArubaNoc.Tools.Troubleshooting;

/// <summary><c>traceroute_from_ap</c>: starts an asynchronous traceroute from an access point and returns its task handle.</summary>
internal sealed class TracerouteFromApTool(ToolEnvironment environment, AsyncTestRegistry registry) : TestStartTool(environment, registry)
{
    public static readonly ToolParameter SerialParam = ToolParameters.Serial(description: "Serial number of the AP that runs the traceroute.").WithAlias("serial_number").AsRequired();
    public static readonly ToolParameter TargetParam = ToolParameters.Host(description: "Destination: IPv4 address, IPv6 address or DNS name.").AsRequired();
    public static readonly ToolParameter SourceInterfaceParam = PingFromApTool.InterfaceName(
        "source_interface", "AP interface to send from, such as eth0 (1-32 of letters, digits, '/', '.', '_' or '-').");
    public static readonly ToolParameter RawOutputParam = ToolParameters.Boolean("include_raw_output", "Ask Central to keep the device's raw command output.").WithDefault(false);
    public static readonly ToolParameter MaxHopsParam = ToolParameters.Integer("max_hops", "No longer supported: the v1 API has no hop limit (1-64).", 1, 64).AsDeprecated();

    public override string Name => "traceroute_from_ap";

    public override string Title => "Traceroute from an AP";

    public override string Description =>
        "Starts an asynchronous traceroute from an access point to a host and returns a task handle. " +
        "Read the result with get_async_test_result (a traceroute usually needs 30-60 s).";

    public override IReadOnlyList<ToolParameter> Parameters { get; } = [SerialParam, TargetParam, SourceInterfaceParam, RawOutputParam, MaxHopsParam];

    protected override string DeviceType => "aps";

    protected override string Test => "traceroute";

    protected override string DeviceNoun => "AP";

    protected override ValueTask<ToolResult> ExecuteAsync(ToolArguments arguments, ToolCallContext context, CancellationToken cancellationToken)
    {
        if (arguments.GetString(SourceInterfaceParam) is { } source && !PingFromApTool.IsInterfaceName(source))
        {
            return ValueTask.FromResult(Reject(new ValidationFailure(SourceInterfaceParam.Name, "must be 1-32 letters, digits, '/', '.', '_' or '-'", $"'{source}'")));
        }

        return StartAsync(arguments, arguments.GetRequiredString(SerialParam), arguments.GetRequiredString(TargetParam), cancellationToken);
    }

    protected override CentralRequest BuildRequest(ToolArguments arguments, string serial, string target)
    {
        var body = new TracerouteRequest
        {
            Destination = target,
            SourceInterface = arguments.GetString(SourceInterfaceParam),
            IncludeRawOutput = arguments.IsGiven(RawOutputParam) ? arguments.GetBoolean(RawOutputParam) : null,
        };
        return CentralRequest.PostDeviceAction(TemplateFor("traceroute"))
            .WithPath("serial-number", serial)
            .WithJsonBody(body, TroubleshootingJsonContext.Default.TracerouteRequest);
    }

    protected override void Describe(ToolArguments arguments, ToolResultBuilder result) =>
        result.AddFinding(FindingLevel.Info, "TRACEROUTE_DURATION", "a traceroute usually needs 30-60 s before its result is complete");
}
