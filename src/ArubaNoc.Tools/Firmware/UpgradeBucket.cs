namespace ArubaNoc.Tools.Firmware;

/// <summary>Upgrade state of a device, derived from Central's free-text <c>upgradeStatus</c>.</summary>
internal enum UpgradeBucket
{
    /// <summary>Status reads "up to date".</summary>
    UpToDate,

    /// <summary>Status contains "required".</summary>
    Required,

    /// <summary>Status contains "available".</summary>
    Available,

    /// <summary>Any other status, or none.</summary>
    Other,
}
