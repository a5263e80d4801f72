using System.Text.Json.Serialization;
using ArubaNoc.Central.Wire;
using ArubaNoc.Tools.Devices;

namespace ArubaNoc.Tools.Switches.Wire;

/// <summary>
/// Body of GET <c>/network-monitoring/v1/switches/{serial-number}/interfaces</c>. Unlike other lists,
/// <see cref="Offset"/> is the offset of the next page (a string), null after the last page.
/// </summary>
internal sealed class SwitchInterfacePage
{
    public List<SwitchInterface>? Items { get; set; }

    [JsonConverter(typeof(LenientInt64Converter))]
    public long? Count { get; set; }

    [JsonConverter(typeof(LenientInt64Converter))]
    public long? Total { get; set; }

    [JsonConverter(typeof(LenientCursorConverter))]
    public string? Offset { get; set; }
}

/// <summary>One port of a switch or stack.</summary>
internal sealed class SwitchInterface
{
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Name { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? Alias { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? OperStatus { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? AdminStatus { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? Status { get; set; }

    /// <summary>Speed in Mbps.</summary>
    [JsonConverter(typeof(LenientDoubleConverter))]
    public double? Speed { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? Duplex { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? VlanMode { get; set; }

    /// <summary>Older name of <see cref="VlanMode"/>.</summary>
    [JsonConverter(typeof(LenientStringConverter))]
    public string? PortMode { get; set; }

    [JsonConverter(typeof(LenientInt64Converter))]
    public long? NativeVlan { get; set; }

    /// <summary>Older name of <see cref="NativeVlan"/>.</summary>
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? Vlan { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? PoeStatus { get; set; }

    /// <summary>Older name of <see cref="PoeStatus"/>; may arrive as a boolean.</summary>
    [JsonConverter(typeof(LenientStringConverter))]
    public string? PoeEnabled { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? PoeClass { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? Neighbour { get; set; }

    /// <summary>Older name of <see cref="Neighbour"/>.</summary>
    [JsonConverter(typeof(LenientStringConverter))]
    public string? LldpNeighbor { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? NeighbourPort { get; set; }

    [JsonConverter(typeof(LenientBooleanConverter))]
    public bool? Uplink { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? Lag { get; set; }

    [JsonConverter(typeof(LenientTextListConverter))]
    public List<string>? PortError { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? ErrorReason { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? StpPortState { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? TransceiverStatus { get; set; }
}
