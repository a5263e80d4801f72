using System.Text.Json.Nodes;

namespace ArubaNoc.Simulator.Tenant;

internal sealed partial class WireBuilder
{
    private void BuildAccessPointDetail(DeviceRecord ap)
    {
        ap.ClientCount = _data.Clients.Count(c => c.ConnectedDevice == ap && c.Status == "Connected");
        ap.WirelessBytes = ap.Online ? (long)Between(2e8, 6e10) : 0;
        BuildRadios(ap);

        var wlans = new JsonArray();
        foreach (var wlan in _data.Wlans.Where(w => w.Enabled))
        {
            wlans.Append(new JsonObject
            {
                ["id"] = wlan.Name,
                ["type"] = "network-monitoring/wlan",
                ["wlanName"] = wlan.Name,
                ["securityLevel"] = wlan.SecurityLevel,
                ["security"] = wlan.Security,
                ["status"] = "ENABLED",
                ["vlan"] = wlan.Vlan,
                ["band"] = wlan.Band,
            });
        }

        var radios = new JsonArray();
        foreach (var radio in ap.Radios)
        {
            // The schema types radio power as a string, but Central's examples send a number, so
            // every fifth AP sends the number form.
            var power = radio["power"]!.GetValue<string>();
            var watts = 0;
            var powerAsNumber = ap.Index % 5 == 0 && int.TryParse(power, out watts);
            if (powerAsNumber)
            {
                radio["power"] = watts;
            }

            radios.Append(new JsonObject
            {
                ["radioNumber"] = radio["radioNumber"]!.GetValue<int>(),
                ["macAddress"] = radio["macAddress"]!.GetValue<string>(),
                ["band"] = radio["band"]!.GetValue<string>(),
                ["channel"] = radio["channel"]!.GetValue<string>(),
                ["bandwidth"] = radio["bandwidth"]!.GetValue<string>(),
                ["power"] = powerAsNumber ? watts : power,
                ["status"] = radio["status"]!.GetValue<string>(),
                ["mode"] = "Access",
                ["antenna"] = "Internal",
                ["spatialStream"] = "4x4",
                ["radioStats"] = new JsonObject
                {
                    ["channelUtilization"] = double.Parse(radio["channelUtilization"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture),
                    ["noiseFloor"] = int.Parse(radio["noiseFloor"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture),
                },
            });
        }

        ap.Detail = new JsonObject
        {
            ["id"] = ap.Serial,
            ["type"] = "network-monitoring/access-point",
            ["serialNumber"] = ap.Serial,
            ["deviceName"] = ap.Name,
            ["model"] = ap.Model,
            ["status"] = ap.Online ? "ONLINE" : "OFFLINE",
            ["firmwareVersion"] = ap.Firmware,
            ["uptimeInMillis"] = ap.DeviceItem!["uptimeInMillis"]?.DeepClone(),
            ["siteId"] = ap.Site.Id,
            ["siteName"] = ap.Site.Name,
            ["ipv4"] = ap.Online ? ap.Ipv4 : null,
            ["ipv6"] = null,
            ["macAddress"] = ap.Mac,
            ["deployment"] = "Standalone",
            ["role"] = ap.Index % 7 == 2 ? "-" : "AP",
            ["mode"] = "Access Point",
            ["lastRebootReason"] = ap.Index % 6 == 1 ? "Power cycle" : "-",
            ["negotiatedPower"] = ap.Index % 4 == 0 ? "802.3bt" : "802.3at",
            ["currentUplinkInUse"] = "eth0",
            ["countryCode"] = "US",
            ["lastSeenAt"] = ap.DeviceItem["lastSeenAt"]?.DeepClone(),
            ["apStats"] = ap.Online
                ? new JsonObject
                {
                    ["clientCount"] = ap.ClientCount,
                    ["cpuUtilization"] = Math.Round(Between(3, 85), 1),
                    ["memoryUtilization"] = Math.Round(Between(20, 75), 1),
                }
                : null,
            ["modem"] = new JsonObject(),
            ["ports"] = new JsonArray(
                new JsonObject
                {
                    ["name"] = "eth0",
                    ["macAddress"] = ap.Mac,
                    ["portIndex"] = "0",
                    ["portStatus"] = ap.Online ? "UP" : "DOWN",
                    ["isUplink"] = true,
                    ["speed"] = "2500",
                    ["duplex"] = "full",
                    ["connector"] = "RJ45",
                }
            ),
            ["radios"] = radios,
            ["wlans"] = wlans,
        };
    }

    private void BuildRadios(DeviceRecord ap)
    {
        string[] bands = ["2.4 GHz", "5 GHz", "6 GHz"];
        var radioCount = ap.Model is "AP-635" or "AP-655" ? 3 : 2;
        for (var number = 0; number < radioCount; number++)
        {
            var band = bands[number];
            var up = ap.Online && !(number == 2 && ap.Index % 10 == 3);
            var channel = number switch
            {
                0 => Text(_random.Next(3) * 5 + 1),
                1 => Text(36 + (_random.Next(8) * 4)) + (_random.Next(2) == 0 ? "+" : "E"),
                _ => Text(5 + (_random.Next(10) * 16)),
            };

            // Central sends the radio list's numeric values as strings (power turns into a number on
            // every fifth AP, see BuildAccessPointDetail) and adds an undocumented "health" field.
            var radio = new JsonObject
            {
                ["id"] = ap.Serial + "-" + Text(number),
                ["type"] = "network-monitoring/radio",
                ["radioNumber"] = number,
                ["macAddress"] = ap.Mac[..^1] + Text(number),
                ["siteId"] = ap.Site.Id,
                ["band"] = band,
                ["bandRange"] = band,
                ["channel"] = up ? channel : "-",
                ["bandwidth"] = number == 0 ? "20 MHz" : number == 1 ? "80 MHz" : "160 MHz",
                ["power"] = up ? Text(_random.Next(9, 24)) : "0",
                ["status"] = up ? "UP" : ap.Online ? "DISABLED" : "DOWN",
                ["clientCount"] = up ? _random.Next(0, 40) : 0,
                ["channelUtilization"] = up ? Text(Between(4, 92), "0") : "0",
                ["noiseFloor"] = Text(-_random.Next(85, 97)),
                ["channelQuality"] = up ? Text(_random.Next(40, 99)) : "",
                ["nonWifiInterference"] = Text(_random.Next(0, 12)),
                ["retries"] = Text(_random.Next(0, 30)),
                ["drops"] = Text(_random.Next(0, 6)),
                ["txUtilization"] = Text(_random.Next(0, 40)),
                ["rxUtilization"] = Text(_random.Next(0, 40)),
                ["channelChangeCount"] = _random.Next(0, 9),
                ["powerChangeCount"] = _random.Next(0, 5),
                ["mode"] = "Access",
                ["health"] = up ? "Good" : "Poor",
            };
            ap.Radios.Add(radio);
        }
    }

    private void BuildWlan(WlanRecord wlan)
    {
        wlan.Wire = new JsonObject
        {
            ["id"] = wlan.Name,
            ["type"] = "network-monitoring/wlan",
            ["wlanName"] = wlan.Name,
            ["securityLevel"] = wlan.SecurityLevel,
            ["security"] = wlan.Security,
            ["status"] = wlan.Enabled ? "ENABLED" : "DISABLED",
            ["vlan"] = wlan.Vlan,
            ["band"] = wlan.Band,
            ["clientCount"] = _data.Clients.Count(c => c.Wlan == wlan && c.Status == "Connected"),
        };
    }
}
