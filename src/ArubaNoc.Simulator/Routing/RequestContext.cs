using System.Globalization;
using ArubaNoc.Simulator.Http;
using ArubaNoc.Simulator.Tenant;

namespace ArubaNoc.Simulator.Routing;

/// <summary>Everything an endpoint handler needs for one request.</summary>
internal sealed class RequestContext
{
    public required TenantData Tenant { get; init; }

    public required SimRequest Request { get; init; }

    public required Route Route { get; init; }

    public required IReadOnlyDictionary<string, string> RouteValues { get; init; }

    /// <summary>Validated query values by parameter name.</summary>
    public required IReadOnlyDictionary<string, string> Query { get; init; }

    public required DateTimeOffset Now { get; init; }

    public required SimulatorOptions Options { get; init; }

    public required SimulatorState State { get; init; }

    /// <summary>Page size forced by an oversized-page fault, ignoring the request's limit.</summary>
    public int? PageSizeOverride { get; init; }

    public string Path(string name) => RouteValues[name];

    public string? Get(string name) => Query.TryGetValue(name, out var value) ? value : null;

    /// <summary>Returns an integer query value already range-checked by <see cref="QueryValidator"/>, or the default.</summary>
    public int GetInt(string name, int defaultValue) =>
        Query.TryGetValue(name, out var value) ? (int)long.Parse(value, CultureInfo.InvariantCulture) : defaultValue;

    public SimResponse BadRequest(string message) =>
        ErrorBodies.ForFamily(Route.Family, 400, message, State.NextDebugId());

    public SimResponse NotFound(string message, string? errorCode = null) =>
        ErrorBodies.ForFamily(Route.Family, 404, message, State.NextDebugId(), errorCode);

    public SimResponse Error(int status, string message, string? errorCode = null) =>
        ErrorBodies.ForFamily(Route.Family, status, message, State.NextDebugId(), errorCode);
}
