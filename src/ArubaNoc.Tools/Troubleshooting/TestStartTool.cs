using ArubaNoc.Central.Http;
using ArubaNoc.Tools.Framework;
using ArubaNoc.Tools.Troubleshooting.Wire;

namespace ArubaNoc.Tools.Troubleshooting;

/// <summary>
/// Common part of the tools that start a ping or traceroute: one POST that the client retries only on
/// 429, so a test never starts twice, then a result carrying the task handle (Central's <c>location</c>).
/// The started test is recorded in the <see cref="AsyncTestRegistry"/> for lookups by task ID.
/// </summary>
internal abstract class TestStartTool : NocTool
{
    public static readonly OutputField TaskHandleFact = new("taskHandle", OutputKind.Text, "Task handle");
    public static readonly OutputField TaskIdFact = new("taskId", OutputKind.Text, "Task ID");
    public static readonly OutputField StatusFact = new("status", OutputKind.Text, "Status");
    public static readonly OutputField StartTimeFact = new("startTime", OutputKind.Time, "Start time");
    public static readonly OutputField DeviceTypeFact = new("deviceType", OutputKind.Text);
    public static readonly OutputField SerialFact = new("serialNumber", OutputKind.Text);
    public static readonly OutputField TestFact = new("test", OutputKind.Text);
    public static readonly OutputField DestinationFact = new("destination", OutputKind.Text, "Destination");
    public static readonly OutputField CountFact = new("count", OutputKind.Integer, "Count");
    public static readonly OutputField PacketSizeFact = new("packetSize", OutputKind.Integer, "Packet size (bytes)");

    /// <summary>The facts of a started ping, which adds the count and packet size to <see cref="TracerouteShape"/>.</summary>
    public static readonly OutputShape PingShape = new(
        [TaskHandleFact, TaskIdFact, StatusFact, StartTimeFact, DeviceTypeFact, SerialFact, TestFact, DestinationFact, CountFact, PacketSizeFact],
        []);

    /// <summary>The facts of a started traceroute.</summary>
    public static readonly OutputShape TracerouteShape = new(
        [TaskHandleFact, TaskIdFact, StatusFact, StartTimeFact, DeviceTypeFact, SerialFact, TestFact, DestinationFact],
        []);

    private readonly ToolEnvironment _environment;
    private readonly AsyncTestRegistry _registry;

    protected TestStartTool(ToolEnvironment environment, AsyncTestRegistry registry)
        : base(environment.TimeProvider)
    {
        _environment = environment;
        _registry = registry;
    }

    public override ToolSafety Safety => ToolSafety.DeviceAction;

    public override OutputShape Output => Test == "ping" ? PingShape : TracerouteShape;

    /// <summary><c>aps</c> or <c>gateways</c>.</summary>
    protected abstract string DeviceType { get; }

    /// <summary><c>ping</c> or <c>traceroute</c>.</summary>
    protected abstract string Test { get; }

    /// <summary>What a 404 names, such as <c>AP</c>.</summary>
    protected abstract string DeviceNoun { get; }

    /// <summary>Builds the POST with its body from the validated arguments.</summary>
    protected abstract CentralRequest BuildRequest(ToolArguments arguments, string serial, string target);

    /// <summary>Adds tool-specific facts and findings to a started test's result.</summary>
    protected abstract void Describe(ToolArguments arguments, ToolResultBuilder result);

    protected string TemplateFor(string test) => $"/network-troubleshooting/v1/{DeviceType}/{{serial-number}}/{test}";

    protected async ValueTask<ToolResult> StartAsync(ToolArguments arguments, string serial, string target, CancellationToken cancellationToken)
    {
        var request = BuildRequest(arguments, serial, target);
        var response = await _environment.Central.SendAsync(request, TroubleshootingJsonContext.Default.TestStartResponse, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccess)
        {
            return response.Error.HttpStatus == 409
                ? Fail(ToolErrors.DeviceNotReady(serial, response.Error.ErrorCode, response.Error.Message))
                : CentralErrors.ToResult(Name, response.Error, notFound: (DeviceNoun, serial));
        }

        var location = response.Value.Location?.Trim();
        if (string.IsNullOrEmpty(location))
        {
            const string Message = "Central accepted the test but returned no location";
            return Fail(new ToolError(ToolErrorKind.Central, $"{StatusToken.Error} {Message}", Message) { HttpStatus = response.HttpStatus });
        }

        var taskId = Framework.ShapeRules.TaskId(location[(location.LastIndexOf('/') + 1)..]);
        if (taskId is not null)
        {
            _registry.Add(new AsyncTestAddress(DeviceType, serial, Test, taskId), target);
        }

        var token = Test == "ping" ? StatusToken.Ping : StatusToken.Trace;
        var noun = Test == "ping" ? "Ping" : "Traceroute";
        var result = CreateResult(arguments, token, $"{noun} started from {DeviceNoun} {serial} to {target}")
            .WithScope(new ResultScope { SerialNumber = serial })
            .WithMore($"Next: call get_async_test_result with task_handle=\"{location}\" (add wait_seconds={(Test == "ping" ? 20 : 60)} to wait for the result)");
        result.Facts
            .Set(TaskHandleFact, location)
            .Set(TaskIdFact, taskId)
            .Set(StatusFact, response.Value.Status)
            .Set(StartTimeFact, response.Value.StartTime)
            .Set(DeviceTypeFact, DeviceType)
            .Set(SerialFact, serial)
            .Set(TestFact, Test)
            .Set(DestinationFact, target);
        Describe(arguments, result);
        return result.Build();
    }
}
