using ArubaNoc.Central.Http;
using ArubaNoc.Central.Wire;

namespace ArubaNoc.Tools.Tests.TestSupport;

public sealed class SimulatedCentralTests
{
    [Fact]
    public async Task Client_ReadsDevicesFromSimulator()
    {
        using var central = SimulatedCentral.Create();

        var response = await central.Client.SendAsync(
            CentralRequest.Get("/network-monitoring/v1/devices").WithQuery("limit", 5),
            CentralJsonContext.Default.CentralListJsonElement,
            TestContext.Current.CancellationToken);

        Assert.True(response.IsSuccess, response.Error?.ToString());
        Assert.Equal(5, response.Value!.Items!.Count);
        Assert.Equal(["limit"], central.ApiRequests().Single().QueryKeys());
    }
}
