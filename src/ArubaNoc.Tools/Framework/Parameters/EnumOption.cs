namespace ArubaNoc.Tools.Framework;

/// <summary>
/// One accepted value of an enum parameter. <see cref="Value"/> is the canonical spelling that the
/// schema lists and the binder returns; <see cref="WireValue"/> is what the tool sends to Central
/// (for example <c>CONNECTED</c> is sent as <c>Connected</c>). <see cref="Aliases"/> are further
/// accepted spellings. All matching is case-insensitive.
/// </summary>
public sealed record EnumOption(string Value, string? SendAs = null, params string[] Aliases)
{
    /// <summary>The spelling sent to Central: <see cref="SendAs"/> when set, else <see cref="Value"/>.</summary>
    public string WireValue => SendAs ?? Value;

    /// <summary>Whether <paramref name="input"/> names this option, ignoring case.</summary>
    public bool Matches(string input)
    {
        if (string.Equals(input, Value, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (var alias in Aliases)
        {
            if (string.Equals(input, alias, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
