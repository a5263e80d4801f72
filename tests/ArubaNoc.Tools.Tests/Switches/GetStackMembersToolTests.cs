using ArubaNoc.Tools.Framework;
using ArubaNoc.Tools.Switches;
using ArubaNoc.Tools.Tests.Framework;
using ArubaNoc.Tools.Tests.TestSupport;

namespace ArubaNoc.Tools.Tests.Switches;

public sealed class GetStackMembersToolTests
{
    private const string StackId = "01000c97-5f80e1c0";
    private const string Path = "/network-monitoring/v1/stack/" + StackId + "/members";

    private static Task<ToolResult> CallCannedAsync(string membersJson, string topology = "Ring") =>
        ToolCall.RunCannedAsync(environment => new GetStackMembersTool(environment), $$"""{"stack_id": "{{StackId}}"}""",
            (Path, $$"""{"items": [{"id": "{{StackId}}", "stackType": "VSF", "topology": "{{topology}}", "members": [{{membersJson}}]}], "count": 1}"""));

    private static string Member(int id, string role, string status = "ONLINE", string firmware = "10.13.1000") =>
        $$"""{"serialNumber": "SN{{id}}", "deviceName": "sw-{{id}}", "stackMemberId": {{id}}, "switchRole": "{{role}}", "status": "{{status}}", "firmwareVersion": "{{firmware}}", "model": "6300M", "health": "Good"}""";

    [Fact]
    public async Task GetStackMembers_StackId_SendsOneRequestWithLowerCaseId()
    {
        using var central = SimulatedCentral.Create();
        var tool = new GetStackMembersTool(central.Environment);

        var result = await ToolCall.RunAsync(tool, """{"stack_id": "01000C97-5F80E1C0"}""");

        Assert.False(result.IsError, result.Text);
        var request = central.ApiRequests().Single();
        Assert.Equal(Path, request.Path);
        Assert.Empty(request.Query);
        SchemaAssert.Validates(tool.Definition.OutputSchema!.Value, result.StructuredContent!.Value);
    }

    [Fact]
    public async Task GetStackMembers_SimulatedRing_HealthyStackIsOk()
    {
        using var central = SimulatedCentral.Create();

        var result = await ToolCall.RunAsync(new GetStackMembersTool(central.Environment), $$"""{"stack_id": "{{StackId}}"}""");

        Assert.Equal(["OK STACK_OK"], ResultReader.Findings(result));
        Assert.Equal(4, ResultReader.Fact(result, "members").GetInt64());
    }

    [Fact]
    public async Task GetStackMembers_SimulatedChain_InfoChainTopology()
    {
        using var central = SimulatedCentral.Create();

        var result = await ToolCall.RunAsync(new GetStackMembersTool(central.Environment), """{"stack_id": "1f00d067-267edc80"}""");

        Assert.Contains("INFO CHAIN_TOPOLOGY", ResultReader.Findings(result));
    }

    [Theory]
    [InlineData("01000c97-5f80e1c0/x")]
    [InlineData("0100../members")]
    [InlineData("01000c97-5f80e1c0a")]
    [InlineData("%2e%2e")]
    public async Task GetStackMembers_InvalidStackId_RejectedWithoutRequest(string stackId)
    {
        using var central = SimulatedCentral.Create();

        var result = await ToolCall.RunAsync(new GetStackMembersTool(central.Environment), $$"""{"stack_id": "{{stackId}}"}""");

        Assert.True(result.IsError);
        Assert.StartsWith("[ERR] Invalid argument 'stack_id': must be a serial number (1-16 letters or digits) or a stack ID (8 hex digits, '-', 1-8 hex digits)", result.Text, StringComparison.Ordinal);
        Assert.Empty(central.ApiRequests());
    }

    [Fact]
    public async Task GetStackMembers_UnknownStack_NamesStack()
    {
        using var canned = new CannedCentral();

        var result = await ToolCall.RunAsync(new GetStackMembersTool(canned.Environment), """{"stack_id": "0a0b0c0d-1"}""");

        Assert.Equal($"[ERR] Stack '0a0b0c0d-1' not found (404 {CannedCentral.NotFoundCode}, debugId {CannedCentral.NotFoundDebugId})", result.Text);
    }

    [Fact]
    public async Task GetStackMembers_NoConductor_Crit()
    {
        var result = await CallCannedAsync(Member(1, "Member") + "," + Member(2, "Standby"));

        Assert.Contains("CRIT NO_CONDUCTOR", ResultReader.Findings(result));
    }

    [Fact]
    public async Task GetStackMembers_TwoConductors_WarnsMultiple()
    {
        var result = await CallCannedAsync(Member(1, "Conductor") + "," + Member(2, "Commander") + "," + Member(3, "Standby"));

        Assert.Contains("WARN MULTIPLE_CONDUCTORS", ResultReader.Findings(result));
    }

    [Fact]
    public async Task GetStackMembers_ConductorOffline_CritAndRowDown()
    {
        var result = await CallCannedAsync(Member(1, "Conductor", status: "Offline") + "," + Member(2, "Standby"));

        Assert.Contains("CRIT CONDUCTOR_DOWN", ResultReader.Findings(result));
        Assert.Contains("WARN MEMBERS_DOWN", ResultReader.Findings(result));
        Assert.Contains("[DN] #1 Conductor sw-1 (SN1)", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetStackMembers_NoStandby_Warns()
    {
        var result = await CallCannedAsync(Member(1, "Conductor") + "," + Member(2, "Member"));

        Assert.Contains("WARN NO_STANDBY", ResultReader.Findings(result));
    }

    [Fact]
    public async Task GetStackMembers_DifferentFirmware_WarnsListingVersions()
    {
        var result = await CallCannedAsync(Member(1, "Conductor") + "," + Member(2, "Standby", firmware: "10.12.0006"));

        Assert.Equal("members run different firmware: 10.13.1000, 10.12.0006", ResultReader.FindingMessage(result, "VERSION_MISMATCH"));
    }

    [Fact]
    public async Task GetStackMembers_RowsOrderedByMemberId()
    {
        var result = await CallCannedAsync(Member(2, "Standby") + "," + Member(1, "Conductor"));

        Assert.Equal(1, ResultReader.Items(result)[0].GetProperty("stackMemberId").GetInt64());
        Assert.True(result.Text.IndexOf("#1 Conductor", StringComparison.Ordinal) < result.Text.IndexOf("#2 Standby", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetStackMembers_AlphaTopLevelMembers_Read()
    {
        var alpha = """{"stackName": "old-stack", "members": [{"serialNumber": "SN1", "stackPosition": 1, "role": "Commander", "status": "UP", "swVersion": "16.10"}]}""";

        var result = await ToolCall.RunCannedAsync(environment => new GetStackMembersTool(environment), $$"""{"stack_id": "{{StackId}}"}""", (Path, alpha));

        Assert.Equal("SN1", ResultReader.Fact(result, "conductorSerial").GetString());
        Assert.Equal(1, ResultReader.Fact(result, "up").GetInt64());
    }

    [Fact]
    public async Task GetStackMembers_NoMembers_InfoNormalResult()
    {
        var result = await CallCannedAsync("");

        Assert.False(result.IsError);
        Assert.Contains($"[INFO] stack '{StackId}' reports no members", result.Text, StringComparison.Ordinal);
    }
}
