namespace ArubaNoc.Tools.Framework;

/// <summary>
/// The bracketed status tokens allowed in tool text. No other bracketed tokens are used, so clients can
/// scan text for them reliably.
/// </summary>
public static class StatusToken
{
    public const string Ok = "[OK]";
    public const string Warn = "[WARN]";
    public const string Crit = "[CRIT]";
    public const string Info = "[INFO]";
    public const string Up = "[UP]";
    public const string Down = "[DN]";
    public const string Unknown = "[--]";
    public const string Error = "[ERR]";
    public const string More = "[MORE]";
    public const string Device = "[DEV]";
    public const string AccessPoint = "[AP]";
    public const string Switch = "[SW]";
    public const string Gateway = "[GW]";
    public const string Client = "[CLI]";
    public const string Wireless = "[WIFI]";
    public const string Wired = "[WIRED]";
    public const string Site = "[SITE]";
    public const string Network = "[NET]";
    public const string Security = "[SEC]";
    public const string Firmware = "[FW]";
    public const string Vpn = "[VPN]";
    public const string Link = "[LINK]";
    public const string Radio = "[RADIO]";
    public const string Cpu = "[CPU]";
    public const string Ping = "[PING]";
    public const string Trace = "[TRACE]";
    public const string Async = "[ASYNC]";
    public const string Stack = "[STACK]";
    public const string Port = "[PORT]";
    public const string Alert = "[ALERT]";
    public const string Event = "[EVENT]";
    public const string Stats = "[STATS]";
    public const string Trend = "[TREND]";
    public const string Rank = "[RANK]";
    public const string Health = "[HEALTH]";

    /// <summary>Every allowed token.</summary>
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        Ok, Warn, Crit, Info, Up, Down, Unknown, Error, More, Device, AccessPoint, Switch, Gateway, Client,
        Wireless, Wired, Site, Network, Security, Firmware, Vpn, Link, Radio, Cpu, Ping, Trace, Async, Stack,
        Port, Alert, Event, Stats, Trend, Rank, Health,
    };

    /// <summary>Throws when <paramref name="token"/> is not an allowed token; a wrong token is a defect in the tool.</summary>
    public static string Require(string token) =>
        All.Contains(token) ? token : throw new ArgumentException($"'{token}' is not an allowed status token.", nameof(token));
}
