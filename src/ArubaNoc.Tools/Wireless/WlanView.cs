using ArubaNoc.Tools.Wireless.Wire;

namespace ArubaNoc.Tools.Wireless;

/// <summary>The values of a WLAN item after reading older field names as fallbacks, with the security checks both WLAN tools use.</summary>
internal sealed record WlanView(string? Name, string? Status, string? SecurityLevel, string? Security, string? Vlan, string? Band, long? Clients)
{
    /// <summary>Band names a WLAN can offer, in display order.</summary>
    public static readonly IReadOnlyList<string> BandNames = ["2.4 GHz", "5 GHz", "6 GHz"];

    /// <summary>Reads <paramref name="item"/>; the older <c>securityType</c> is used for a missing <c>security</c> or <c>securityLevel</c>.</summary>
    public static WlanView From(WlanItem item)
    {
        var status = item.Status ?? item.Enabled switch
        {
            true => "ENABLED",
            false => "DISABLED",
            null => null,
        };
        return new WlanView(
            item.WlanName ?? item.Name,
            status,
            item.SecurityLevel ?? item.SecurityType,
            item.Security ?? item.SecurityType,
            item.Vlan ?? item.VlanId,
            item.Band,
            item.ClientCount ?? item.ConnectedClients);
    }

    public bool IsEnabled => string.Equals(Status, "ENABLED", StringComparison.OrdinalIgnoreCase);

    public bool IsDisabled => string.Equals(Status, "DISABLED", StringComparison.OrdinalIgnoreCase);

    /// <summary>Row token of the status: up when enabled, down when disabled, unknown otherwise.</summary>
    public string StatusToken
    {
        get
        {
            if (IsEnabled)
            {
                return Framework.StatusToken.Up;
            }

            return IsDisabled ? Framework.StatusToken.Down : Framework.StatusToken.Unknown;
        }
    }

    /// <summary>Open and unencrypted: level Open, and security not Enhanced Open (OWE encrypts the air).</summary>
    public bool IsOpen =>
        string.Equals(SecurityLevel, "Open", StringComparison.OrdinalIgnoreCase) &&
        !(Security?.Contains("Enhanced", StringComparison.OrdinalIgnoreCase) ?? false);

    public bool IsCaptivePortal => string.Equals(SecurityLevel, "Captive Portal", StringComparison.OrdinalIgnoreCase);

    /// <summary>A guest network: the name contains "guest" in any case, or the level is Captive Portal.</summary>
    public bool IsGuestLike => (Name?.Contains("guest", StringComparison.OrdinalIgnoreCase) ?? false) || IsCaptivePortal;

    /// <summary>The bands of <see cref="BandNames"/> that <see cref="Band"/> mentions, ignoring spaces and case.</summary>
    public IReadOnlyList<string> Bands()
    {
        var compact = (Band ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        var bands = new List<string>();
        if (compact.Contains("2.4", StringComparison.Ordinal))
        {
            bands.Add("2.4 GHz");
        }

        if (compact.Contains("5GHZ", StringComparison.Ordinal))
        {
            bands.Add("5 GHz");
        }

        if (compact.Contains("6GHZ", StringComparison.Ordinal))
        {
            bands.Add("6 GHz");
        }

        return bands;
    }
}
