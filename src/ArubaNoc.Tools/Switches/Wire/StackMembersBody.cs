using System.Text.Json.Serialization;
using ArubaNoc.Central.Wire;

namespace ArubaNoc.Tools.Switches.Wire;

/// <summary>
/// Body of GET <c>/network-monitoring/v1/stack/{serial-number}/members</c>: one item per stack. The
/// top-level <see cref="Members"/>, <see cref="StackName"/> and <see cref="StackStatus"/> are the v1alpha1 form.
/// </summary>
internal sealed class StackMembersBody
{
    public List<StackItem>? Items { get; set; }

    [JsonConverter(typeof(LenientInt64Converter))]
    public long? Count { get; set; }

    public List<StackMember>? Members { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? StackName { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? StackStatus { get; set; }
}

/// <summary>One stack with its members.</summary>
internal sealed class StackItem
{
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Id { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? StackType { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? Topology { get; set; }

    public List<StackMember>? Members { get; set; }
}

/// <summary>One switch of a stack.</summary>
internal sealed class StackMember
{
    [JsonConverter(typeof(LenientStringConverter))]
    public string? DeviceName { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? SerialNumber { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? Model { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? Status { get; set; }

    [JsonConverter(typeof(LenientInt64Converter))]
    public long? StackMemberId { get; set; }

    /// <summary>Older name of <see cref="StackMemberId"/>.</summary>
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? StackPosition { get; set; }

    [JsonConverter(typeof(LenientInt64Converter))]
    public long? StackMemberPriority { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? StackMemberStatus { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? SwitchRole { get; set; }

    /// <summary>Older name of <see cref="SwitchRole"/>.</summary>
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Role { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? FirmwareVersion { get; set; }

    /// <summary>Older name of <see cref="FirmwareVersion"/>.</summary>
    [JsonConverter(typeof(LenientStringConverter))]
    public string? SwVersion { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? Health { get; set; }

    [JsonConverter(typeof(LenientInt64Converter))]
    public long? UptimeInMillis { get; set; }
}
