namespace ArubaNoc.Tools.Framework;

/// <summary>
/// A resolved query window. <see cref="EndClamped"/> is true when a given end later than the latest end
/// Central accepts was moved back; the tool then reports <c>[INFO] END_CLAMPED</c>.
/// </summary>
public sealed record TimeWindow(DateTimeOffset? Start, DateTimeOffset End, bool EndClamped)
{
    /// <summary>How far before now a computed end lies, for endpoints that require the end to be earlier than now.</summary>
    public static readonly TimeSpan EndMargin = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Resolves the window from bound arguments. The end defaults to now, or to now − 60 s when
    /// <paramref name="endBeforeNow"/> is set, in which case a later given end is clamped to that value.
    /// The start defaults to end − <paramref name="defaultSpan"/> (absent when null). Fails, naming the
    /// start argument, when start is not earlier than end or the span exceeds <paramref name="maxSpan"/>.
    /// </summary>
    public static bool TryResolve(
        DateTimeOffset? start,
        DateTimeOffset? end,
        DateTimeOffset now,
        WindowRule rule,
        out TimeWindow window,
        out ValidationFailure? failure)
    {
        var latestEnd = rule.EndBeforeNow ? now - EndMargin : now;
        var resolvedEnd = end ?? latestEnd;
        var clamped = false;
        if (rule.EndBeforeNow && resolvedEnd > latestEnd)
        {
            resolvedEnd = latestEnd;
            clamped = end is not null;
        }

        var resolvedStart = start ?? (rule.DefaultSpan is { } span ? resolvedEnd - span : null);
        window = new TimeWindow(resolvedStart, resolvedEnd, clamped);
        failure = null;
        if (resolvedStart is not { } startValue)
        {
            return true;
        }

        if (startValue >= resolvedEnd)
        {
            failure = new ValidationFailure(rule.StartArgument, $"must be earlier than {rule.EndArgument}", $"{TimeArgument.ToDisplay(startValue)} with end {TimeArgument.ToDisplay(resolvedEnd)}");
            return false;
        }

        if (rule.MaxSpan is { } maxSpan && resolvedEnd - startValue > maxSpan)
        {
            failure = new ValidationFailure(rule.StartArgument, $"must be at most {maxSpan.TotalDays:0.##} days before {rule.EndArgument}", $"{(resolvedEnd - startValue).TotalDays:0.##} days");
            return false;
        }

        return true;
    }

    /// <summary>The finding reported when <see cref="EndClamped"/> is true.</summary>
    public Finding ClampFinding(string endArgument) => new(
        FindingLevel.Info,
        "END_CLAMPED",
        $"{endArgument} was moved back to {TimeArgument.ToDisplay(End)} because Central requires an end at least 60 s before now");
}
