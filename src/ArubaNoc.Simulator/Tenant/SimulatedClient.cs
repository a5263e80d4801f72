namespace ArubaNoc.Simulator.Tenant;

/// <summary>A client of the simulated tenant, as tests need it to build requests.</summary>
/// <param name="MacAddress">MAC address in lower-case colon form.</param>
/// <param name="ClientName">Client name, or null when Central reports none.</param>
/// <param name="Status"><c>Connected</c>, <c>Failed</c>, <c>Connecting</c>, <c>Disconnected</c> or <c>Blocked</c>.</param>
/// <param name="ConnectionType"><c>Wireless</c> or <c>Wired</c>.</param>
/// <param name="SiteId">Id of the client's site.</param>
/// <param name="ConnectedDeviceSerial">Serial of the AP or switch the client uses, or null.</param>
public sealed record SimulatedClient(
    string MacAddress,
    string? ClientName,
    string Status,
    string ConnectionType,
    string SiteId,
    string? ConnectedDeviceSerial);
