namespace ArubaNoc.Simulator.Logging;

/// <summary>
/// One request the simulator received. The Authorization value is never stored, only whether the
/// header was present. Outcome fields are filled when the response is ready or the request aborts.
/// </summary>
public sealed class RecordedRequest
{
    internal RecordedRequest(
        long sequence, string method, string host, string path, string? routeTemplate,
        IReadOnlyList<KeyValuePair<string, string>> query, string? body, bool hadAuthorization, DateTimeOffset receivedAt)
    {
        Sequence = sequence;
        Method = method;
        Host = host;
        Path = path;
        RouteTemplate = routeTemplate;
        Query = query;
        Body = body;
        HadAuthorization = hadAuthorization;
        ReceivedAt = receivedAt;
    }

    /// <summary>Position in the log, starting at 1.</summary>
    public long Sequence { get; }

    /// <summary>HTTP method in upper case.</summary>
    public string Method { get; }

    /// <summary>Host the request was addressed to (the simulator serves any host).</summary>
    public string Host { get; }

    /// <summary>Path exactly as sent, percent-encoding kept (for example <c>/network-monitoring/v1/wlans/Caf%C3%A9</c>).</summary>
    public string Path { get; }

    /// <summary>Template of the matched route (for example <c>/network-monitoring/v1/aps/{serial-number}</c>), or null.</summary>
    public string? RouteTemplate { get; }

    /// <summary>Query pairs in the order sent, percent-decoded.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Query { get; }

    /// <summary>Request body as text (form or JSON), or null when there was none.</summary>
    public string? Body { get; }

    /// <summary>Whether an Authorization header was present; its value is not recorded.</summary>
    public bool HadAuthorization { get; }

    /// <summary>Time on the simulator's clock when the request arrived.</summary>
    public DateTimeOffset ReceivedAt { get; }

    /// <summary>HTTP status sent, or 0 while pending or when the request aborted.</summary>
    public int StatusCode { get; internal set; }

    /// <summary>True when the caller cancelled the request before the simulator responded.</summary>
    public bool Aborted { get; internal set; }

    /// <summary>Name of the fault script that shaped the response, or null.</summary>
    public string? Fault { get; internal set; }

    /// <summary>Returns the decoded value of a query parameter, or null.</summary>
    public string? QueryValue(string name) =>
        Query.FirstOrDefault(pair => pair.Key == name) is { Key: not null } pair ? pair.Value : null;

    /// <summary>Returns the query parameter names in the order sent.</summary>
    public IReadOnlyList<string> QueryKeys() => [.. Query.Select(pair => pair.Key)];

    /// <inheritdoc />
    public override string ToString() =>
        $"{Method} {Path}{(Query.Count == 0 ? "" : "?" + string.Join('&', Query.Select(p => p.Key + "=" + p.Value)))} -> {(Aborted ? "aborted" : StatusCode)}";
}
