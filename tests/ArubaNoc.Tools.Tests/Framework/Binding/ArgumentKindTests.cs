using ArubaNoc.Tools.Framework;
using static ArubaNoc.Tools.Tests.Framework.Binding.BinderTestHelpers;

namespace ArubaNoc.Tools.Tests.Framework.Binding;

/// <summary>The shared argument types: accepted forms, normalized values and rejected forms.</summary>
public sealed class ArgumentKindTests
{
    private static string? Bound(ToolParameter parameter, string value) =>
        BindValid($$"""{"{{parameter.Name}}": {{TestArguments.Quote(value)}}}""").GetString(parameter);

    private static ValidationFailure Rejected(ToolParameter parameter, string value) =>
        BindInvalid($$"""{"{{parameter.Name}}": {{TestArguments.Quote(value)}}}""");

    [Theory]
    [InlineData("cn12345678", "CN12345678")]
    [InlineData("A", "A")]
    [InlineData("ABCDEFGHIJKLMNOP", "ABCDEFGHIJKLMNOP")]
    public void Serial_Valid_UpperCased(string input, string expected) => Assert.Equal(expected, Bound(SampleTool.SerialParam, input));

    [Theory]
    [InlineData("ABCDEFGHIJKLMNOPQ")]
    [InlineData("CN-1234")]
    [InlineData("../etc")]
    [InlineData("CN%2F12")]
    [InlineData("CNÄ123")]
    public void Serial_Invalid_Rejected(string input) => Assert.Equal("serial_number", Rejected(SampleTool.SerialParam, input).Argument);

    [Theory]
    [InlineData("01000C97-5F80E1C0", "01000c97-5f80e1c0")]
    [InlineData("1f00d067-2", "1f00d067-2")]
    [InlineData("sg12345", "SG12345")]
    public void StackRef_Valid_Normalized(string input, string expected) => Assert.Equal(expected, Bound(SampleTool.StackParam, input));

    [Theory]
    [InlineData("01000c97-5f80e1c01")]
    [InlineData("01000c9-75f80e1c0")]
    [InlineData("01000c97-")]
    [InlineData("0100zc97-5f80e1c0")]
    public void StackRef_Invalid_Rejected(string input) => Assert.Equal("stack_id", Rejected(SampleTool.StackParam, input).Argument);

    [Theory]
    [InlineData("24833497")]
    [InlineData("site_A-1")]
    public void SiteId_Valid_KeptAsGiven(string input) => Assert.Equal(input, Bound(SampleTool.SiteIdParam, input));

    [Theory]
    [InlineData("x' or '1' eq '1")]
    [InlineData("a/b")]
    [InlineData("site id")]
    public void SiteId_Invalid_Rejected(string input) => Assert.Equal("site_id", Rejected(SampleTool.SiteIdParam, input).Argument);

    [Fact]
    public void SiteId_129Characters_Rejected() => Assert.Equal("site_id", Rejected(SampleTool.SiteIdParam, new string('1', 129)).Argument);

    [Fact]
    public void ShortSiteId_17Characters_Rejected() =>
        Assert.Equal("must be 1-16 letters, digits, '_' or '-'", Rejected(SampleTool.ShortSiteIdParam, new string('1', 17)).Rule);

    [Fact]
    public void SiteName_QuoteAndComma_Kept() => Assert.Equal("O'Hare, Bldg 2", Bound(SampleTool.SiteNameParam, "O'Hare, Bldg 2"));

    [Fact]
    public void SiteName_257Characters_Rejected() => Assert.Equal("site_name", Rejected(SampleTool.SiteNameParam, new string('n', 257)).Argument);

    [Fact]
    public void WlanName_33Characters_Rejected() => Assert.Equal("wlan_name", Rejected(SampleTool.WlanParam, new string('w', 33)).Argument);

    [Theory]
    [InlineData("corp/guest")]
    [InlineData("corp\\guest")]
    public void PathSegmentName_Separator_Rejected(string input) => Assert.Equal("wlan_name", Rejected(SampleTool.WlanParam, input).Argument);

    [Theory]
    [InlineData(".")]
    [InlineData("..")]
    [InlineData(" ... ")]
    public void PathSegmentName_OnlyDots_Rejected(string input) => Assert.Equal("wlan_name", Rejected(SampleTool.WlanParam, input).Argument);

    [Theory]
    [InlineData("a..b")]
    [InlineData(".hidden")]
    [InlineData("..%2F")]
    public void PathSegmentName_DotsWithOtherText_Bound(string input) => Assert.Equal(input, Bound(SampleTool.WlanParam, input));

    [Fact]
    public void Name_NotPathSegment_AllowsSlash() => Assert.Equal("a/b", Bound(SampleTool.ClusterParam, "a/b"));

    [Theory]
    [InlineData("AA:BB:CC:DD:EE:FF")]
    [InlineData("aa-bb-cc-dd-ee-ff")]
    [InlineData("aabb.ccdd.eeff")]
    [InlineData("AABBCCDDEEFF")]
    public void Mac_AnyNotation_NormalizedToColonLowerCase(string input) => Assert.Equal("aa:bb:cc:dd:ee:ff", Bound(SampleTool.MacParam, input));

    [Theory]
    [InlineData("aa:bb-cc:dd:ee:ff")]
    [InlineData("aabb:ccdd:eeff")]
    [InlineData("aa:bb:cc:dd:ee:fg")]
    [InlineData("aa:bb:cc:dd:ee")]
    [InlineData("aabbccddeeff00")]
    public void Mac_Invalid_Rejected(string input) => Assert.Equal("mac", Rejected(SampleTool.MacParam, input).Argument);

    [Theory]
    [InlineData("192.0.2.10")]
    [InlineData("2001:db8::1")]
    [InlineData("dns.google")]
    [InlineData("a-b.example.com")]
    public void Host_Valid_KeptAsGiven(string input) => Assert.Equal(input, Bound(SampleTool.HostParam, input));

    [Theory]
    [InlineData("256.1.1.1")]
    [InlineData("1.2.3")]
    [InlineData("-a.example.com")]
    [InlineData("a-.example.com")]
    [InlineData("a..b")]
    [InlineData("http://x")]
    [InlineData("[2001:db8::1]")]
    [InlineData("fe80::1%eth0")]
    public void Host_Invalid_Rejected(string input) => Assert.Equal("target", Rejected(SampleTool.HostParam, input).Argument);

    [Fact]
    public void Host_Label64Characters_Rejected() => Assert.Equal("target", Rejected(SampleTool.HostParam, new string('a', 64) + ".com").Argument);

    [Fact]
    public void Host_254Characters_Rejected() =>
        Assert.Equal("target", Rejected(SampleTool.HostParam, string.Join('.', Enumerable.Repeat(new string('a', 50), 5)) + ".abc").Argument);

    [Fact]
    public void TaskId_UpperCase_LowerCased() =>
        Assert.Equal("3f2a1c4e-9b7d-4e21-8a0f-5c6d7e8f9a0b", Bound(SampleTool.TaskIdParam, "3F2A1C4E-9B7D-4E21-8A0F-5C6D7E8F9A0B"));

    [Theory]
    [InlineData("3f2a1c4e9b7d4e218a0f5c6d7e8f9a0b")]
    [InlineData("3f2a1c4e-9b7d-4e21-8a0f-5c6d7e8f9a0")]
    [InlineData("../../../etc/passwd")]
    public void TaskId_Invalid_Rejected(string input) => Assert.Equal("task_id", Rejected(SampleTool.TaskIdParam, input).Argument);

    [Theory]
    [InlineData("\"2\"", "2")]
    [InlineData("2", "2")]
    [InlineData("\"0042\"", "42")]
    [InlineData("2147483647", "2147483647")]
    public void Cursor_StringOrInteger_ReturnedAsString(string json, string expected) =>
        Assert.Equal(expected, BindValid($$"""{"next": {{json}}}""").GetString(SampleTool.NextParam));

    [Theory]
    [InlineData("0")]
    [InlineData("2147483648")]
    [InlineData("\"abc\"")]
    [InlineData("1.5")]
    public void Cursor_Invalid_Rejected(string json) =>
        Assert.Equal("must be a whole number from 1 to 2147483647", BindInvalid($$"""{"next": {{json}}}""").Rule);

    [Theory]
    [InlineData("0", 0)]
    [InlineData("10000000", 10_000_000)]
    public void Offset_Bounds_Accepted(string json, long expected) =>
        Assert.Equal(expected, BindValid($$"""{"offset": {{json}}}""").GetInteger(SampleTool.OffsetParam));

    [Theory]
    [InlineData("-1")]
    [InlineData("10000001")]
    public void Offset_OutOfRange_Rejected(string json) =>
        Assert.Equal("must be a whole number from 0 to 10000000", BindInvalid($$"""{"offset": {{json}}}""").Rule);

    [Theory]
    [InlineData("1", 1)]
    [InlineData("4094", 4094)]
    public void Integer_RangeBounds_Accepted(string json, long expected) =>
        Assert.Equal(expected, BindValid($$"""{"vlan_id": {{json}}}""").GetInteger(SampleTool.VlanParam));

    [Theory]
    [InlineData("0")]
    [InlineData("4095")]
    public void Integer_OutsideRange_Rejected(string json) =>
        Assert.Equal("vlan_id", BindInvalid($$"""{"vlan_id": {{json}}}""").Argument);

    [Fact]
    public void Text_MaxLength_Rejected() => Assert.Equal("search", Rejected(SampleTool.SearchParam, new string('s', 257)).Argument);
}
