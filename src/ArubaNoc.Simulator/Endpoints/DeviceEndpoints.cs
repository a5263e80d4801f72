using ArubaNoc.Simulator.Querying;
using ArubaNoc.Simulator.Routing;
using ArubaNoc.Simulator.Tenant;
using static ArubaNoc.Simulator.Routing.QueryParameter;

namespace ArubaNoc.Simulator.Endpoints;

/// <summary><c>/devices</c>, <c>/device-inventory</c> and the services API's <c>/firmware-details</c>.</summary>
internal static class DeviceEndpoints
{
    private static readonly ListQuery<DeviceRecord> DeviceQuery = new(
        (d, field) => d.DeviceItem![field],
        ["siteId", "siteName", "serialNumber", "deviceName", "deviceType", "status", "model", "firmwareVersion", "deployment", "clusterName"],
        ["siteId", "siteName", "serialNumber", "deviceName", "deployment", "model"]);

    private static readonly ListQuery<DeviceRecord> InventoryQuery = new(
        (d, field) => d.InventoryItem[field],
        ["siteId", "siteName", "serialNumber", "deviceName", "deviceType", "model", "firmwareVersion", "deviceFunction", "isProvisioned", "deviceGroupName"],
        ["siteId", "siteName", "serialNumber", "deviceName", "macAddress", "deviceType", "ipv4", "model", "deviceGroupName", "deviceFunction"]);

    private static readonly ListQuery<DeviceRecord> FirmwareQuery = new(
        (d, field) => d.FirmwareItem![field],
        ["siteId", "siteName", "serialNumber", "deviceName", "deviceType", "upgradeStatus", "firmwareClassification", "firmwareVersion"],
        ["siteId", "serialNumber", "deviceName", "deviceType", "upgradeStatus", "firmwareClassification", "firmwareVersion"]);

    public static void Register(RouteTable table)
    {
        table.Get(EndpointRegistry.Monitoring + "/devices", ApiFamily.Monitoring,
            [Filter(), Sort(), Integer("limit", 0, 1000), Cursor()],
            context => Lists.Cursor(
                context, context.Tenant.Devices.Where(d => d.Monitored && d.ListedInDevices), DeviceQuery, d => d.DeviceItem!, 1000));

        table.Get(EndpointRegistry.Monitoring + "/device-inventory", ApiFamily.Monitoring,
            [Filter(), Sort(), Choice("site-assigned", false, "ASSIGNED", "UNASSIGNED"), Integer("limit", 0, 1000), Cursor()],
            context =>
            {
                var assigned = context.Get("site-assigned");
                var devices = context.Tenant.Devices.Where(d => assigned is null || (assigned == "ASSIGNED") == (d.Site != SiteRecord.Unassigned));
                return Lists.Cursor(context, devices, InventoryQuery, d => d.InventoryItem, 20);
            });

        table.Get("/network-services/v1/firmware-details", ApiFamily.Services,
            [Filter(), Sort(), Integer("limit", 0, 1000), Cursor()],
            context => Lists.Cursor(context, context.Tenant.Devices.Where(d => d.FirmwareItem is not null), FirmwareQuery, d => d.FirmwareItem!, 20));
    }
}
