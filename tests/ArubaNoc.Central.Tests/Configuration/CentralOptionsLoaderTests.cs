using ArubaNoc.Central.Configuration;

namespace ArubaNoc.Central.Tests.Configuration;

public sealed class CentralOptionsLoaderTests
{
    private static readonly Dictionary<string, string> NoOverrides = [];

    [Fact]
    public void Load_Nothing_UsesDefaults()
    {
        var result = Load(new());

        Assert.True(result.IsSuccess);
        var options = result.Options;
        Assert.Null(options.BaseUrl);
        Assert.Equal(new Uri("https://sso.common.cloud.hpe.com/as/token.oauth2"), options.TokenUrl);
        Assert.Equal(TimeSpan.FromSeconds(30), options.ApiTimeout);
        Assert.Equal(100, options.RateLimitRequests);
        Assert.Equal(TimeSpan.FromSeconds(60), options.RateLimitWindow);
        Assert.Equal(5, options.CircuitBreakerThreshold);
        Assert.Equal(TimeSpan.FromSeconds(60), options.CircuitBreakerTimeout);
        Assert.Equal(TimeSpan.FromSeconds(60), options.TokenRefreshBuffer);
        Assert.Equal(6, options.MaxConcurrency);
        Assert.False(options.Demo);
        Assert.False(options.HasCredentials);
    }

    [Theory]
    [InlineData("de2", "https://de2.api.central.arubanetworks.com/")]
    [InlineData("US1", "https://us1.api.central.arubanetworks.com/")]
    [InlineData("cn1", "https://cn1.api.central.arubanetworks.com.cn/")]
    public void Load_Region_SetsBaseUrl(string region, string expected)
    {
        var result = Load(new() { ["ARUBA_REGION"] = region });

        Assert.Equal(new Uri(expected), result.Options!.BaseUrl);
    }

    [Fact]
    public void Load_RegionAndMatchingBaseUrl_Accepted()
    {
        var result = Load(new() { ["ARUBA_REGION"] = "de2", ["ARUBA_BASE_URL"] = "https://de2.api.central.arubanetworks.com/" });

        Assert.True(result.IsSuccess);
    }

    [Fact]
    public void Load_RegionAndOtherBaseUrl_FailsNamingBoth()
    {
        var result = Load(new() { ["ARUBA_REGION"] = "de2", ["ARUBA_BASE_URL"] = "https://us1.api.central.arubanetworks.com" });

        Assert.False(result.IsSuccess);
        Assert.Contains("ARUBA_REGION", result.Error, StringComparison.Ordinal);
        Assert.Contains("ARUBA_BASE_URL", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownRegion_FailsListingClusters()
    {
        var result = Load(new() { ["ARUBA_REGION"] = "mars1" });

        Assert.StartsWith("ARUBA_REGION: unknown cluster 'mars1'", result.Error, StringComparison.Ordinal);
        Assert.Contains("us1", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0", "out of range")]
    [InlineData("301", "out of range")]
    [InlineData("abc", "not a whole number")]
    [InlineData("-5", "not a whole number")]
    [InlineData("1.5", "not a whole number")]
    public void Load_InvalidTimeout_FailsNamingVariableProblemAndRange(string value, string problem)
    {
        var result = Load(new() { ["ARUBA_API_TIMEOUT"] = value });

        Assert.False(result.IsSuccess);
        Assert.StartsWith($"ARUBA_API_TIMEOUT: '{value}'", result.Error, StringComparison.Ordinal);
        Assert.Contains(problem, result.Error, StringComparison.Ordinal);
        Assert.Contains("1 to 300 seconds", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', result.Error);
    }

    [Theory]
    [InlineData("ARUBA_RATE_LIMIT_REQUESTS", "0")]
    [InlineData("ARUBA_RATE_LIMIT_WINDOW", "0")]
    [InlineData("ARUBA_CIRCUIT_BREAKER_THRESHOLD", "0")]
    [InlineData("ARUBA_CIRCUIT_BREAKER_TIMEOUT", "0")]
    [InlineData("ARUBA_TOKEN_REFRESH_BUFFER", "3601")]
    [InlineData("ARUBA_MAX_CONCURRENCY", "65")]
    [InlineData("ARUBA_DEMO", "maybe")]
    [InlineData("ARUBA_BASE_URL", "http://central.example.com")]
    [InlineData("ARUBA_BASE_URL", "https://central.example.com/?x=1")]
    [InlineData("ARUBA_TOKEN_URL", "not a url")]
    public void Load_InvalidValue_ErrorStartsWithVariable(string variable, string value)
    {
        var result = Load(new() { [variable] = value });

        Assert.StartsWith($"{variable}: ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_LoopbackHttpBaseUrl_Accepted()
    {
        var result = Load(new() { ["ARUBA_BASE_URL"] = "http://127.0.0.1:8443/" });

        Assert.Equal(new Uri("http://127.0.0.1:8443"), result.Options!.BaseUrl);
    }

    [Theory]
    [InlineData("your_client_id")]
    [InlineData("YOUR-CLIENT-ID")]
    [InlineData("<client-id>")]
    [InlineData("${ARUBA_CLIENT_ID}")]
    [InlineData("changeme")]
    [InlineData("xxxxxxxx")]
    [InlineData("")]
    [InlineData("   ")]
    public void Load_PlaceholderClientId_CountsAsMissing(string value)
    {
        var result = Load(new() { ["ARUBA_CLIENT_ID"] = value, ["ARUBA_CLIENT_SECRET"] = "real-secret" });

        Assert.True(result.IsSuccess);
        Assert.Null(result.Options.ClientId);
        Assert.False(result.Options.HasClientCredentials);
    }

    [Fact]
    public void Load_Credentials_ReadFromEnvironment()
    {
        var result = Load(new() { ["ARUBA_CLIENT_ID"] = "id-1", ["ARUBA_CLIENT_SECRET"] = "secret-1" });

        Assert.Equal("id-1", result.Options!.ClientId);
        Assert.Equal("secret-1", result.Options.ClientSecret);
        Assert.True(result.Options.HasClientCredentials);
    }

    [Fact]
    public void Load_SecretFile_WinsOverEnvironment()
    {
        var environment = new Dictionary<string, string> { ["ARUBA_CLIENT_SECRET"] = "from-environment" };
        var files = new Dictionary<string, string> { ["ARUBA_CLIENT_SECRET"] = "from-file\n" };

        var result = CentralOptionsLoader.Load(NoOverrides, name => environment.GetValueOrDefault(name), name => files.GetValueOrDefault(name));

        Assert.Equal("from-file", result.Options!.ClientSecret);
    }

    [Fact]
    public void Load_Override_WinsOverFileAndEnvironment()
    {
        var overrides = new Dictionary<string, string> { ["ARUBA_API_TIMEOUT"] = "10", ["ARUBA_CLIENT_ID"] = "from-flag" };
        var environment = new Dictionary<string, string> { ["ARUBA_API_TIMEOUT"] = "20", ["ARUBA_CLIENT_ID"] = "from-environment" };
        var files = new Dictionary<string, string> { ["ARUBA_CLIENT_ID"] = "from-file" };

        var result = CentralOptionsLoader.Load(overrides, name => environment.GetValueOrDefault(name), name => files.GetValueOrDefault(name));

        Assert.Equal(TimeSpan.FromSeconds(10), result.Options!.ApiTimeout);
        Assert.Equal("from-flag", result.Options.ClientId);
    }

    [Fact]
    public void Load_NonSecretVariable_IgnoresSecretFiles()
    {
        var files = new Dictionary<string, string> { ["ARUBA_API_TIMEOUT"] = "10" };

        var result = CentralOptionsLoader.Load(NoOverrides, _ => null, name => files.GetValueOrDefault(name));

        Assert.Equal(TimeSpan.FromSeconds(30), result.Options!.ApiTimeout);
    }

    [Theory]
    [InlineData("1", true)]
    [InlineData("true", true)]
    [InlineData("ON", true)]
    [InlineData("0", false)]
    [InlineData("no", false)]
    public void Load_Demo_ParsesBoolean(string value, bool expected)
    {
        Assert.Equal(expected, Load(new() { ["ARUBA_DEMO"] = value }).Options!.Demo);
    }

    [Fact]
    public void Options_ToString_HidesSecretAndToken()
    {
        var options = new CentralOptions { ClientId = "id", ClientSecret = "very-secret-value", AccessToken = "token-value-123" };

        var text = options.ToString();

        Assert.DoesNotContain("very-secret-value", text, StringComparison.Ordinal);
        Assert.DoesNotContain("token-value-123", text, StringComparison.Ordinal);
    }

    private static CentralOptionsLoadResult Load(Dictionary<string, string> environment)
    {
        return CentralOptionsLoader.Load(NoOverrides, name => environment.GetValueOrDefault(name), _ => null);
    }
}
