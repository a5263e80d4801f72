using ArubaNoc.Server.Cli;
using Microsoft.Extensions.Logging;

namespace ArubaNoc.Server.Tests.Cli;

public sealed class CommandLineTests
{
    [Fact]
    public void Parse_NoArguments_Serves()
    {
        Assert.True(CommandLine.TryParse([], out var commandLine, out _));

        Assert.Equal(CommandKind.Serve, commandLine.Kind);
        Assert.False(commandLine.Demo);
    }

    [Fact]
    public void Parse_CallWithArguments_KeepsOrderAndKinds()
    {
        Assert.True(CommandLine.TryParse(["--demo", "call", "get_device_list", "status=online", "limit:=5", "--json"], out var commandLine, out _));

        Assert.Equal(CommandKind.CallTool, commandLine.Kind);
        Assert.True(commandLine.Demo);
        Assert.True(commandLine.Json);
        Assert.Equal("get_device_list", commandLine.ToolName);
        Assert.Equal([new ToolArgumentText("status", "online", IsJson: false), new ToolArgumentText("limit", "5", IsJson: true)], commandLine.ToolArguments);
    }

    [Fact]
    public void Parse_SettingFlag_StoredUnderEnvironmentName()
    {
        Assert.True(CommandLine.TryParse(["--region", "de2", "--api-timeout", "10"], out var commandLine, out _));

        Assert.Equal("de2", commandLine.SettingOverrides["ARUBA_REGION"]);
        Assert.Equal("10", commandLine.SettingOverrides["ARUBA_API_TIMEOUT"]);
    }

    [Theory]
    [InlineData("--bogus")]
    [InlineData("frobnicate")]
    [InlineData("call")]
    [InlineData("tools", "extra")]
    [InlineData("--region")]
    [InlineData("--log-level", "loud")]
    [InlineData("call", "get_device_list", "=x")]
    public void Parse_BadInput_IsUsageErrorWithMessage(params string[] args)
    {
        Assert.False(CommandLine.TryParse(args, out _, out var error));

        Assert.False(string.IsNullOrWhiteSpace(error));
    }

    [Fact]
    public void Parse_LogLevel_AcceptsAnyCase()
    {
        Assert.True(CommandLine.TryParse(["--log-level", "Warning"], out var commandLine, out _));

        Assert.Equal(LogLevel.Warning, commandLine.LogLevel);
    }

    [Fact]
    public void BuildArguments_DuplicateKey_IsRejected()
    {
        var pairs = new[] { new ToolArgumentText("limit", "5", false), new ToolArgumentText("limit", "6", false) };

        Assert.False(ToolCommands.TryBuildArguments(pairs, out _, out var problem));

        Assert.Contains("limit", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void BuildArguments_JsonAndStringValues_AreTyped()
    {
        var pairs = new[] { new ToolArgumentText("limit", "5", true), new ToolArgumentText("site_name", "O'Hare, Bldg 2", false), new ToolArgumentText("site_id", "null", true) };

        Assert.True(ToolCommands.TryBuildArguments(pairs, out var arguments, out _));

        Assert.Equal(5, arguments["limit"].GetInt32());
        Assert.Equal("O'Hare, Bldg 2", arguments["site_name"].GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, arguments["site_id"].ValueKind);
    }

    [Fact]
    public void BuildArguments_InvalidJson_NamesArgument()
    {
        Assert.False(ToolCommands.TryBuildArguments([new ToolArgumentText("limit", "{oops", true)], out _, out var problem));

        Assert.Contains("'limit'", problem, StringComparison.Ordinal);
    }
}
