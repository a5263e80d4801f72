namespace ArubaNoc.Simulator.Tenant;

/// <summary>All records of one tenant plus lookup tables; read-only once built.</summary>
internal sealed class TenantData
{
    public List<SiteRecord> Sites { get; } = [];

    public List<DeviceRecord> Devices { get; } = [];

    public List<ClusterRecord> Clusters { get; } = [];

    public List<StackRecord> Stacks { get; } = [];

    public List<WlanRecord> Wlans { get; } = [];

    public List<ClientRecord> Clients { get; } = [];

    public List<AlertRecord> Alerts { get; } = [];

    public List<EventRecord> Events { get; } = [];

    public List<ThreatRecord> Threats { get; } = [];

    public List<(SiteRecord Site, int Count)> AlertPlan { get; } = [];

    public List<(SiteRecord Site, int Count)> EventPlan { get; } = [];

    public int ThreatCount { get; set; }

    public Dictionary<string, SiteRecord> SitesById { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, DeviceRecord> DevicesBySerial { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, ClusterRecord> ClustersByName { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, StackRecord> StacksById { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, ClientRecord> ClientsByMac { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, WlanRecord> WlansByName { get; } = new(StringComparer.Ordinal);

    public IEnumerable<DeviceRecord> Monitored(DeviceKind kind) =>
        Devices.Where(d => d.Kind == kind && d.Monitored);
}
