namespace ArubaNoc.Central.Resilience;

/// <summary>Conversions between <see cref="TimeSpan"/> and <see cref="TimeProvider"/> timestamp units.</summary>
internal static class TimestampMath
{
    /// <summary>
    /// Converts <paramref name="duration"/> to timestamp ticks of <paramref name="timeProvider"/>. Exact when
    /// the timestamp frequency is a multiple of <see cref="TimeSpan.TicksPerSecond"/> (10 MHz fake clocks,
    /// 1 GHz on Linux), so a timer due after <paramref name="duration"/> fires at that timestamp.
    /// </summary>
    public static long ToTimestampTicks(TimeSpan duration, TimeProvider timeProvider)
    {
        var frequency = timeProvider.TimestampFrequency;
        if (frequency % TimeSpan.TicksPerSecond == 0)
        {
            return duration.Ticks * (frequency / TimeSpan.TicksPerSecond);
        }

        return (long)(duration.Ticks * (frequency / (double)TimeSpan.TicksPerSecond));
    }
}
