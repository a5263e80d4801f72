using ArubaNoc.Central.Configuration;
using ArubaNoc.Central.Http;
using ArubaNoc.Central.Observability;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ArubaNoc.Central.Tests.Fakes;

/// <summary>Shared options and factories for tests.</summary>
internal static class TestSetup
{
    public const string ClientSecret = "s3cr3t-Client-Secret-7f9a";

    public static readonly DateTimeOffset Start = new(2026, 7, 1, 8, 0, 0, TimeSpan.Zero);

    public static CentralOptions Options => new()
    {
        BaseUrl = new Uri($"https://{FakeCentral.ApiHost}"),
        TokenUrl = new Uri($"https://{FakeCentral.TokenHost}/as/token.oauth2"),
        ClientId = "client-id-1",
        ClientSecret = ClientSecret,
        RateLimitRequests = 1000,
        RateLimitWindow = TimeSpan.FromSeconds(1),
        MaxConcurrency = 64,
    };

    public static CentralClient CreateClient(
        ObservableTimeProvider time,
        FakeCentral central,
        CentralOptions? options = null,
        ILoggerFactory? loggerFactory = null,
        ICentralTelemetry? telemetry = null)
    {
        return CentralClient.Create(options ?? Options, time, loggerFactory ?? NullLoggerFactory.Instance, central, telemetry, jitter: () => 0.5);
    }
}
