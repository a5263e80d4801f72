using ArubaNoc.Central.Http;
using ArubaNoc.Tools.Framework;
using ArubaNoc.Tools.Troubleshooting.Wire;

namespace ArubaNoc.Tools.Troubleshooting;

/// <summary>
/// <c>get_async_test_result</c>: reads the result of a ping or traceroute started by the start tools. The test
/// is addressed by its task handle, by device type + serial + test + task ID, or by a task ID this process
/// started. With <c>wait_seconds</c> it polls until the test ends or the wait is over, reporting progress.
/// </summary>
internal sealed class GetAsyncTestResultTool : NocTool
{
    /// <summary>Longest accepted wait.</summary>
    public const int MaxWaitSeconds = 60;

    /// <summary>Delays between polls: 1 s, 2 s, then 3 s for every later poll.</summary>
    private static readonly TimeSpan[] PollDelays = [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(3)];

    public static readonly ToolParameter TaskHandleParam = ToolParameters.Text(
        "task_handle", "The task handle (location) returned by ping_from_ap, ping_from_gateway or traceroute_from_ap.") with
    {
        Example = "/network-troubleshooting/v1/aps/CN12345678/ping/async-operations/3f2a1c4e-9b7d-4e21-8a0f-5c6d7e8f9a0b",
    };

    public static readonly ToolParameter DeviceTypeParam = ToolParameters.Enum(
        "device_type", "Device that ran the test; use with serial, test and task_id.", new EnumOption("aps", null, "ap", "access_point"), new EnumOption("gateways", null, "gateway"));

    public static readonly ToolParameter SerialParam = ToolParameters.Serial(description: "Serial number of the device that ran the test; use with device_type, test and task_id.");
    public static readonly ToolParameter TestParam = ToolParameters.Enum("test", "Test type; use with device_type, serial and task_id.", new EnumOption("ping"), new EnumOption("traceroute"));
    public static readonly ToolParameter TaskIdParam = ToolParameters.TaskId(description: "Task ID (UUID). Alone, it works for tests started by this server process.");
    public static readonly ToolParameter WaitParam = ToolParameters.Integer("wait_seconds", "Seconds to keep polling until the test ends (0-60, default 0: read once).", 0, MaxWaitSeconds).WithDefault(0);
    public static readonly ToolParameter RawOutputParam = ToolParameters.Boolean("include_raw_output", "Print the device's raw output (at most 2,000 characters).").WithDefault(false);

    private readonly ToolEnvironment _environment;
    private readonly AsyncTestRegistry _registry;

    public GetAsyncTestResultTool(ToolEnvironment environment, AsyncTestRegistry registry)
        : base(environment.TimeProvider)
    {
        _environment = environment;
        _registry = registry;
    }

    public override string Name => "get_async_test_result";

    public override string Title => "Async test result";

    public override string Description =>
        "Reads and interprets the result of a ping or traceroute started by ping_from_ap, ping_from_gateway or traceroute_from_ap. " +
        "Give task_handle, or device_type + serial + test + task_id; wait_seconds keeps polling until the test ends.";

    public override IReadOnlyList<ToolParameter> Parameters { get; } =
        [TaskHandleParam, DeviceTypeParam, SerialParam, TestParam, TaskIdParam, WaitParam, RawOutputParam];

    public override OutputShape Output => AsyncTestReport.Shape;

    protected override async ValueTask<ToolResult> ExecuteAsync(ToolArguments arguments, ToolCallContext context, CancellationToken cancellationToken)
    {
        var address = ResolveAddress(arguments, out var rejection);
        if (address is null)
        {
            return rejection!;
        }

        var wait = TimeSpan.FromSeconds(arguments.GetInteger(WaitParam) ?? 0);
        var started = TimeProvider.GetTimestamp();
        var polls = 0;
        while (true)
        {
            var request = CentralRequest.Get(AsyncTestAddress.PollTemplate)
                .WithPath("device-type", address.DeviceType)
                .WithPath("serial-number", address.Serial)
                .WithPath("test", address.Test)
                .WithPath("task-id", address.TaskId);
            var response = await _environment.Central.SendAsync(request, TroubleshootingJsonContext.Default.TestResultResponse, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccess)
            {
                return response.Error.Kind == CentralErrorKind.NotFound ? Fail(TaskNotFound(address, response.Error)) : CentralErrors.ToResult(Name, response.Error);
            }

            var poll = response.Value;
            var elapsed = TimeProvider.GetElapsedTime(started);
            var done = AsyncTestReport.IsDone(poll.Status);
            context.Progress?.Report(new ToolProgress(
                elapsed.TotalSeconds,
                wait > TimeSpan.Zero ? wait.TotalSeconds : null,
                $"{poll.Status ?? "unknown"}, {ValueFormat.Number(poll.ProgressPercent)} % done"));

            var remaining = wait - elapsed;
            if (done || remaining <= TimeSpan.Zero)
            {
                var report = new AsyncTestReport(address, poll, TimeProvider.GetUtcNow(), arguments.GetBoolean(RawOutputParam) == true);
                return report.Build(CreateResult(arguments, report.HeadingToken, report.Title));
            }

            var delay = PollDelays[Math.Min(polls, PollDelays.Length - 1)];
            polls++;
            await Task.Delay(delay < remaining ? delay : remaining, TimeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    private AsyncTestAddress? ResolveAddress(ToolArguments arguments, out ToolResult? rejection)
    {
        rejection = null;
        var deviceType = arguments.GetString(DeviceTypeParam);
        var serial = arguments.GetString(SerialParam);
        var test = arguments.GetString(TestParam);
        var taskId = arguments.GetString(TaskIdParam);

        if (arguments.GetString(TaskHandleParam) is { } handle)
        {
            var parsed = AsyncTestAddress.TryParse(handle, _environment.Central.Options.BaseUrl?.Host, out var problem);
            if (parsed is null)
            {
                rejection = Reject(new ValidationFailure(TaskHandleParam.Name, problem!, ValueDescription.Of(handle)));
                return null;
            }

            var clash = new (ToolParameter Parameter, string? Given, string Parsed)[]
            {
                (DeviceTypeParam, deviceType, parsed.DeviceType),
                (SerialParam, serial, parsed.Serial),
                (TestParam, test, parsed.Test),
                (TaskIdParam, taskId, parsed.TaskId),
            }.FirstOrDefault(part => part.Given is not null && part.Given != part.Parsed).Parameter;
            if (clash is not null)
            {
                rejection = Reject(new ValidationFailure(clash.Name, "must match the task_handle given in the same call", ValueDescription.Of(arguments.GetString(clash)!)));
                return null;
            }

            return parsed;
        }

        if (deviceType is not null || serial is not null || test is not null)
        {
            var missing = new (ToolParameter Parameter, string? Given)[] { (DeviceTypeParam, deviceType), (SerialParam, serial), (TestParam, test), (TaskIdParam, taskId) }
                .FirstOrDefault(part => part.Given is null).Parameter;
            if (missing is not null)
            {
                rejection = Reject(new ValidationFailure(missing.Name, "is required together with device_type, serial, test and task_id (or give task_handle)", "no value"));
                return null;
            }

            return new AsyncTestAddress(deviceType!, serial!, test!, taskId!);
        }

        if (taskId is not null)
        {
            if (_registry.Find(taskId) is { } started)
            {
                return started.Address;
            }

            rejection = Reject(new ValidationFailure(
                TaskIdParam.Name,
                "task_id alone works only for tests started by this server process; give task_handle, or device_type + serial + test + task_id",
                ValueDescription.Of(taskId)));
            return null;
        }

        rejection = Reject(new ValidationFailure(TaskHandleParam.Name, "is required: give task_handle, or device_type + serial + test + task_id", "no value"));
        return null;
    }

    private static ToolError TaskNotFound(AsyncTestAddress address, CentralError error)
    {
        var code = string.IsNullOrWhiteSpace(error.ErrorCode) ? ValueFormat.Missing : error.ErrorCode;
        var debugId = string.IsNullOrWhiteSpace(error.DebugId) ? ValueFormat.Missing : error.DebugId;
        var line = $"Task '{address.TaskId}' not found or expired for {address.DeviceType} '{address.Serial}' (404 {code}, debugId {debugId})";
        return new ToolError(ToolErrorKind.NotFound, $"{StatusToken.Error} {line}", line) { HttpStatus = 404, ErrorCode = error.ErrorCode, DebugId = error.DebugId };
    }
}
