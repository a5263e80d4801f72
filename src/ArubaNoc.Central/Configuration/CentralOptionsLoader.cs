using System.Globalization;

namespace ArubaNoc.Central.Configuration;

/// <summary>
/// Builds <see cref="CentralOptions"/> from command-line overrides, secret files and environment variables.
/// Precedence for each variable: override, then (for the client id, client secret and access token only)
/// the secret file of the same name, then the environment. Placeholder values count as missing.
/// Missing credentials are not an error here: the server starts, and each Central call reports them.
/// </summary>
public static class CentralOptionsLoader
{
    /// <summary>Environment variable names, also the keys of the override dictionary.</summary>
    public const string BaseUrlVariable = "ARUBA_BASE_URL";
    public const string RegionVariable = "ARUBA_REGION";
    public const string TokenUrlVariable = "ARUBA_TOKEN_URL";
    public const string ClientIdVariable = "ARUBA_CLIENT_ID";
    public const string ClientSecretVariable = "ARUBA_CLIENT_SECRET";
    public const string AccessTokenVariable = "ARUBA_ACCESS_TOKEN";
    public const string ApiTimeoutVariable = "ARUBA_API_TIMEOUT";
    public const string RateLimitRequestsVariable = "ARUBA_RATE_LIMIT_REQUESTS";
    public const string RateLimitWindowVariable = "ARUBA_RATE_LIMIT_WINDOW";
    public const string CircuitBreakerThresholdVariable = "ARUBA_CIRCUIT_BREAKER_THRESHOLD";
    public const string CircuitBreakerTimeoutVariable = "ARUBA_CIRCUIT_BREAKER_TIMEOUT";
    public const string TokenRefreshBufferVariable = "ARUBA_TOKEN_REFRESH_BUFFER";
    public const string MaxConcurrencyVariable = "ARUBA_MAX_CONCURRENCY";
    public const string DemoVariable = "ARUBA_DEMO";

    /// <summary>Directories searched for secret files, in order.</summary>
    public static IReadOnlyList<string> SecretDirectories { get; } = ["/run/secrets", "/secrets"];

    /// <summary>Loads the options from the process environment and the default secret directories.</summary>
    public static CentralOptionsLoadResult Load(IReadOnlyDictionary<string, string> overrides)
    {
        return Load(overrides, Environment.GetEnvironmentVariable, ReadSecretFile);
    }

    /// <summary>
    /// Loads the options. <paramref name="overrides"/> contains command-line values keyed by the variable they
    /// override; <paramref name="environment"/> returns an environment variable or null;
    /// <paramref name="readSecretFile"/> returns the content of the secret file with the given variable
    /// name, or null when there is none.
    /// </summary>
    public static CentralOptionsLoadResult Load(
        IReadOnlyDictionary<string, string> overrides,
        Func<string, string?> environment,
        Func<string, string?> readSecretFile)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(readSecretFile);

        string? Setting(string name) => overrides.TryGetValue(name, out var value) ? value : environment(name);

        string? Secret(string name)
        {
            var value = overrides.TryGetValue(name, out var overridden) ? overridden : readSecretFile(name) ?? environment(name);
            return IsPlaceholder(value) ? null : value!.Trim();
        }

        var errors = new List<string>();
        var options = new CentralOptions
        {
            ClientId = Secret(ClientIdVariable),
            ClientSecret = Secret(ClientSecretVariable),
            AccessToken = Secret(AccessTokenVariable),
            ApiTimeout = ReadSeconds(Setting(ApiTimeoutVariable), ApiTimeoutVariable, 30, 1, 300, errors),
            RateLimitRequests = ReadInteger(Setting(RateLimitRequestsVariable), RateLimitRequestsVariable, 100, 1, 100_000, "requests", errors),
            RateLimitWindow = ReadSeconds(Setting(RateLimitWindowVariable), RateLimitWindowVariable, 60, 1, 86_400, errors),
            CircuitBreakerThreshold = ReadInteger(Setting(CircuitBreakerThresholdVariable), CircuitBreakerThresholdVariable, 5, 1, 1_000, "failures", errors),
            CircuitBreakerTimeout = ReadSeconds(Setting(CircuitBreakerTimeoutVariable), CircuitBreakerTimeoutVariable, 60, 1, 3_600, errors),
            TokenRefreshBuffer = ReadSeconds(Setting(TokenRefreshBufferVariable), TokenRefreshBufferVariable, 60, 0, 3_600, errors),
            MaxConcurrency = ReadInteger(Setting(MaxConcurrencyVariable), MaxConcurrencyVariable, 6, 1, 64, "requests", errors),
            Demo = ReadBoolean(Setting(DemoVariable), DemoVariable, errors),
            TokenUrl = ReadUrl(Setting(TokenUrlVariable), TokenUrlVariable, errors) ?? CentralOptions.DefaultTokenUrl,
        };

        var (baseUrl, region) = ResolveBaseUrl(Setting(BaseUrlVariable), Setting(RegionVariable), errors);
        if (errors.Count > 0)
        {
            return CentralOptionsLoadResult.Failure(errors[0]);
        }

        return CentralOptionsLoadResult.Success(options with { BaseUrl = baseUrl, Region = region });
    }

    /// <summary>
    /// Reads the secret file for <paramref name="name"/> from <see cref="SecretDirectories"/>, trying the name
    /// as given and then in lower case (Docker secrets are often lower case). Returns null when no file exists
    /// or none can be read.
    /// </summary>
    public static string? ReadSecretFile(string name)
    {
        foreach (var directory in SecretDirectories)
        {
            foreach (var candidate in new[] { name, name.ToLowerInvariant() })
            {
                var path = Path.Combine(directory, candidate);
                try
                {
                    if (File.Exists(path))
                    {
                        return File.ReadAllText(path).Trim();
                    }
                }
                catch (IOException)
                {
                    // An unreadable file is treated as absent so the next source is tried.
                }
                catch (UnauthorizedAccessException)
                {
                    // Same as above: a secret we cannot read is no secret.
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Returns true for values that only stand in for a real one: null, blank, <c>your_…</c>, <c>&lt;…&gt;</c>,
    /// <c>${…}</c>, <c>changeme</c>, <c>change_me</c>, <c>replace_me</c>, <c>placeholder</c>, <c>todo</c>,
    /// <c>none</c>, <c>null</c> and runs of <c>x</c> (case-insensitive).
    /// </summary>
    public static bool IsPlaceholder(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        var text = value.Trim().ToLowerInvariant();
        if (text.StartsWith("your_", StringComparison.Ordinal) || text.StartsWith("your-", StringComparison.Ordinal))
        {
            return true;
        }

        if ((text.StartsWith('<') && text.EndsWith('>')) || (text.StartsWith("${", StringComparison.Ordinal) && text.EndsWith('}')))
        {
            return true;
        }

        if (text.All(character => character == 'x'))
        {
            return true;
        }

        return text is "changeme" or "change_me" or "change-me" or "replace_me" or "replace-me" or "placeholder" or "todo" or "none" or "null";
    }

    private static (Uri? BaseUrl, string? Region) ResolveBaseUrl(string? baseUrlText, string? regionText, List<string> errors)
    {
        var baseUrl = ReadUrl(baseUrlText, BaseUrlVariable, errors);
        if (string.IsNullOrWhiteSpace(regionText))
        {
            return (baseUrl, null);
        }

        var region = regionText.Trim().ToLowerInvariant();
        var regionUrl = CentralRegions.TryGetBaseUrl(region);
        if (regionUrl is null)
        {
            errors.Add($"{RegionVariable}: unknown cluster '{Show(regionText)}'; use one of {string.Join(", ", CentralRegions.Names)}, or set {BaseUrlVariable} instead.");
            return (null, null);
        }

        if (baseUrl is not null && Uri.Compare(baseUrl, regionUrl, UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) != 0)
        {
            errors.Add($"{RegionVariable}: '{region}' means {regionUrl.GetLeftPart(UriPartial.Authority)}, but {BaseUrlVariable} is {baseUrl.GetLeftPart(UriPartial.Authority)}; set only one of them.");
            return (null, null);
        }

        return (regionUrl, region);
    }

    private static Uri? ReadUrl(string? text, string variable, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var url)
            || !(url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && url.IsLoopback))
            || url.Query.Length > 0 || url.Fragment.Length > 0 || url.UserInfo.Length > 0)
        {
            errors.Add($"{variable}: '{Show(trimmed)}' is not a valid URL; use an absolute https URL without query or credentials (http only for a loopback host).");
            return null;
        }

        // Drop a trailing slash so request paths can be appended as they are.
        return new Uri(url.GetLeftPart(UriPartial.Path).TrimEnd('/'));
    }

    private static TimeSpan ReadSeconds(string? text, string variable, int defaultSeconds, int min, int max, List<string> errors)
    {
        return TimeSpan.FromSeconds(ReadInteger(text, variable, defaultSeconds, min, max, "seconds", errors));
    }

    private static int ReadInteger(string? text, string variable, int defaultValue, int min, int max, string unit, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return defaultValue;
        }

        var valid = int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value);
        if (!valid || value < min || value > max)
        {
            var problem = valid ? "is out of range" : "is not a whole number";
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"{variable}: '{Show(text)}' {problem}; use {min} to {max} {unit} (default {defaultValue})."));
            return defaultValue;
        }

        return value;
    }

    private static bool ReadBoolean(string? text, string variable, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        switch (text.Trim().ToLowerInvariant())
        {
            case "1" or "true" or "yes" or "on":
                return true;
            case "0" or "false" or "no" or "off":
                return false;
            default:
                errors.Add($"{variable}: '{Show(text)}' is not a boolean; use 1, true, yes or on to enable and 0, false, no or off to disable (default off).");
                return false;
        }
    }

    // Echoes a non-secret value in an error, without control characters and cut to keep the line short.
    private static string Show(string text) => Http.TextSanitizer.Clean(text, 60);
}
