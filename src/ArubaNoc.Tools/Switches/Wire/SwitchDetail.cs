using System.Text.Json.Serialization;
using ArubaNoc.Central.Wire;
using ArubaNoc.Tools.Devices;

namespace ArubaNoc.Tools.Switches.Wire;

/// <summary>Body of GET <c>/network-monitoring/v1/switches/{serial-number}</c>: a switch or a stack's conductor.</summary>
internal sealed class SwitchDetail
{
    [JsonConverter(typeof(LenientStringConverter))]
    public string? DeviceName { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? SerialNumber { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? Model { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? Status { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? FirmwareVersion { get; set; }

    [JsonConverter(typeof(LenientInt64Converter))]
    public long? UptimeInMillis { get; set; }

    /// <summary>Older name of <see cref="UptimeInMillis"/> (v1alpha1).</summary>
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? Uptime { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? SiteId { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? SiteName { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? Health { get; set; }

    public SwitchHealthReasons? HealthReasons { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? SwitchRole { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? SwitchType { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? Deployment { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? Ipv4 { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? MacAddress { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? LastRestartReason { get; set; }

    /// <summary>One object in the schema, an array with one entry per stack member in Central's example.</summary>
    [JsonConverter(typeof(SingleOrArrayConverter<SwitchTrend>))]
    public List<SwitchTrend>? SwitchTrends { get; set; }

    /// <summary>v1alpha1 top-level CPU, read when <see cref="SwitchTrends"/> has none.</summary>
    [JsonConverter(typeof(LenientDoubleConverter))]
    public double? CpuUtilization { get; set; }

    /// <summary>v1alpha1 top-level memory, read when <see cref="SwitchTrends"/> has none.</summary>
    [JsonConverter(typeof(LenientDoubleConverter))]
    public double? MemoryUtilization { get; set; }
}

/// <summary>Why a switch's health is Fair or Poor.</summary>
internal sealed class SwitchHealthReasons
{
    [JsonConverter(typeof(LenientTextListConverter))]
    public List<string>? PoorReasons { get; set; }

    [JsonConverter(typeof(LenientTextListConverter))]
    public List<string>? FairReasons { get; set; }
}

/// <summary>Load and power figures of one switch (one entry per member for a stack).</summary>
internal sealed class SwitchTrend
{
    [JsonConverter(typeof(LenientStringConverter))]
    public string? SerialNumber { get; set; }

    [JsonConverter(typeof(LenientDoubleConverter))]
    public double? CpuUtilization { get; set; }

    [JsonConverter(typeof(LenientDoubleConverter))]
    public double? MemoryUtilization { get; set; }

    /// <summary>PoE budget in watts.</summary>
    [JsonConverter(typeof(LenientDoubleConverter))]
    public double? PoeAvailable { get; set; }

    /// <summary>PoE drawn in watts.</summary>
    [JsonConverter(typeof(LenientDoubleConverter))]
    public double? PoeConsumption { get; set; }

    [JsonConverter(typeof(LenientDoubleConverter))]
    public double? SystemTemperature { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? UpLinkPorts { get; set; }
}
