namespace ArubaNoc.Tools.Framework;

/// <summary>Severity of a finding, in the order findings are printed.</summary>
public enum FindingLevel
{
    Crit,
    Warn,
    Info,
    Ok,
}
