namespace ArubaNoc.Simulator.Tenant;

/// <summary>A device of the simulated tenant, as tests need it to build requests.</summary>
/// <param name="SerialNumber">Serial number (at most 16 letters and digits).</param>
/// <param name="DeviceName">Device name as Central lists it.</param>
/// <param name="DeviceType"><c>ACCESS_POINT</c>, <c>SWITCH</c> or <c>GATEWAY</c>.</param>
/// <param name="SiteId">Id of the site the device belongs to.</param>
/// <param name="IsOnline">False for devices whose ping requests get 409 <c>HPE_GRAVITY_DEVICE_OFFLINE</c>.</param>
/// <param name="IsMonitored">False for devices that appear only in <c>/device-inventory</c>.</param>
/// <param name="ClusterName">Gateway cluster name, or null.</param>
/// <param name="StackId">Switch stack id, or null.</param>
public sealed record SimulatedDevice(
    string SerialNumber,
    string DeviceName,
    string DeviceType,
    string SiteId,
    bool IsOnline,
    bool IsMonitored,
    string? ClusterName,
    string? StackId);
