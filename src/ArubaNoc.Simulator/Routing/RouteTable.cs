using ArubaNoc.Simulator.Http;

namespace ArubaNoc.Simulator.Routing;

/// <summary>The routes the simulator serves, matched in registration order.</summary>
internal sealed class RouteTable
{
    private readonly List<Route> _routes = [];

    public IReadOnlyList<Route> Routes => _routes;

    public void Get(string template, ApiFamily family, IReadOnlyList<QueryParameter> parameters, Func<RequestContext, SimResponse> handler) =>
        _routes.Add(new Route("GET", template, family, parameters, handler));

    public void Post(string template, ApiFamily family, Func<RequestContext, SimResponse> handler) =>
        _routes.Add(new Route("POST", template, family, [], handler));

    /// <summary>Finds the route for a request; <paramref name="pathMatched"/> separates a wrong method from an unknown path.</summary>
    public (Route Route, Dictionary<string, string> Values)? Find(string method, IReadOnlyList<string> segments, out bool pathMatched)
    {
        pathMatched = false;
        foreach (var route in _routes)
        {
            var values = route.Match(segments);
            if (values is null)
            {
                continue;
            }

            pathMatched = true;
            if (string.Equals(route.Method, method, StringComparison.OrdinalIgnoreCase))
            {
                return (route, values);
            }
        }

        return null;
    }

    /// <summary>Finds the template that a path matches, whatever the method; used to label log entries and faults.</summary>
    public string? TemplateOf(IReadOnlyList<string> segments) =>
        _routes.FirstOrDefault(r => r.Match(segments) is not null)?.Template;
}
