using System.Text.Json;
using ArubaNoc.Central.Configuration;
using ArubaNoc.Central.Http;
using ArubaNoc.Server.Tests.TestSupport;
using ArubaNoc.Simulator;
using ArubaNoc.Simulator.Tenant;
using ArubaNoc.Tools;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;

namespace ArubaNoc.Server.Tests.Hosting;

/// <summary>
/// A real ping on the simulated tenant through the real server and the SDK client: the client passes a
/// progress token to <c>get_async_test_result</c> and receives increasing progress notifications.
/// </summary>
public sealed class ProgressEndToEndTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AsyncTestResult_WithProgressToken_SendsIncreasingProgress()
    {
        var tenant = SimulatedTenant.CreateDefault();
        var time = new FakeTimeProvider(tenant.ReferenceTime);
        using var handler = new SimulatorHandler(tenant, new SimulatorOptions { TimeProvider = time });
        var options = new CentralOptions
        {
            BaseUrl = new Uri("https://us1.api.central.arubanetworks.com/"),
            TokenUrl = new Uri("https://sso.common.cloud.hpe.com" + SimulatorCredentials.TokenPath),
            ClientId = SimulatorCredentials.ClientId,
            ClientSecret = SimulatorCredentials.ClientSecret,
        };
        using var central = CentralClient.Create(options, time, NullLoggerFactory.Instance, handler);
        var catalog = BuiltInTools.CreateCatalog(new ToolEnvironment
        {
            Central = central,
            TimeProvider = time,
            ServerVersion = "test",
            StartedTimestamp = time.GetTimestamp(),
        });
        await using var server = await InProcessServer.StartAsync(catalog, Cancellation);
        var ap = tenant.Devices.First(device => device.DeviceType == "ACCESS_POINT" && device.IsOnline);

        var started = await server.Client.CallToolAsync(
            "ping_from_ap",
            new Dictionary<string, object?> { ["serial"] = ap.SerialNumber, ["target"] = "10.1.1.1" },
            cancellationToken: Cancellation);
        var handle = started.StructuredContent!.Value.GetProperty("facts").GetProperty("taskHandle").GetString();

        // The tool polls on the fake clock; keep moving it until the call returns.
        var call = server.Client.CallToolAsync(
            "get_async_test_result",
            new Dictionary<string, object?> { ["task_handle"] = handle, ["wait_seconds"] = 60 },
            progress: new Progress<ProgressNotificationValue>(),
            cancellationToken: Cancellation).AsTask();
        for (var step = 0; step < 2000 && !call.IsCompleted; step++)
        {
            time.Advance(TimeSpan.FromMilliseconds(250));
            await Task.WhenAny(call, Task.Delay(2, Cancellation));
        }

        var result = await call;
        var progress = server.ServerOutput.Lines()
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Where(message => message.TryGetProperty("method", out var method) && method.GetString() == "notifications/progress")
            .Select(message => message.GetProperty("params").GetProperty("progress").GetDouble())
            .ToList();
        Assert.NotEqual(true, started.IsError);
        Assert.NotEqual(true, result.IsError);
        Assert.Contains("COMPLETED", Assert.IsType<TextContentBlock>(result.Content[0]).Text, StringComparison.Ordinal);
        Assert.True(progress.Count >= 2, $"Only {progress.Count} progress notifications were sent.");
        Assert.Equal(progress.OrderBy(value => value), progress);
        Assert.Equal(progress.Count, progress.Distinct().Count());
    }
}
