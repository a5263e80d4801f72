using ArubaNoc.Central.Http;
using ArubaNoc.Tools.Devices;
using ArubaNoc.Tools.Framework;
using ArubaNoc.Tools.Switches.Wire;

namespace ArubaNoc.Tools.Switches;

/// <summary>
/// <c>get_stack_members</c>: members of one switch stack with roles, status and firmware consistency, from
/// GET <c>/network-monitoring/v1/stack/{serial-number}/members</c>.
/// </summary>
internal sealed class GetStackMembersTool(ToolEnvironment environment) : NocTool(environment.TimeProvider)
{
    /// <summary>Central path of the call; the segment takes a stack ID or the conductor's serial number.</summary>
    public const string PathTemplate = "/network-monitoring/v1/stack/{serial-number}/members";

    internal static readonly ToolParameter StackIdParam = ToolParameters.StackRef().AsRequired();

    private static readonly OutputField StackIdFact = new("stackId", OutputKind.Text);
    private static readonly OutputField TopologyFact = new("topology", OutputKind.Text, "Topology");
    private static readonly OutputField StackTypeFact = new("stackType", OutputKind.Text);
    private static readonly OutputField MembersFact = new("members", OutputKind.Integer, "Members");
    private static readonly OutputField UpFact = new("up", OutputKind.Integer, "Up");
    private static readonly OutputField DownFact = new("down", OutputKind.Integer, "Down");
    private static readonly OutputField ConductorFact = new("conductorSerial", OutputKind.Text, "Conductor");
    private static readonly OutputField StandbyFact = new("standbySerial", OutputKind.Text, "Standby");
    private static readonly OutputField FirmwareFact = new("firmwareVersions", OutputKind.TextList, "Firmware versions");

    private static readonly OutputField MemberIdItem = new("stackMemberId", OutputKind.Integer);
    private static readonly OutputField SerialItem = new("serialNumber", OutputKind.Text);
    private static readonly OutputField NameItem = new("deviceName", OutputKind.Text);
    private static readonly OutputField RoleItem = new("switchRole", OutputKind.Text);
    private static readonly OutputField StatusItem = new("status", OutputKind.Text);
    private static readonly OutputField ModelItem = new("model", OutputKind.Text);
    private static readonly OutputField FirmwareItem = new("firmwareVersion", OutputKind.Text);
    private static readonly OutputField HealthItem = new("health", OutputKind.Text);

    private static readonly OutputShape Shape = new(
        [StackIdFact, TopologyFact, StackTypeFact, MembersFact, UpFact, DownFact, ConductorFact, StandbyFact, FirmwareFact],
        [MemberIdItem, SerialItem, NameItem, RoleItem, StatusItem, ModelItem, FirmwareItem, HealthItem]);

    private readonly CentralClient _central = environment.Central;

    public override string Name => "get_stack_members";

    public override string Title => "Stack members";

    public override string Description =>
        "Members of one switch stack with role (conductor, standby, member), status, model, firmware and health; flags a missing or down conductor, no standby, members down and firmware mismatch.";

    public override IReadOnlyList<ToolParameter> Parameters { get; } = [StackIdParam];

    public override OutputShape Output => Shape;

    protected override async ValueTask<ToolResult> ExecuteAsync(ToolArguments arguments, ToolCallContext context, CancellationToken cancellationToken)
    {
        var stackId = arguments.GetRequiredString(StackIdParam);
        var request = CentralRequest.Get(PathTemplate).WithPath("serial-number", stackId);
        var response = await _central.SendAsync(request, SwitchDetailsJsonContext.Default.StackMembersBody, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccess)
        {
            return CentralErrors.ToResult(Name, response.Error, notFound: ("Stack", stackId));
        }

        var body = response.Value;
        var stack = body.Items?.FirstOrDefault();
        var members = (body.Items is { Count: > 0 } stacks ? stacks.SelectMany(item => item.Members ?? []) : body.Members ?? [])
            .OrderBy(member => MemberId(member) ?? long.MaxValue)
            .ToList();
        var conductors = members.Where(member => IsRole(member, "Conductor") || IsRole(member, "Commander")).ToList();
        var standbys = members.Where(member => IsRole(member, "Standby")).ToList();
        var up = members.Count(member => DeviceText.IsUp(member.Status));
        var down = members.Count(member => DeviceText.IsDown(member.Status));
        var versions = DeviceText.Distinct(members.Select(Firmware));
        var topology = stack?.Topology;

        var result = CreateResult(arguments, StatusToken.Stack, "Stack " + stackId)
            .WithScope(new ResultScope { Extra = ["stack " + stackId] });
        result.AddDeprecationNotice(response);
        result.Facts
            .Set(StackIdFact, stack?.Id ?? body.StackName ?? stackId)
            .Set(TopologyFact, topology)
            .Set(StackTypeFact, stack?.StackType)
            .Set(MembersFact, members.Count)
            .Set(UpFact, up)
            .Set(DownFact, down)
            .Set(ConductorFact, conductors.FirstOrDefault()?.SerialNumber)
            .Set(StandbyFact, standbys.FirstOrDefault()?.SerialNumber)
            .Set(FirmwareFact, versions);

        if (members.Count == 0)
        {
            result.AddFinding(new Finding(FindingLevel.Info, "NO_MEMBERS", $"stack '{stackId}' reports no members") { PrintsCode = false });
            return result.Build();
        }

        result.AddSection("Members", [.. members.Select(Row)]);
        foreach (var member in members)
        {
            result.AddItem(Output.NewItem()
                .Set(MemberIdItem, MemberId(member))
                .Set(SerialItem, member.SerialNumber)
                .Set(NameItem, member.DeviceName)
                .Set(RoleItem, Role(member))
                .Set(StatusItem, member.Status)
                .Set(ModelItem, member.Model)
                .Set(FirmwareItem, Firmware(member))
                .Set(HealthItem, member.Health));
        }

        AddFindings(result, members, conductors, standbys, down, versions, topology);
        return result.Build();
    }

    private static void AddFindings(ToolResultBuilder result, List<StackMember> members, List<StackMember> conductors, List<StackMember> standbys, int down, List<string> versions, string? topology)
    {
        var problems = 0;
        void Add(FindingLevel level, string code, string message)
        {
            result.AddFinding(level, code, message);
            problems++;
        }

        if (down > 0)
        {
            var names = members.Where(member => DeviceText.IsDown(member.Status)).Select(member => ValueFormat.Text(member.SerialNumber));
            Add(FindingLevel.Warn, "MEMBERS_DOWN", $"{down} of {members.Count} members down: {string.Join(", ", names)}");
        }

        if (conductors.Count == 0)
        {
            Add(FindingLevel.Crit, "NO_CONDUCTOR", "no member has the Conductor or Commander role");
        }
        else if (conductors.Count > 1)
        {
            Add(FindingLevel.Warn, "MULTIPLE_CONDUCTORS", "more than one conductor: " + string.Join(", ", conductors.Select(member => ValueFormat.Text(member.SerialNumber))));
        }

        if (conductors.FirstOrDefault(member => DeviceText.IsDown(member.Status)) is { } conductorDown)
        {
            Add(FindingLevel.Crit, "CONDUCTOR_DOWN", $"conductor {ValueFormat.Text(conductorDown.SerialNumber)} is {ValueFormat.Text(conductorDown.Status)}");
        }

        if (members.Count > 1 && standbys.Count == 0)
        {
            Add(FindingLevel.Warn, "NO_STANDBY", "no standby member takes over if the conductor fails");
        }

        if (versions.Count > 1)
        {
            Add(FindingLevel.Warn, "VERSION_MISMATCH", "members run different firmware: " + string.Join(", ", versions));
        }

        if (DeviceText.Is(topology, "Chain"))
        {
            result.AddFinding(FindingLevel.Info, "CHAIN_TOPOLOGY", "chain topology: one failed stacking link splits the stack (a ring survives one)");
        }

        if (problems == 0)
        {
            result.AddFinding(FindingLevel.Ok, "STACK_OK", $"{members.Count} members up with one conductor, a standby and one firmware version");
        }
    }

    private static TextRow Row(StackMember member) => new(
        DeviceText.Token(member.Status),
        $"#{DeviceText.Id(MemberId(member))} {ValueFormat.Text(Role(member))} {ValueFormat.Text(member.DeviceName)} ({ValueFormat.Text(member.SerialNumber)}) · "
        + $"{ValueFormat.Text(member.Model)} · {ValueFormat.Text(Firmware(member))} · {ValueFormat.Text(member.Health)}");

    private static long? MemberId(StackMember member) => member.StackMemberId ?? member.StackPosition;

    private static string? Role(StackMember member) => member.SwitchRole ?? member.Role;

    private static string? Firmware(StackMember member) => member.FirmwareVersion ?? member.SwVersion;

    private static bool IsRole(StackMember member, string role) => DeviceText.Is(Role(member), role);
}
