using ArubaNoc.Simulator.Http;

namespace ArubaNoc.Simulator.Routing;

/// <summary>One served operation: method, path template (segments such as <c>{serial-number}</c> match any one segment), API family, documented query parameters and the handler.</summary>
internal sealed class Route
{
    private readonly string[] _parts;

    public Route(string method, string template, ApiFamily family, IReadOnlyList<QueryParameter> parameters, Func<RequestContext, SimResponse> handler)
    {
        Method = method;
        Template = template;
        Family = family;
        Parameters = parameters;
        Handler = handler;
        _parts = template.Split('/', StringSplitOptions.RemoveEmptyEntries);
    }

    public string Method { get; }

    public string Template { get; }

    public ApiFamily Family { get; }

    public IReadOnlyList<QueryParameter> Parameters { get; }

    public Func<RequestContext, SimResponse> Handler { get; }

    /// <summary>Matches decoded path segments; returns the template parameters by name, or null.</summary>
    public Dictionary<string, string>? Match(IReadOnlyList<string> segments)
    {
        if (segments.Count != _parts.Length)
        {
            return null;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < _parts.Length; i++)
        {
            var part = _parts[i];
            if (part.StartsWith('{'))
            {
                values[part[1..^1]] = segments[i];
            }
            else if (!string.Equals(part, segments[i], StringComparison.Ordinal))
            {
                return null;
            }
        }

        return values;
    }
}
