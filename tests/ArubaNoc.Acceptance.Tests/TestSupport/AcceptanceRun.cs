using ArubaNoc.Simulator;
using ArubaNoc.Simulator.Tenant;

namespace ArubaNoc.Acceptance.Tests.TestSupport;

/// <summary>One simulated tenant behind Kestrel and one server process connected to it.</summary>
internal sealed class AcceptanceRun : IAsyncDisposable
{
    private AcceptanceRun(SimulatedTenant tenant, SimulatorHost simulator, ServerUnderTest server)
    {
        Tenant = tenant;
        Simulator = simulator;
        Server = server;
    }

    public SimulatedTenant Tenant { get; }

    public SimulatorHost Simulator { get; }

    public ServerUnderTest Server { get; }

    public SimulatorHandler Handler => Simulator.Handler;

    /// <summary>
    /// Starts the demo tenant (timestamps relative to the current minute, as the server's own clock runs) and
    /// the server with <paramref name="settings"/> on top of the fast defaults of <see cref="ServerUnderTest"/>.
    /// </summary>
    public static async Task<AcceptanceRun> StartAsync(IReadOnlyDictionary<string, string>? settings, CancellationToken cancellationToken)
    {
        var now = TimeProvider.System.GetUtcNow();
        var minute = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerMinute), TimeSpan.Zero);
        var tenant = SimulatedTenant.CreateDefault(referenceTime: minute);

        // The simulator's hourly quota must not throttle the load test; its clock is the real one, like the server's.
        var handler = new SimulatorHandler(tenant, new SimulatorOptions { RateLimitPerHour = 10_000_000 });
        var simulator = await SimulatorHost.StartAsync(handler).ConfigureAwait(false);
        try
        {
            var server = await ServerUnderTest.StartAsync(simulator, settings, cancellationToken).ConfigureAwait(false);
            return new AcceptanceRun(tenant, simulator, server);
        }
        catch
        {
            await simulator.DisposeAsync().ConfigureAwait(false);
            handler.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync().ConfigureAwait(false);
        await Simulator.DisposeAsync().ConfigureAwait(false);
        Simulator.Handler.Dispose();
    }
}
