namespace ArubaNoc.Simulator.Tenant;

/// <summary>Content of the demo tenant: names chosen to exercise escaping, Unicode and empty values.</summary>
internal static class DefaultTenantContent
{
    public const string HqSiteId = "2778382";
    public const string OhareSiteId = "2778391";
    public const string ZurichSiteId = "2778405";
    public const string TokyoSiteId = "2778417";
    public const string LyonSiteId = "2778420";
    public const string NewSiteId = "2778433";

    public static TenantBuilder Fill(TenantBuilder builder)
    {
        builder
            .AddSite(HqSiteId, "HQ Campus", "Santa Clara", "United States")
            .AddSite(OhareSiteId, "O'Hare, Bldg 2", "Chicago", "United States")
            .AddSite(ZurichSiteId, "Zürich–Süd 🚀", "Zürich", "Switzerland")
            .AddSite(TokyoSiteId, "東京 本社", "東京", "Japan")
            .AddSite(LyonSiteId, "Lyon Part-Dieu / Annexe", "Lyon", "France")
            .AddSite(NewSiteId, null);

        builder
            .AddWlan("Corp-WiFi", "Enterprise", "WPA3 Enterprise", "2.4 GHz, 5 GHz, 6 GHz", "100")
            .AddWlan("Guest", "Captive Portal", "Open", "2.4 GHz, 5 GHz", "200")
            .AddWlan("IoT devices", "Personal", "WPA2 Personal", "2.4 GHz", "300")
            .AddWlan("Café–Gäste", "Open", "Open", "5 GHz", "201")
            .AddWlan("Legacy Scanners", "Personal", "WPA2 Personal", "2.4 GHz", "310", enabled: false);

        builder
            .AddAccessPoints(HqSiteId, 120, offlineCount: 4)
            .AddSwitches(HqSiteId, 12, offlineCount: 1)
            .AddSwitchStack(HqSiteId, "01000c97-5f80e1c0", 4)
            .AddGatewayCluster(HqSiteId, "HQ Cluster", 3)
            .AddAccessPoints(OhareSiteId, 60, offlineCount: 2)
            .AddSwitches(OhareSiteId, 6)
            .AddGatewayCluster(OhareSiteId, "ord-cluster-2", 2, offlineCount: 1, listedInDevices: false)
            .AddAccessPoints(ZurichSiteId, 50, offlineCount: 1, firstName: "Zürich–Süd 🚀")
            .AddSwitches(ZurichSiteId, 4)
            .AddSwitchStack(ZurichSiteId, "1f00d067-267edc80", 2)
            .AddAccessPoints(TokyoSiteId, 40, firstName: "東京 本社 AP-1")
            .AddSwitches(TokyoSiteId, 3)
            .AddAccessPoints(LyonSiteId, 20, offlineCount: 1)
            .AddSwitches(LyonSiteId, 2)
            .AddUnassignedInventory(5);

        AddClientMix(builder, HqSiteId, connected: 1150, wired: 250, problems: 40);
        AddClientMix(builder, OhareSiteId, connected: 560, wired: 120, problems: 20);
        AddClientMix(builder, ZurichSiteId, connected: 420, wired: 60, problems: 12);
        AddClientMix(builder, TokyoSiteId, connected: 330, wired: 50, problems: 10);
        AddClientMix(builder, LyonSiteId, connected: 140, wired: 20, problems: 5);

        foreach (var siteId in new[] { HqSiteId, OhareSiteId, ZurichSiteId, TokyoSiteId, LyonSiteId })
        {
            builder.AddAlerts(siteId, siteId == HqSiteId ? 24 : 8).AddEvents(siteId, siteId == HqSiteId ? 240 : 90);
        }

        return builder.AddThreats(180);
    }

    private static void AddClientMix(TenantBuilder builder, string siteId, int connected, int wired, int problems)
    {
        builder
            .AddClients(siteId, connected, "Connected", "Wireless")
            .AddClients(siteId, wired, "Connected", "Wired")
            .AddClients(siteId, problems, "Failed", "Wireless")
            .AddClients(siteId, problems / 2, "Connecting", "Wireless")
            .AddClients(siteId, problems, "Disconnected", "Wireless")
            .AddClients(siteId, problems / 4, "Disconnected", "Wired")
            .AddClients(siteId, Math.Max(1, problems / 5), "Blocked", "Wireless");
    }
}
