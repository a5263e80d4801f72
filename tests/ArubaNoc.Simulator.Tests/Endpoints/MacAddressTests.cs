using ArubaNoc.Simulator.Endpoints;

namespace ArubaNoc.Simulator.Tests.Endpoints;

/// <summary>
/// The client-detail route's MAC check accepts what the regex <c>^[0-9A-Fa-f]{2}([:-][0-9A-Fa-f]{2}){5}$</c>
/// accepted before it was written by hand, and nothing more.
/// </summary>
public sealed class MacAddressTests
{
    [Theory]
    [InlineData("00:1a:2B:3c:4D:5e")]
    [InlineData("00-1A-2B-3C-4D-5E")]
    [InlineData("00:1A-2B:3C-4D:5E")]
    [InlineData("ff:ff:ff:ff:ff:ff\n")]
    public void IsMacAddress_AcceptsRegexMatches(string text)
    {
        Assert.True(ClientEndpoints.IsMacAddress(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("00:1a:2b:3c:4d")]
    [InlineData("00:1a:2b:3c:4d:5e:6f")]
    [InlineData("00:1a:2b:3c:4d:5g")]
    [InlineData("001a:2b:3c:4d:5e:")]
    [InlineData("00.1a.2b.3c.4d.5e")]
    [InlineData("00:1a:2b:3c:4d:5e\r")]
    [InlineData("00:1a:2b:3c:4d:5e\n\n")]
    [InlineData(" 00:1a:2b:3c:4d:5e")]
    [InlineData("00:1a:2b:3c:4d:5e ")]
    [InlineData("٠٠:1a:2b:3c:4d:5e")]
    public void IsMacAddress_RejectsNonMatches(string text)
    {
        Assert.False(ClientEndpoints.IsMacAddress(text));
    }
}
