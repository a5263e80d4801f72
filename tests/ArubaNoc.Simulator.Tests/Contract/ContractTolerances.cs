using System.Text.Json;
using System.Text.RegularExpressions;

namespace ArubaNoc.Simulator.Tests.Contract;

/// <summary>
/// Every place where the simulator's responses may break the OpenAPI response schemas, and why. Each
/// entry is either behaviour of the real Central that its clients must survive, or a contradiction
/// between an official example and its own schema that the simulator reproduces. Nothing else is tolerated.
/// </summary>
internal static class ContractTolerances
{
    /// <summary>Values a tolerance applies to.</summary>
    public enum ValueFilter
    {
        Any,
        Null,
        EmptyString,
    }

    /// <summary>One tolerated violation: operation (path template, or * for all), instance pointer pattern, schema keyword (or *), value filter.</summary>
    public sealed record Tolerance(string Operation, string Pointer, string Keyword, string Reason, ValueFilter Values = ValueFilter.Any)
    {
        private readonly Regex _pointer = new("^" + Pointer + "$", RegexOptions.CultureInvariant);

        public bool Covers(string operation, string pointer, string keyword, JsonElement? value) =>
            (Operation == "*" || Operation == operation)
            && (Keyword == "*" || Keyword == keyword)
            && Values switch
            {
                ValueFilter.Null => value?.ValueKind == JsonValueKind.Null,
                ValueFilter.EmptyString => value?.ValueKind == JsonValueKind.String && value.Value.GetString() == "",
                _ => true,
            }
            && _pointer.IsMatch(pointer);
    }

    private const string Monitoring = "/network-monitoring/v1";

    public static readonly IReadOnlyList<Tolerance> All =
    [
        // Behaviour of the real Central.
        new("*", ".*", "*", "Central sends null for empty values, also in fields the schema marks required or restricts to an enum.", ValueFilter.Null),
        new("*", ".*", "format", "Central sends \"\" for empty values, which fails ipv4, ipv6 and date-time formats.", ValueFilter.EmptyString),
        new(Monitoring + "/device-inventory", "/items/\\d+/stackId", "maxLength", "Stack ids have 17 characters (01000c97-5f80e1c0) although stackId allows 16."),
        new("*", "/next", "type", "next is null on the last page although typed string."),
        new(Monitoring + "/switches/{serial-number}/interfaces", "/offset", "type", "The interfaces offset (the next offset) is null after the last page."),
        new(Monitoring + "/sites-health", "/items/\\d+", "required", "A site created moments ago has neither siteName nor name."),
        new(Monitoring + "/clients", "/items/\\d+/siteId", "type", "siteId arrives as a number (2778382) although typed string."),
        new(Monitoring + "/clients/{mac-address}", "/siteId", "type", "siteId arrives as a number (2778382) although typed string."),

        // Official examples that contradict their own schemas.
        new(Monitoring + "/clients", "/items/\\d+/(lastSeenAt|wirelessChannel)", "type", "Examples give lastSeenAt as 0 and wirelessChannel as a number."),
        new(Monitoring + "/clients/{mac-address}", "/(lastSeenAt|wirelessChannel)", "type", "Examples give lastSeenAt as 0 and wirelessChannel as a number."),
        new(Monitoring + "/aps/{serial-number}", "/radios/\\d+/power", "type", "radios[].power is typed string but exemplified as a number."),
        new(Monitoring + "/aps/{serial-number}/radios", "/items/\\d+/power", "type", "power is typed string but exemplified as a number."),
        new(Monitoring + "/switches/{serial-number}", "/switchTrends", "type", "switchTrends is an object in the schema and an array (one entry per stack member) in the example."),
        new(Monitoring + "/clusters/{cluster-name}/tunnels-health-summary", "", "type", "The schema describes one object; the examples are arrays with one entry per member."),
        new(Monitoring + "/clusters/{cluster-name}/tunnels", "/items/\\d+/status", "maxLength", "status has maxLength 2 while its enum contains Down."),
        new(Monitoring + "/clusters/{cluster-name}/tunnels", "/items/\\d+/mode", "maxLength", "mode has maxLength 10 while its enum contains Orchestrated and Orchestrated-Survivability."),
        new(Monitoring + "/clusters/{cluster-name}/tunnels", "/items/\\d+/encapsulation", "maxLength", "encapsulation has maxLength 5 while the example contains 802.1Q."),
        new(Monitoring + "/aps/{serial-number}", "/ports/\\d+", "required", "ports[] requires status, but the property the schema defines is portStatus."),
        new(Monitoring + "/clients-trend", "/samples/\\d+", "required", "samples[] requires timestamp, but the property the schema defines and the example sends is ts."),
        new(Monitoring + "/clusters/{cluster-name}/tunnels", "/items/\\d+/(mode|encapsulation)", "enum", "Examples use mode ORCH and encapsulation 802.1Q, outside the enums."),
    ];
}
