using ArubaNoc.Tools.Framework;

namespace ArubaNoc.Tools.Wireless;

/// <summary>Argument rules of the ranking tools, whose window comes from <c>time_range</c> or from explicit times.</summary>
internal static class TopWindows
{
    /// <summary>Returns the span of a <c>time_range</c> value: <c>1hour</c>, <c>24hours</c>, <c>7days</c> or <c>30days</c>.</summary>
    public static TimeSpan RangeOf(string range) => range switch
    {
        "1hour" => TimeSpan.FromHours(1),
        "7days" => TimeSpan.FromDays(7),
        "30days" => TimeSpan.FromDays(30),
        _ => TimeSpan.FromHours(24),
    };

    /// <summary>Returns a failure when only one of the two window arguments was given.</summary>
    public static ValidationFailure? CheckBothOrNeither(ToolArguments arguments, ToolParameter start, ToolParameter end)
    {
        var startGiven = arguments.IsGiven(start);
        if (startGiven == arguments.IsGiven(end))
        {
            return null;
        }

        var missing = startGiven ? end : start;
        var given = startGiven ? start : end;
        return new ValidationFailure(missing.Name, $"must be given together with {given.Name}", "missing");
    }
}
