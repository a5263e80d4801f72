using System.Globalization;
using System.Text.Json;
using ArubaNoc.Tools.AccessPoints.Wire;
using ArubaNoc.Tools.Framework;

namespace ArubaNoc.Tools.AccessPoints;

/// <summary>One CPU sample with a value; samples whose value is null are never created.</summary>
internal sealed record CpuSample(DateTimeOffset? Timestamp, double CpuPct);

/// <summary>Reads CPU samples from a trend body and computes peak, mean, classification and direction.</summary>
internal sealed class CpuSeries
{
    /// <summary>A peak at or above this percentage is critical.</summary>
    public const double PeakCritPct = 90;

    /// <summary>A peak at or above this percentage is a warning and triggers the recommendation.</summary>
    public const double PeakWarnPct = 80;

    /// <summary>A mean at or above this percentage is a warning.</summary>
    public const double MeanWarnPct = 70;

    /// <summary>Points compared at each end of the series for the direction; fewer points give no direction.</summary>
    public const int TrendPoints = 5;

    private const string CpuKey = "cpu_utilization";

    private CpuSeries()
    {
    }

    public double Current { get; private init; }

    public double Mean { get; private init; }

    public double Max { get; private init; }

    public DateTimeOffset? MaxAt { get; private init; }

    public double Min { get; private init; }

    public FindingLevel Classification { get; private init; }

    public string? Trend { get; private init; }

    /// <summary>
    /// Returns the samples that carry a value, from <c>graph.samples</c> (the value at the index of key
    /// <c>cpu_utilization</c>, else index 0) or, without a graph, from the v1alpha1 <c>trends</c>.
    /// </summary>
    public static List<CpuSample> Read(CpuTrendBody body)
    {
        if (body.Graph is { } graph)
        {
            var index = Math.Max(0, graph.Keys?.FindIndex(key => string.Equals(key, CpuKey, StringComparison.OrdinalIgnoreCase)) ?? 0);
            return [.. (graph.Samples ?? [])
                .Select(sample => (sample.Timestamp, Value: sample.Data is { } data && index < data.Count ? Number(data[index]) : null))
                .Where(pair => pair.Value is not null)
                .Select(pair => new CpuSample(pair.Timestamp, pair.Value!.Value))];
        }

        return [.. (body.Trends ?? [])
            .Where(point => point.CpuUtilization is not null)
            .Select(point => new CpuSample(point.Timestamp, point.CpuUtilization!.Value))];
    }

    /// <summary>Summarizes a non-empty series.</summary>
    public static CpuSeries Summarize(List<CpuSample> samples)
    {
        var values = samples.Select(sample => sample.CpuPct).ToList();
        var max = values.Max();
        var mean = values.Average();
        var classification = max >= PeakCritPct ? FindingLevel.Crit
            : max >= PeakWarnPct || mean >= MeanWarnPct ? FindingLevel.Warn
            : FindingLevel.Ok;
        return new CpuSeries
        {
            Current = values[^1],
            Mean = mean,
            Max = max,
            MaxAt = samples.First(sample => sample.CpuPct == max).Timestamp,
            Min = values.Min(),
            Classification = classification,
            Trend = Direction(values),
        };
    }

    /// <summary>Adds the classification finding and, for a peak of 80 % or more, the recommendation.</summary>
    public void AddFindings(ToolResultBuilder result)
    {
        var peak = $"peak {ValueFormat.Percent(Max)} at {ValueFormat.Time(MaxAt)}, mean {ValueFormat.Percent(Mean)}";
        switch (Classification)
        {
            case FindingLevel.Crit:
                result.AddFinding(FindingLevel.Crit, "CPU_CRITICAL", $"{peak} (peak at or above {PeakCritPct:0} %)");
                break;
            case FindingLevel.Warn when Max >= PeakWarnPct:
                result.AddFinding(FindingLevel.Warn, "CPU_HIGH", $"{peak} (peak at or above {PeakWarnPct:0} %)");
                break;
            case FindingLevel.Warn:
                result.AddFinding(FindingLevel.Warn, "CPU_ELEVATED", $"{peak} (mean at or above {MeanWarnPct:0} %)");
                break;
            default:
                result.AddFinding(FindingLevel.Ok, "CPU_OK", peak);
                break;
        }

        if (Max >= PeakWarnPct)
        {
            result.AddFinding(FindingLevel.Info, "CPU_RECOMMENDATION",
                "check the client load and the radio and firmware events around the peak; persistent high CPU may need a firmware upgrade or load spread to neighbouring APs");
        }
    }

    /// <summary>Compares the mean of the last 5 values with the mean of the first 5; null with fewer than 5 values.</summary>
    private static string? Direction(List<double> values)
    {
        if (values.Count < TrendPoints)
        {
            return null;
        }

        var early = values.Take(TrendPoints).Average();
        var late = values.TakeLast(TrendPoints).Average();
        if (early == 0)
        {
            return late > 0 ? "Increasing" : "Stable";
        }

        if (late > early * 1.2)
        {
            return "Increasing";
        }

        return late < early * 0.8 ? "Decreasing" : "Stable";
    }

    /// <summary>Reads a data entry that Central may send as a number or a numeric string.</summary>
    private static double? Number(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Number)
        {
            return element.TryGetDouble(out var number) && double.IsFinite(number) ? number : null;
        }

        if (element.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        var text = element.GetString()!.Trim();
        var length = 0;
        while (length < text.Length && (char.IsAsciiDigit(text[length]) || text[length] is '.' or '-' or '+'))
        {
            length++;
        }

        return double.TryParse(text.AsSpan(0, length), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && double.IsFinite(parsed) ? parsed : null;
    }
}
