using ArubaNoc.Central.Http;

namespace ArubaNoc.Central.Tests.Http;

public sealed class LogSanitizerTests
{
    [Fact]
    public void Sanitize_AbsoluteUrl_DropsSchemeAndHost()
    {
        var sanitized = LogSanitizer.Sanitize("https://de2.api.central.arubanetworks.com/network-monitoring/v1/devices");

        Assert.Equal("/network-monitoring/v1/devices", sanitized);
    }

    [Fact]
    public void Sanitize_Query_RedactsValuesNotOnAllowList()
    {
        var sanitized = LogSanitizer.Sanitize("/network-monitoring/v1/clients?filter=clientName%20eq%20%27bob%27&limit=100&site-id=123&next=2");

        Assert.Equal("/network-monitoring/v1/clients?filter=REDACTED&limit=100&site-id=REDACTED&next=2", sanitized);
    }

    [Fact]
    public void Sanitize_Fragment_Dropped()
    {
        Assert.Equal("/a/b", LogSanitizer.Sanitize("/a/b#access_token=abc"));
    }
}
