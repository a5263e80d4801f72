using ArubaNoc.Central.Http;
using ArubaNoc.Central.Tests.Fakes;
using ArubaNoc.Central.Wire;

namespace ArubaNoc.Central.Tests.Http;

public sealed class CentralRequestTests
{
    private const string ApPath = "/network-monitoring/v1/aps/{serial-number}";

    [Theory]
    [InlineData("SN1", "SN1")]
    [InlineData("a/b", "a%2Fb")]
    [InlineData("%2F", "%252F")]
    [InlineData("..", "%2E%2E")]
    [InlineData(".", "%2E")]
    [InlineData("a b", "a%20b")]
    [InlineData("O'Hare", "O%27Hare")]
    [InlineData("Zürich", "Z%C3%BCrich")]
    [InlineData("東京 本社", "%E6%9D%B1%E4%BA%AC%20%E6%9C%AC%E7%A4%BE")]
    [InlineData("🚀", "%F0%9F%9A%80")]
    [InlineData("x?y#z", "x%3Fy%23z")]
    [InlineData("aa:bb:cc:dd:ee:ff", "aa:bb:cc:dd:ee:ff")]
    [InlineData("a.b-c_d~e", "a.b-c_d~e")]
    [InlineData("..\\..", "..%5C..")]
    public void WithPath_EncodesValueAsOneSegment(string value, string expectedSegment)
    {
        var request = CentralRequest.Get(ApPath).WithPath("serial-number", value);

        Assert.Equal("/network-monitoring/v1/aps/" + expectedSegment, request.BuildPathAndQuery());
    }

    [Theory]
    [InlineData("..")]
    [InlineData("../../admin")]
    [InlineData("a/../b")]
    [InlineData("%2E%2E")]
    [InlineData("x?limit=1")]
    [InlineData("x#frag")]
    [InlineData(" ")]
    public async Task Send_HostileSegment_CannotChangePath(string value)
    {
        var time = new ObservableTimeProvider(TestSetup.Start);
        using var central = new FakeCentral(time);
        using var client = TestSetup.CreateClient(time, central);

        await client.SendAsync(CentralRequest.Get(ApPath).WithPath("serial-number", value), CentralJsonContext.Default.JsonElement, CancellationToken.None);

        Assert.True(central.ApiRequests.TryPeek(out var sent));
        var segments = sent.PathAndQuery.Split('/');
        Assert.Equal(5, segments.Length);
        Assert.Equal(["", "network-monitoring", "v1", "aps"], segments[..4]);
        Assert.DoesNotContain('?', sent.PathAndQuery);
        Assert.Equal(value, Uri.UnescapeDataString(segments[4]));
    }

    [Fact]
    public void WithPath_UnknownParameter_Throws()
    {
        Assert.Throws<ArgumentException>(() => CentralRequest.Get(ApPath).WithPath("serial", "SN1"));
    }

    [Fact]
    public void BuildPathAndQuery_MissingParameter_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => CentralRequest.Get(ApPath).BuildPathAndQuery());
    }

    [Theory]
    [InlineData("topN")]
    [InlineData("site_id")]
    [InlineData("Limit")]
    [InlineData("site--id")]
    [InlineData("-limit")]
    public void WithQuery_NotKebabCase_Throws(string name)
    {
        Assert.Throws<ArgumentException>(() => CentralRequest.Get("/network-monitoring/v1/devices").WithQuery(name, "1"));
    }

    [Fact]
    public void WithQuery_BlankValue_Omitted()
    {
        var request = CentralRequest.Get("/network-monitoring/v1/devices").WithQuery("filter", "").WithQuery("sort", "  ").WithQuery("limit", (long?)null);

        Assert.Empty(request.Query);
        Assert.Equal("/network-monitoring/v1/devices", request.BuildPathAndQuery());
    }

    [Fact]
    public void Kinds_GetIsReadAndPingIsDeviceAction()
    {
        Assert.Equal(CentralRequestKind.Read, CentralRequest.Get(ApPath).Kind);
        Assert.Equal(CentralRequestKind.DeviceAction, CentralRequest.PostDeviceAction("/network-troubleshooting/v1/aps/{serial-number}/ping").Kind);
    }
}
