namespace ArubaNoc.Acceptance.Tests.TestSupport;

/// <summary>Checks request arrival times against a token bucket of a given rate and burst.</summary>
internal static class RateCheck
{
    /// <summary>
    /// A token bucket holding <paramref name="perWindow"/> tokens (its burst) and refilled at
    /// <paramref name="perWindow"/> per <paramref name="window"/> admits, in any interval of length t, at most
    /// <c>perWindow + rate × t</c> requests. Returns the largest excess over that bound across all intervals
    /// between two arrivals (widened by <paramref name="jitter"/> at each end), and the most requests seen in
    /// any sliding <paramref name="window"/>.
    /// </summary>
    public static (double WorstExcess, int WorstWindow) Measure(IReadOnlyList<DateTimeOffset> sortedArrivals, int perWindow, TimeSpan window, TimeSpan jitter)
    {
        var rate = perWindow / window.TotalSeconds;
        var worstExcess = double.NegativeInfinity;
        var worstWindow = 0;
        var windowStart = 0;
        for (var last = 0; last < sortedArrivals.Count; last++)
        {
            while (sortedArrivals[last] - sortedArrivals[windowStart] >= window)
            {
                windowStart++;
            }

            worstWindow = Math.Max(worstWindow, last - windowStart + 1);
            for (var first = 0; first <= last; first++)
            {
                var span = (sortedArrivals[last] - sortedArrivals[first] + (2 * jitter)).TotalSeconds;
                var excess = (last - first + 1) - (perWindow + (rate * span));
                worstExcess = Math.Max(worstExcess, excess);
            }
        }

        return (worstExcess, worstWindow);
    }
}
