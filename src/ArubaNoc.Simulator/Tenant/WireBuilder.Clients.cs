using System.Globalization;
using System.Text.Json.Nodes;

namespace ArubaNoc.Simulator.Tenant;

internal sealed partial class WireBuilder
{
    private void BuildClient(ClientRecord client)
    {
        var index = client.Index;
        var connected = client.Status == "Connected";
        var device = client.ConnectedDevice;
        var connectedAt = _now.AddMinutes(-_random.Next(1, 60 * 24 * 3));
        var lastSeen = connected ? _now.AddSeconds(-_random.Next(1, 300)) : _now.AddMinutes(-_random.Next(5, 600));
        var channel = 36 + (_random.Next(8) * 4);

        // Central's examples carry siteId as a number and lastSeenAt as 0; every seventh client
        // sends the number form and every fiftieth the 0.
        JsonNode siteId = index % 7 == 3 && long.TryParse(client.Site.Id, NumberStyles.None, CultureInfo.InvariantCulture, out var numericSite)
            ? numericSite
            : client.Site.Id;
        JsonNode? lastSeenAt = index % 50 == 17 ? 0 : Rfc3339(lastSeen);

        var wire = new JsonObject
        {
            ["id"] = client.Mac,
            ["type"] = "network-monitoring/client",
            ["macAddress"] = client.Mac,
            ["clientName"] = client.Name,
            ["hostName"] = index % 5 == 0 ? "" : client.Name?.ToLowerInvariant(),
            ["userName"] = client.Wireless && index % 3 == 0 ? "user" + Text(index) + "@corp.example" : "-",
            ["clientConnectionType"] = client.Wireless ? "Wireless" : "Wired",
            ["status"] = client.Status,
            ["ipv4"] = connected ? "10.64." + Text(index / 250 % 250) + "." + Text(index % 250 + 2) : "",
            ["ipv6"] = index % 4 == 0 ? "fe80::" + Text(index % 9000 + 1000) : null,
            ["connectedDeviceSerial"] = device?.Serial,
            ["connectedDeviceType"] = device is null ? null : SimulatedTenant.DeviceTypeName(device.Kind),
            ["connectedTo"] = device?.Name ?? "-",
            ["port"] = client.Wireless ? null : device is null ? "-" : "1/1/" + Text(index % 48 + 1),
            ["wlanName"] = client.Wlan?.Name,
            ["vlanId"] = client.Wlan?.Vlan ?? "100",
            ["role"] = client.Wireless ? (client.Wlan?.Name == "Guest" ? "guest" : "employee") : "wired-default",
            ["wirelessBand"] = client.Wireless ? (index % 3 == 0 ? "2.4 GHz" : "5 GHz") : null,
            ["wirelessChannel"] = client.Wireless ? (index % 9 == 4 ? channel : (JsonNode)Text(channel)) : null,
            ["wirelessSecurity"] = client.Wlan?.Security,
            ["snr"] = client.Wireless && connected ? _random.Next(8, 55) : null,
            ["siteId"] = siteId,
            ["siteName"] = client.Site.Name,
            ["connectedAt"] = connected ? Rfc3339(connectedAt) : null,
            ["lastSeenAt"] = lastSeenAt,
            ["authenticationType"] = client.Wireless ? (client.Wlan?.SecurityLevel == "Enterprise" ? "802.1X" : "PSK") : "MAC",
            ["keyManagement"] = client.Wireless ? "WPA3-SAE" : "",
            ["phyType"] = client.Wireless ? "802.11ax" : "",
            ["clientCategory"] = client.Wireless ? "Mobile" : "Computer",
            ["clientManufacturer"] = client.Wireless ? "Apple, Inc." : "Dell Inc.",
            ["clientOperatingSystem"] = index % 6 == 0 ? "-" : "iOS",
            ["tunnelType"] = "",
            ["tunnelId"] = null,
        };
        client.Wire = wire;
    }
}
