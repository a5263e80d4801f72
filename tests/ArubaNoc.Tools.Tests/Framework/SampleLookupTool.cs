using ArubaNoc.Tools.Framework;

namespace ArubaNoc.Tools.Tests.Framework;

/// <summary>A tool with required arguments, one of them aliased, used to test the framework.</summary>
internal sealed class SampleLookupTool(TimeProvider timeProvider) : NocTool(timeProvider)
{
    public static readonly ToolParameter SerialParam = ToolParameters.Serial("serial_number").WithAlias("serial").AsRequired();
    public static readonly ToolParameter TargetParam = ToolParameters.Host().AsRequired();
    public static readonly ToolParameter CountParam = ToolParameters.Integer("count", "Packets to send.", 1, 20).WithDefault(5);

    public static readonly OutputField StatusFact = new("status", OutputKind.Text, "Status");

    private static readonly OutputShape Shape = new([StatusFact], []);

    public int Executions { get; private set; }

    public override string Name => "sample_ping";

    public override string Title => "Sample ping";

    public override string Description => "Starts a sample ping.";

    public override ToolSafety Safety => ToolSafety.DeviceAction;

    public override IReadOnlyList<ToolParameter> Parameters { get; } = [SerialParam, TargetParam, CountParam];

    public override OutputShape Output => Shape;

    protected override ValueTask<ToolResult> ExecuteAsync(ToolArguments arguments, ToolCallContext context, CancellationToken cancellationToken)
    {
        Executions++;
        if (arguments.GetRequiredString(TargetParam) == "offline.example.com")
        {
            throw new ToolFailureException(ToolErrors.DeviceNotReady(arguments.GetRequiredString(SerialParam), "HPE_GL_DEVICE_OFFLINE", "Device is offline"));
        }

        var result = CreateResult(arguments, StatusToken.Ping, "Ping started");
        result.Facts.Set(StatusFact, "INITIATED");
        return ValueTask.FromResult(result.Build());
    }
}
