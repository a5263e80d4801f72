using ArubaNoc.Tools.Framework;

namespace ArubaNoc.Tools.Devices;

/// <summary>The <c>device_type</c> argument shared by the device list, inventory and firmware tools.</summary>
internal static class DeviceTypes
{
    /// <summary>Creates the <c>device_type</c> parameter: <c>ACCESS_POINT</c>, <c>SWITCH</c> or <c>GATEWAY</c>, sent verbatim.</summary>
    public static ToolParameter Parameter() => ToolParameters.Enum(
        "device_type",
        "Device type: ACCESS_POINT, SWITCH or GATEWAY.",
        new EnumOption("ACCESS_POINT", null, "AP", "ACCESS POINT"),
        new EnumOption("SWITCH"),
        new EnumOption("GATEWAY"));

    /// <summary>Returns the row token of a Central <c>deviceType</c> value.</summary>
    public static string Token(string type) => type.ToUpperInvariant() switch
    {
        "ACCESS_POINT" or "AP" or "IAP" => StatusToken.AccessPoint,
        "SWITCH" or "CX" or "AOS-S" => StatusToken.Switch,
        "GATEWAY" => StatusToken.Gateway,
        _ => StatusToken.Unknown,
    };
}
