using ArubaNoc.Simulator.Routing;

namespace ArubaNoc.Simulator.Endpoints;

/// <summary>Registers every served path: the monitoring, services, notifications and troubleshooting operations the tools call.</summary>
internal static class EndpointRegistry
{
    public const string Monitoring = "/network-monitoring/v1";
    public const string Troubleshooting = "/network-troubleshooting/v1";

    public static RouteTable Build()
    {
        var table = new RouteTable();
        DeviceEndpoints.Register(table);
        AccessPointEndpoints.Register(table);
        SwitchEndpoints.Register(table);
        GatewayEndpoints.Register(table);
        SiteEndpoints.Register(table);
        ClientEndpoints.Register(table);
        WlanEndpoints.Register(table);
        AlertEndpoints.Register(table);
        EventEndpoints.Register(table);
        ThreatEndpoints.Register(table);
        TestEndpoints.Register(table);
        return table;
    }
}
