using ArubaNoc.Tools.Framework;
using static ArubaNoc.Tools.Tests.Framework.Binding.BinderTestHelpers;

namespace ArubaNoc.Tools.Tests.Framework.Binding;

public sealed class ArgumentBinderTests
{
    [Fact]
    public void Bind_NullArguments_AppliesDefaults()
    {
        var arguments = ArgumentBinder.Bind(Parameters, null, TestClock.Now).Arguments!;

        Assert.Equal(100, arguments.GetInteger(SampleTool.LimitParam));
    }

    [Fact]
    public void Bind_NullOptional_TreatedAsAbsent()
    {
        var arguments = BindValid("""{"site_id": null}""");

        Assert.Null(arguments.GetString(SampleTool.SiteIdParam));
        Assert.False(arguments.IsGiven(SampleTool.SiteIdParam));
    }

    [Fact]
    public void Bind_NullSiteAndLimit_DefaultsApply()
    {
        // A client that sends every optional argument as null must get the defaults.
        var arguments = BindValid("""{"site_id": null, "limit": null}""");

        Assert.Null(arguments.GetString(SampleTool.SiteIdParam));
        Assert.Equal(100, arguments.GetInteger(SampleTool.LimitParam));
        Assert.False(arguments.IsGiven(SampleTool.LimitParam));
    }

    [Fact]
    public void Bind_NullRequired_ReportedAsMissing()
    {
        var failure = ArgumentBinder.Bind(new SampleLookupTool(TestClock.Create()).Parameters, TestArguments.Parse("""{"serial_number": null, "target": "h"}"""), TestClock.Now).Failures[0];

        Assert.Equal("serial_number", failure.Argument);
        Assert.Equal("is required", failure.Rule);
    }

    [Fact]
    public void Bind_EmptyRequiredString_ReportedAsMissing()
    {
        var failure = ArgumentBinder.Bind(new SampleLookupTool(TestClock.Create()).Parameters, TestArguments.Parse("""{"serial_number": "  ", "target": "h"}"""), TestClock.Now).Failures[0];

        Assert.Equal("is required", failure.Rule);
    }

    [Theory]
    [InlineData("""{"site_name": "Lab \uFFFD"}""")]
    [InlineData("""{"site_name": "Lab \uD800"}""")]
    public void Bind_InvalidUnicode_RejectedNamingArgument(string json)
    {
        var failure = BindInvalid(json);

        Assert.Equal("site_name", failure.Argument);
        Assert.Equal("must be valid Unicode text", failure.Rule);
    }

    [Fact]
    public void Bind_EmptyOptionalString_TreatedAsAbsent()
    {
        var arguments = BindValid("""{"site_name": "   "}""");

        Assert.Null(arguments.GetString(SampleTool.SiteNameParam));
    }

    [Fact]
    public void Bind_String_IsTrimmed()
    {
        var arguments = BindValid("""{"site_name": "  HQ  "}""");

        Assert.Equal("HQ", arguments.GetString(SampleTool.SiteNameParam));
    }

    [Theory]
    [InlineData("5", 5)]
    [InlineData("5.0", 5)]
    [InlineData("\"5\"", 5)]
    [InlineData("\" 42 \"", 42)]
    public void Bind_IntegerForms_Accepted(string json, long expected)
    {
        var arguments = BindValid($$"""{"limit": {{json}}}""");

        Assert.Equal(expected, arguments.GetInteger(SampleTool.LimitParam));
    }

    [Theory]
    [InlineData("5.5")]
    [InlineData("\"5.0\"")]
    [InlineData("\"-5\"")]
    [InlineData("\"five\"")]
    [InlineData("true")]
    [InlineData("1e300")]
    [InlineData("0")]
    [InlineData("1001")]
    [InlineData("\"99999999999999999999999\"")]
    public void Bind_InvalidInteger_Rejected(string json)
    {
        var failure = BindInvalid($$"""{"limit": {{json}}}""");

        Assert.Equal("limit", failure.Argument);
        Assert.Equal("must be a whole number from 1 to 1000", failure.Rule);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    [InlineData("\"true\"", true)]
    [InlineData("\"FALSE\"", false)]
    public void Bind_BooleanForms_Accepted(string json, bool expected)
    {
        var arguments = BindValid($$"""{"include_raw_output": {{json}}}""");

        Assert.Equal(expected, arguments.GetBoolean(SampleTool.RawOutputParam));
    }

    [Theory]
    [InlineData("1")]
    [InlineData("\"yes\"")]
    [InlineData("{}")]
    public void Bind_InvalidBoolean_Rejected(string json)
    {
        var failure = BindInvalid($$"""{"include_raw_output": {{json}}}""");

        Assert.Equal("must be true or false", failure.Rule);
    }

    [Fact]
    public void Bind_ClientStatusUpperCase_SentAsConnected()
    {
        var arguments = BindValid("""{"status": "CONNECTED"}""");

        Assert.Equal("Connected", arguments.GetOption(SampleTool.StatusParam)!.WireValue);
    }

    [Fact]
    public void Bind_DeviceStatusLowerCase_SentAsOnline()
    {
        var arguments = BindValid("""{"device_status": "online"}""");

        Assert.Equal("ONLINE", arguments.GetOption(SampleTool.DeviceStatusParam)!.WireValue);
    }

    [Fact]
    public void Bind_EnumAlias_MapsToCanonicalValue()
    {
        var arguments = BindValid("""{"device_type": "Access_Point"}""");

        Assert.Equal("aps", arguments.GetString(SampleTool.DeviceTypeParam));
    }

    [Fact]
    public void Bind_UnknownEnumValue_ListsAcceptedValues()
    {
        var failure = BindInvalid("""{"device_status": "sleeping"}""");

        Assert.Equal("must be one of ONLINE, OFFLINE", failure.Rule);
    }

    [Fact]
    public void Bind_EnumDefault_AppliesCanonicalValue()
    {
        var arguments = BindValid("{}");

        Assert.Equal("CONNECTED", arguments.GetString(SampleTool.StatusParam));
    }

    [Fact]
    public void Bind_Alias_AcceptedForPrimaryName()
    {
        var arguments = BindValid("""{"serial": "cn123"}""");

        Assert.Equal("CN123", arguments.GetString(SampleTool.SerialParam));
    }

    [Fact]
    public void Bind_AliasAndNameEqualAfterNormalizing_Accepted()
    {
        var arguments = BindValid("""{"serial": "cn123", "serial_number": "CN123 "}""");

        Assert.Equal("CN123", arguments.GetString(SampleTool.SerialParam));
    }

    [Fact]
    public void Bind_AliasAndNameDiffer_Rejected()
    {
        var failure = BindInvalid("""{"serial": "CN1", "serial_number": "CN2"}""");

        Assert.Equal("serial_number", failure.Argument);
        Assert.Contains("'serial'", failure.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Bind_DeprecatedArgument_IgnoredWithInfo()
    {
        var arguments = BindValid("""{"interval": "5MIN"}""");

        Assert.Null(arguments.GetString(SampleTool.IntervalParam));
        Assert.Equal("ARG_IGNORED", Assert.Single(arguments.Findings).Code);
        Assert.Contains("'interval'", arguments.Findings[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bind_DeprecatedArgumentInvalid_Rejected()
    {
        var failure = BindInvalid("""{"interval": "2min"}""");

        Assert.Equal("interval", failure.Argument);
    }

    [Fact]
    public void Bind_UnknownArgument_ListsAcceptedNames()
    {
        var failure = BindInvalid("""{"site": "x"}""");

        Assert.Equal("site", failure.Argument);
        Assert.Contains("accepted arguments: site_id, short_site_id, site_name, serial_number, serial,", failure.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Bind_ManyFailures_ReportsAtMostFive()
    {
        var result = Bind("""{"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6, "limit": 0}""");

        Assert.Equal(ArgumentBinder.MaxReportedFailures, result.Failures.Count);
    }

    [Fact]
    public void Bind_Failure_TextHasExactFormat()
    {
        var failure = BindInvalid("""{"serial_number": "ABCDEFGHIJKLMNOPQR"}""");

        Assert.Equal("[ERR] Invalid argument 'serial_number': must be 1-16 letters or digits (got 18 characters). No request was sent.", failure.TextLine);
    }

    [Theory]
    [InlineData("site_name")]
    [InlineData("cluster_name")]
    [InlineData("search")]
    [InlineData("filter")]
    public void Bind_ControlCharacter_Rejected(string argument)
    {
        var failure = BindInvalid($$"""{"{{argument}}": "a\u0000b"}""");

        Assert.Equal("must not contain control characters", failure.Rule);
    }

    [Fact]
    public void Bind_LoneSurrogate_Rejected()
    {
        var failure = BindInvalid("""{"site_name": "a\ud800b"}""");

        Assert.Equal("must be valid Unicode text", failure.Rule);
    }

    [Fact]
    public void Bind_UnicodeName_KeptIntact()
    {
        var arguments = BindValid("""{"cluster_name": "Zürich–Süd 🚀"}""");

        Assert.Equal("Zürich–Süd 🚀", arguments.GetString(SampleTool.ClusterParam));
    }

    [Fact]
    public void GetString_UndeclaredParameter_Throws()
    {
        var arguments = BindValid("{}");

        Assert.Throws<ArgumentException>(() => arguments.GetString(ToolParameters.SiteId("other")));
    }
}
