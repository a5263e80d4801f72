using System.Net;
using System.Text;
using ArubaNoc.Central.Configuration;
using ArubaNoc.Central.Http;
using ArubaNoc.Simulator;
using ArubaNoc.Simulator.Tenant;
using ArubaNoc.Tools.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using static ArubaNoc.Tools.Tests.Devices.InventoryToolKit;

namespace ArubaNoc.Tools.Tests.Devices;

/// <summary>
/// A 400 with Central's full error body reaches the model intact. The simulator answers valid requests
/// with 200, so a handler in front of it replaces the devices response with that body.
/// </summary>
public sealed class CentralErrorBodyTests
{
    private const string Body =
        """{"httpStatusCode":400,"errorCode":"HPE_GL_NETWORK_MONITORING_INVALID_INPUT","message":"Invalid value for query parameter filter","debugId":"abc"}""";

    [Fact]
    public async Task GetDeviceList_InvalidInputBody_ShowsCodeMessageAndDebugId()
    {
        var tenant = SimulatedTenant.CreateDefault();
        var time = new FakeTimeProvider(tenant.ReferenceTime);
        using var simulator = new SimulatorHandler(tenant, new SimulatorOptions { TimeProvider = time });
        using var transport = new BadRequestHandler(simulator, "/network-monitoring/v1/devices");
        var options = new CentralOptions
        {
            BaseUrl = SimulatedCentral.BaseUrl,
            TokenUrl = new Uri("https://sso.common.cloud.hpe.com" + SimulatorCredentials.TokenPath),
            ClientId = SimulatorCredentials.ClientId,
            ClientSecret = SimulatorCredentials.ClientSecret,
        };
        using var client = CentralClient.Create(options, time, NullLoggerFactory.Instance, transport);
        var environment = new ToolEnvironment { Central = client, TimeProvider = time, ServerVersion = "0.0.0-test", StartedTimestamp = time.GetTimestamp() };
        var tool = BuiltInTools.CreateCatalog(environment).Tools.Single(candidate => candidate.Definition.Name == "get_device_list");

        var result = await SimulatedCentral.CallAsync(tool, """{"status": "online"}""", TestContext.Current.CancellationToken);

        Assert.True(result.IsError);
        Assert.StartsWith(
            "[ERR] Central returned 400 HPE_GL_NETWORK_MONITORING_INVALID_INPUT: Invalid value for query parameter filter (debugId abc)",
            result.Text,
            StringComparison.Ordinal);
        var error = Structured(result).GetProperty("error");
        Assert.Equal("central", error.GetProperty("kind").GetString());
        Assert.Equal("abc", error.GetProperty("debugId").GetString());
        Assert.Equal(1, transport.Rewritten);
    }

    /// <summary>Passes requests to the simulator but answers <see cref="Body"/> with 400 on one path.</summary>
    private sealed class BadRequestHandler(HttpMessageHandler inner, string path) : DelegatingHandler(inner)
    {
        public int Rewritten { get; private set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (request.RequestUri?.AbsolutePath != path)
            {
                return response;
            }

            response.Dispose();
            Rewritten++;
            return new HttpResponseMessage(HttpStatusCode.BadRequest) { Content = new StringContent(Body, Encoding.UTF8, "application/json") };
        }
    }
}
