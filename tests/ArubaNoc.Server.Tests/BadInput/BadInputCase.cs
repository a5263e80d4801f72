namespace ArubaNoc.Server.Tests.BadInput;

/// <summary>
/// One call of the bad-input corpus: <paramref name="ArgumentsJson"/> is the whole argument object as JSON text,
/// <paramref name="IsAccepted"/> says whether the parameter's declared rule accepts the value (or treats it as
/// not given), and <paramref name="ReportedName"/> is the argument name a rejection must report.
/// </summary>
internal sealed record BadInputCase(string Tool, string Argument, string Label, string ArgumentsJson, bool IsAccepted, string ReportedName)
{
    public override string ToString() => $"{Tool}.{Printable(Argument)} = {Label}";

    private static string Printable(string name) => name.Length > 40 || name.Any(char.IsControl) || name.Any(char.IsSurrogate)
        ? $"<{name.Length} characters>"
        : name;
}
