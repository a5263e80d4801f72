namespace ArubaNoc.Simulator.Routing;

/// <summary>Central API a route belongs to; it decides the error body shape and error codes.</summary>
internal enum ApiFamily
{
    Monitoring,
    Services,
    Notifications,

    /// <summary>Troubleshooting events: full error bodies with httpStatusCode and debugId.</summary>
    Events,

    /// <summary>Troubleshooting tests (ping, traceroute, results): error bodies with errorCode and message only.</summary>
    Tests,
}
