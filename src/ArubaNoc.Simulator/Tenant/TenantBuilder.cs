using System.Globalization;

namespace ArubaNoc.Simulator.Tenant;

/// <summary>
/// Builds a <see cref="SimulatedTenant"/> step by step. Every random choice comes from one
/// <see cref="Random"/> seeded with the builder's seed, and all timestamps are relative to its
/// reference time, so the same calls with the same seed and time build byte-identical data.
/// Not thread-safe.
/// </summary>
public sealed class TenantBuilder
{
    private readonly TenantData _data = new();
    private readonly Random _random;
    private int _serialCounter;
    private int _macCounter;
    private bool _built;

    internal TenantBuilder(int seed, DateTimeOffset referenceTime)
    {
        Seed = seed;
        ReferenceTime = referenceTime;
        _random = new Random(seed);
    }

    /// <summary>Seed of every random choice.</summary>
    public int Seed { get; }

    /// <summary>Time that generated timestamps (last seen, alerts, events, threats) are relative to.</summary>
    public DateTimeOffset ReferenceTime { get; }

    /// <summary>Adds a site. <paramref name="name"/> null models a site created moments ago.</summary>
    public TenantBuilder AddSite(string id, string? name, string? city = null, string? country = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        if (_data.SitesById.ContainsKey(id))
        {
            throw new ArgumentException($"Site id '{id}' already exists.", nameof(id));
        }

        var site = new SiteRecord { Id = id, Name = name, City = city, Country = country };
        _data.Sites.Add(site);
        _data.SitesById.Add(id, site);
        return this;
    }

    /// <summary>Adds <paramref name="count"/> access points to a site; the last <paramref name="offlineCount"/> are offline.</summary>
    public TenantBuilder AddAccessPoints(string siteId, int count, int offlineCount = 0, string? firstName = null)
    {
        var site = RequireSite(siteId);
        string[] models = ["AP-515", "AP-635", "AP-505", "AP-655"];
        for (var i = 0; i < count; i++)
        {
            var index = _data.Devices.Count(d => d.Kind == DeviceKind.AccessPoint);
            var name = i == 0 && firstName is not null ? firstName : $"AP-{SiteTag(site)}-{index + 1:D3}";
            AddDevice(DeviceKind.AccessPoint, "CN", site, name, models[_random.Next(models.Length)],
                PickFirmware(["10.6.0.3_90581", "10.7.1.0_91234", "10.5.1.2_88876"]), online: i < count - offlineCount);
        }

        return this;
    }

    /// <summary>Adds standalone switches to a site; the last <paramref name="offlineCount"/> are offline.</summary>
    public TenantBuilder AddSwitches(string siteId, int count, int offlineCount = 0)
    {
        var site = RequireSite(siteId);
        for (var i = 0; i < count; i++)
        {
            var index = _data.Devices.Count(d => d.Kind == DeviceKind.Switch);
            AddDevice(DeviceKind.Switch, "SG", site, $"SW-{SiteTag(site)}-{index + 1:D2}", _random.Next(2) == 0 ? "6300M 48G" : "6200F 24G",
                PickFirmware(["10.13.1010", "10.12.1050"]), online: i < count - offlineCount);
        }

        return this;
    }

    /// <summary>Adds a switch stack; its first member is the conductor, the second the standby.</summary>
    public TenantBuilder AddSwitchStack(string siteId, string stackId, int memberCount)
    {
        var site = RequireSite(siteId);
        ArgumentOutOfRangeException.ThrowIfLessThan(memberCount, 2);
        var stack = new StackRecord { Id = stackId, Site = site };
        for (var i = 0; i < memberCount; i++)
        {
            var device = AddDevice(DeviceKind.Switch, "SG", site, $"STK-{SiteTag(site)}-{i + 1}", "6300M 48G", "10.13.1010",
                online: true, stackId: stackId, stackMemberId: i + 1);
            stack.Members.Add(device);
        }

        _data.Stacks.Add(stack);
        _data.StacksById.Add(stackId, stack);
        return this;
    }

    /// <summary>
    /// Adds a gateway cluster with members (first Leader, rest Member) and tunnels between them.
    /// <paramref name="listedInDevices"/> false leaves the members out of <c>/devices</c>, as Central
    /// does for some gateways.
    /// </summary>
    public TenantBuilder AddGatewayCluster(string siteId, string clusterName, int memberCount, int offlineCount = 0, bool listedInDevices = true)
    {
        var site = RequireSite(siteId);
        var cluster = new ClusterRecord { Name = clusterName, Site = site };
        for (var i = 0; i < memberCount; i++)
        {
            var device = AddDevice(DeviceKind.Gateway, "CG", site, $"GW-{SiteTag(site)}-{i + 1}", i % 2 == 0 ? "9240" : "7210",
                PickFirmware(["10.6.0.2_90468", "10.5.1.1_88701"]), online: i < memberCount - offlineCount,
                clusterName: clusterName, clusterRole: i == 0 ? "Leader" : "Member", listedInDevices: listedInDevices);
            cluster.Members.Add(device);
        }

        _data.Clusters.Add(cluster);
        _data.ClustersByName.Add(clusterName, cluster);
        return this;
    }

    /// <summary>Adds access points that exist only in the inventory: not onboarded and not assigned to a site.</summary>
    public TenantBuilder AddUnassignedInventory(int count)
    {
        for (var i = 0; i < count; i++)
        {
            AddDevice(DeviceKind.AccessPoint, "CN", SiteRecord.Unassigned, $"NEW-AP-{i + 1}", "AP-635", "-", online: false, monitored: false);
        }

        return this;
    }

    /// <summary>Adds alerts raised at a site (mixed severity, status and category).</summary>
    public TenantBuilder AddAlerts(string siteId, int count)
    {
        _data.AlertPlan.Add((RequireSite(siteId), count));
        return this;
    }

    /// <summary>Adds events at a site, spread over the day before the reference time.</summary>
    public TenantBuilder AddEvents(string siteId, int count)
    {
        _data.EventPlan.Add((RequireSite(siteId), count));
        return this;
    }

    /// <summary>Adds IDPS threat events spread over the week before the reference time.</summary>
    public TenantBuilder AddThreats(int count)
    {
        _data.ThreatCount += count;
        return this;
    }

    /// <summary>Adds a WLAN that every access point broadcasts.</summary>
    public TenantBuilder AddWlan(string name, string securityLevel, string security, string band, string vlan, bool enabled = true)
    {
        if (name.Length is 0 or > 32)
        {
            throw new ArgumentException("WLAN names have 1-32 characters.", nameof(name));
        }

        var wlan = new WlanRecord
        {
            Name = name, SecurityLevel = securityLevel, Security = security, Band = band, Vlan = vlan, Enabled = enabled,
        };
        _data.Wlans.Add(wlan);
        _data.WlansByName.Add(name, wlan);
        return this;
    }

    /// <summary>
    /// Adds clients to a site with one status (<c>Connected</c>, <c>Failed</c>, <c>Connecting</c>,
    /// <c>Disconnected</c>, <c>Blocked</c>) and connection type (<c>Wireless</c> or <c>Wired</c>).
    /// Wireless clients attach to the site's access points and WLANs, wired ones to its switches.
    /// </summary>
    public TenantBuilder AddClients(string siteId, int count, string status = "Connected", string connectionType = "Wireless")
    {
        var site = RequireSite(siteId);
        var wireless = string.Equals(connectionType, "Wireless", StringComparison.Ordinal);
        var devices = _data.Devices
            .Where(d => d.Site == site && d.Monitored && d.Kind == (wireless ? DeviceKind.AccessPoint : DeviceKind.Switch))
            .ToList();
        for (var i = 0; i < count; i++)
        {
            var index = _data.Clients.Count;
            var device = devices.Count == 0 ? null : devices[_random.Next(devices.Count)];
            var client = new ClientRecord
            {
                Mac = NextMac(0x3c, 0x22),
                Name = index % 41 == 5 ? null : ClientName(index, wireless),
                Status = status,
                Wireless = wireless,
                Site = site,
                ConnectedDevice = device,
                Wlan = wireless && _data.Wlans.Count > 0 ? _data.Wlans[_random.Next(_data.Wlans.Count)] : null,
                UsageBytes = (long)(_random.NextDouble() * 4e9) + (index % 97 == 0 ? 120L << 30 : 0),
                Index = index,
            };
            _data.Clients.Add(client);
            _data.ClientsByMac.Add(client.Mac, client);
        }

        return this;
    }

    /// <summary>Builds the tenant. A builder builds once.</summary>
    public SimulatedTenant Build()
    {
        if (_built)
        {
            throw new InvalidOperationException("This builder has already built its tenant.");
        }

        _built = true;
        var wire = new WireBuilder(_data, new Random(unchecked(Seed * 31 + 7)), ReferenceTime);
        wire.BuildAll();
        return new SimulatedTenant(_data, Seed, ReferenceTime);
    }

    private SiteRecord RequireSite(string siteId) =>
        _data.SitesById.TryGetValue(siteId, out var site)
            ? site
            : throw new ArgumentException($"Site id '{siteId}' was not added.", nameof(siteId));

    private DeviceRecord AddDevice(
        DeviceKind kind, string prefix, SiteRecord site, string name, string model, string firmware, bool online,
        bool monitored = true, bool listedInDevices = true, string? clusterName = null, string? clusterRole = null, string? stackId = null, int stackMemberId = 0)
    {
        _serialCounter++;
        var letters = string.Concat((char)('A' + _random.Next(26)), (char)('A' + _random.Next(26)));
        var serial = string.Create(CultureInfo.InvariantCulture, $"{prefix}{letters}{_serialCounter:D6}");
        var device = new DeviceRecord
        {
            Kind = kind,
            Serial = serial,
            Name = name,
            Site = site,
            Online = online,
            Model = model,
            Firmware = firmware,
            Mac = NextMac(0x20, 0x4c),
            Ipv4 = string.Create(CultureInfo.InvariantCulture, $"10.{_data.Sites.IndexOf(site) + 2}.{_serialCounter / 250}.{_serialCounter % 250 + 2}"),
            Monitored = monitored,
            ListedInDevices = listedInDevices,
            ClusterName = clusterName,
            ClusterRole = clusterRole,
            StackId = stackId,
            StackMemberId = stackMemberId,
            Index = _data.Devices.Count,
        };
        _data.Devices.Add(device);
        _data.DevicesBySerial.Add(serial, device);
        return device;
    }

    private string PickFirmware(string[] versions) => versions[_random.Next(versions.Length)];

    private string NextMac(byte first, byte second)
    {
        _macCounter++;
        return string.Create(CultureInfo.InvariantCulture,
            $"{first:x2}:{second:x2}:{_random.Next(256):x2}:{(_macCounter >> 16) & 0xff:x2}:{(_macCounter >> 8) & 0xff:x2}:{_macCounter & 0xff:x2}");
    }

    private static string SiteTag(SiteRecord site) => site.Id.Length <= 3 ? site.Id : site.Id[^3..];

    private static string ClientName(int index, bool wireless)
    {
        string[] wirelessNames = ["iPhone", "Galaxy-S24", "MacBook-Pro", "ThinkPad", "iPad", "Surface", "Pixel-8", "Zebra-TC52"];
        string[] wiredNames = ["printer", "desk-phone", "badge-reader", "camera", "workstation"];
        var pool = wireless ? wirelessNames : wiredNames;
        return string.Create(CultureInfo.InvariantCulture, $"{pool[index % pool.Length]}-{index:D4}");
    }
}
