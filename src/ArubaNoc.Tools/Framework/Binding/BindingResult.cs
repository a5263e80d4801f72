namespace ArubaNoc.Tools.Framework;

/// <summary>
/// The outcome of <see cref="ArgumentBinder.Bind"/>: the bound arguments, or up to
/// <see cref="ArgumentBinder.MaxReportedFailures"/> failures: declared parameters in declaration order,
/// then unknown arguments.
/// </summary>
public sealed record BindingResult(ToolArguments? Arguments, IReadOnlyList<ValidationFailure> Failures)
{
    /// <summary>Whether every argument was valid.</summary>
    public bool Succeeded => Arguments is not null && Failures.Count == 0;
}
