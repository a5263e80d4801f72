namespace ArubaNoc.Central.Http;

/// <summary>Retry class of a request.</summary>
public enum CentralRequestKind
{
    /// <summary>A read: retried on timeouts, connection errors, 502/503/504 and 429.</summary>
    Read,

    /// <summary>A request that starts something on a device (ping, traceroute): retried only on 429, so it never runs twice.</summary>
    DeviceAction,
}
