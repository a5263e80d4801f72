using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ArubaNoc.Central.Http;

/// <summary>
/// One Central call: method, path template with named parameters, ordered query parameters, optional JSON
/// body and retry class. Logs and metrics name only <see cref="PathTemplate"/>, never resolved values.
/// </summary>
/// <remarks>
/// Path parameters are percent-encoded as single segments, so input can never change the path. Query
/// names must be kebab-case because Central rejects camelCase names with 400. A parameter whose value is null or
/// blank is omitted, never sent empty. Methods return this instance so calls can be chained; build a
/// request once and do not change it while it is being sent.
/// </remarks>
public sealed class CentralRequest
{
    private readonly List<KeyValuePair<string, string>> _pathParameters = [];
    private readonly List<KeyValuePair<string, string>> _query = [];

    private CentralRequest(HttpMethod method, string pathTemplate, CentralRequestKind kind)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pathTemplate);
        if (!pathTemplate.StartsWith('/') || pathTemplate.Contains('?') || pathTemplate.Contains('#'))
        {
            throw new ArgumentException($"Path template '{pathTemplate}' must start with '/' and hold no query or fragment.", nameof(pathTemplate));
        }

        Method = method;
        PathTemplate = pathTemplate;
        Kind = kind;
    }

    /// <summary>HTTP method.</summary>
    public HttpMethod Method { get; }

    /// <summary>Path template such as <c>/network-monitoring/v1/aps/{serial-number}</c>.</summary>
    public string PathTemplate { get; }

    /// <summary>Retry class.</summary>
    public CentralRequestKind Kind { get; }

    /// <summary>Query parameters in the order they are sent (only those with a value).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Query => _query;

    /// <summary>UTF-8 JSON body, or null for none.</summary>
    public ReadOnlyMemory<byte>? JsonBody { get; private set; }

    /// <summary>Timeout of each HTTP attempt; null uses <c>ARUBA_API_TIMEOUT</c>.</summary>
    public TimeSpan? Timeout { get; private set; }

    /// <summary>
    /// The absolute URI that <see cref="CentralClient"/> last built for this request, so a request sent again
    /// (a retry, a replay, a reused instance) is not parsed again. Cleared when the path or query changes.
    /// </summary>
    internal Uri? ResolvedUri { get; set; }

    /// <summary>False when the call must be sent once only, with no retry and no 429 wait (health probes).</summary>
    public bool AllowRetries { get; private set; } = true;

    /// <summary>Creates a GET (retry class <see cref="CentralRequestKind.Read"/>).</summary>
    public static CentralRequest Get(string pathTemplate) => new(HttpMethod.Get, pathTemplate, CentralRequestKind.Read);

    /// <summary>Creates a POST that starts a device test (retried only on 429).</summary>
    public static CentralRequest PostDeviceAction(string pathTemplate) => new(HttpMethod.Post, pathTemplate, CentralRequestKind.DeviceAction);

    /// <summary>Sets the path parameter <paramref name="name"/> (as written in the template, without braces).</summary>
    /// <exception cref="ArgumentException">The template has no such parameter, or the value is empty.</exception>
    public CentralRequest WithPath(string name, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!PathTemplate.Contains("{" + name + "}", StringComparison.Ordinal))
        {
            throw new ArgumentException($"Path template '{PathTemplate}' has no parameter '{name}'.", nameof(name));
        }

        if (value.Length == 0)
        {
            throw new ArgumentException($"Path parameter '{name}' must not be empty.", nameof(value));
        }

        _pathParameters.Add(new(name, value));
        ResolvedUri = null;
        return this;
    }

    /// <summary>Adds a query parameter; a null or blank value is omitted.</summary>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not kebab-case.</exception>
    public CentralRequest WithQuery(string name, string? value)
    {
        ValidateQueryName(name);
        if (!string.IsNullOrWhiteSpace(value))
        {
            _query.Add(new(name, value));
            ResolvedUri = null;
        }

        return this;
    }

    /// <summary>Adds an integer query parameter; null is omitted.</summary>
    public CentralRequest WithQuery(string name, long? value)
    {
        return WithQuery(name, value?.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Sets the JSON body, serialized with source-generated <paramref name="typeInfo"/>.</summary>
    public CentralRequest WithJsonBody<TBody>(TBody body, JsonTypeInfo<TBody> typeInfo)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        JsonBody = JsonSerializer.SerializeToUtf8Bytes(body, typeInfo);
        return this;
    }

    /// <summary>Sets the timeout of each HTTP attempt, overriding <c>ARUBA_API_TIMEOUT</c>; must be greater than zero.</summary>
    public CentralRequest WithTimeout(TimeSpan timeout)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero);
        Timeout = timeout;
        return this;
    }

    /// <summary>Sends the call once: no retry after a failure and no wait after a 429 (the token replay after a 401 still happens).</summary>
    public CentralRequest WithoutRetries()
    {
        AllowRetries = false;
        return this;
    }

    /// <summary>
    /// Resolves the template and appends the query: <c>/network-monitoring/v1/aps/SN%2F1?limit=10</c>.
    /// </summary>
    /// <exception cref="InvalidOperationException">A template parameter has no value.</exception>
    public string BuildPathAndQuery()
    {
        if (_pathParameters.Count == 0 && _query.Count == 0 && !PathTemplate.Contains('{', StringComparison.Ordinal))
        {
            return PathTemplate;
        }

        var path = new StringBuilder(PathTemplate);
        foreach (var (name, value) in _pathParameters)
        {
            path.Replace("{" + name + "}", PathSegmentEncoder.Encode(value));
        }

        var resolved = path.ToString();
        var open = resolved.IndexOf('{', StringComparison.Ordinal);
        if (open >= 0)
        {
            throw new InvalidOperationException($"Path template '{PathTemplate}' has a parameter without a value at position {open}.");
        }

        if (_query.Count == 0)
        {
            return resolved;
        }

        var builder = new StringBuilder(resolved).Append('?');
        for (var i = 0; i < _query.Count; i++)
        {
            if (i > 0)
            {
                builder.Append('&');
            }

            builder.Append(_query[i].Key).Append('=').Append(Uri.EscapeDataString(_query[i].Value));
        }

        return builder.ToString();
    }

    private static void ValidateQueryName(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var valid = char.IsAsciiLetterLower(name[0]) && !name.EndsWith('-') && !name.Contains("--", StringComparison.Ordinal)
            && name.All(character => char.IsAsciiLetterLower(character) || char.IsAsciiDigit(character) || character == '-');
        if (!valid)
        {
            throw new ArgumentException($"Query parameter '{name}' must be kebab-case (lower-case letters, digits and single hyphens).", nameof(name));
        }
    }
}
