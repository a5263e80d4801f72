using System.Globalization;
using ArubaNoc.Tools.Clients.Wire;
using ArubaNoc.Tools.Framework;

namespace ArubaNoc.Tools.Clients;

/// <summary>Output shape and series statistics of <c>get_client_trends</c>.</summary>
internal sealed partial class GetClientTrendsTool
{
    /// <summary>Samples averaged at each end of the series to compare early and late counts.</summary>
    internal const int TrendSamples = 5;

    private static readonly OutputField MeanField = new("mean", OutputKind.Number);
    private static readonly OutputField ShareField = new("sharePct", OutputKind.Percent);
    private static readonly OutputField CountField = new("n", OutputKind.Number);

    internal static readonly OutputField PointsFact = new("points", OutputKind.Integer, "Points");
    internal static readonly OutputField IntervalFact = new("interval", OutputKind.Text, "Interval");
    internal static readonly OutputField PeakFact = new("peak", OutputKind.Number, "Peak");
    internal static readonly OutputField PeakAtFact = new("peakAt", OutputKind.Time, "Peak at");
    internal static readonly OutputField MeanFact = new("mean", OutputKind.Number, "Mean");
    internal static readonly OutputField MinFact = new("min", OutputKind.Number, "Minimum");
    internal static readonly OutputField TrendFact = new("trend", OutputKind.Text, "Trend");
    internal static readonly OutputField TrendPctFact = new("trendPct", OutputKind.Percent);
    internal static readonly OutputField ByKeyFact = new("byKey", OutputKind.Map, children: [MeanField, ShareField]);

    private static readonly OutputField TsItem = new("ts", OutputKind.Time);
    private static readonly OutputField TotalItem = new("total", OutputKind.Number);
    private static readonly OutputField ValuesItem = new("values", OutputKind.Map, children: [CountField]);

    private static readonly OutputShape Shape = new(
        [PointsFact, IntervalFact, PeakFact, PeakAtFact, MeanFact, MinFact, TrendFact, TrendPctFact, ByKeyFact],
        [TsItem, TotalItem, ValuesItem]);

    private static void Summarize(ToolResultBuilder result, ClientTrendBody body, string groupBy)
    {
        // NOTE: the v1alpha1 trends[] series is not read as a fallback, so such a body reports 0 points.
        var keys = body.Keys ?? [];
        var samples = (body.Samples ?? []).Where(sample => sample.Data?.Any(value => value.Value is not null) == true).ToList();
        var totals = samples.Select(sample => sample.Data!.Sum(value => value.Value ?? 0)).ToList();
        result.Facts.Set(PointsFact, samples.Count).Set(IntervalFact, body.Interval);
        if (samples.Count == 0)
        {
            return;
        }

        var peakIndex = totals.IndexOf(totals.Max());
        var mean = totals.Average();
        var (trend, trendPct) = Trend(totals);
        var keySums = keys.Select((_, index) => samples.Sum(sample => index < sample.Data!.Count ? sample.Data[index].Value ?? 0 : 0)).ToList();
        var grand = keySums.Sum();
        var byKey = keys.Select((key, index) => new KeyValuePair<string, OutputValues>(
            key ?? ValueFormat.Missing,
            OutputValues.For(ByKeyFact).Set(MeanField, keySums[index] / samples.Count).Set(ShareField, grand > 0 ? keySums[index] * 100 / grand : null))).ToList();
        result.Facts
            .Set(PeakFact, totals[peakIndex]).Set(PeakAtFact, samples[peakIndex].Ts).Set(MeanFact, mean).Set(MinFact, totals.Min())
            .Set(TrendFact, trend).Set(TrendPctFact, trendPct).Set(ByKeyFact, byKey);

        foreach (var (sample, index) in samples.Select((sample, index) => (sample, index)).TakeLast(ToolResultBuilder.MaxItems))
        {
            var values = keys.Select((key, keyIndex) => new KeyValuePair<string, OutputValues>(
                key ?? ValueFormat.Missing,
                OutputValues.For(ValuesItem).Set(CountField, keyIndex < sample.Data!.Count ? sample.Data[keyIndex].Value : null))).ToList();
            result.AddItem(result.Shape.NewItem().Set(TsItem, sample.Ts).Set(TotalItem, totals[index]).Set(ValuesItem, values));
        }

        result.AddSection($"By {groupBy}", [.. byKey.Select(pair => new TextRow(StatusToken.Stats,
            $"{pair.Key}: mean {OutputText.Format(MeanField, pair.Value)} · {OutputText.Format(ShareField, pair.Value)}"))]);
        var trendText = trendPct is { } pct ? string.Create(CultureInfo.InvariantCulture, $"{trend} ({pct:+0.0;-0.0} %)") : trend;
        result.AddSection("Trend", [new TextRow(StatusToken.Trend, $"{trendText}; peak {ValueFormat.Number(totals[peakIndex])} at {ValueFormat.Time(samples[peakIndex].Ts)}")]);
        if (mean > 0 && totals[peakIndex] > mean * 1.5)
        {
            result.AddFinding(FindingLevel.Warn, "PEAK_SPIKE", $"the peak of {ValueFormat.Number(totals[peakIndex])} clients is more than 1.5 times the mean of {ValueFormat.Number(mean)}");
        }
    }

    /// <summary>
    /// Compares the mean of the first and last <see cref="TrendSamples"/> totals (fewer when the series is shorter than twice that): more than 10 % up is
    /// Increasing, more than 10 % down Decreasing, else Stable. From an early mean of 0, any rise is Increasing.
    /// </summary>
    internal static (string Trend, double? Pct) Trend(IReadOnlyList<double> totals)
    {
        if (totals.Count < 2)
        {
            return ("Stable", null);
        }

        // Short series use half their samples at each end, so early and late never overlap.
        var window = Math.Min(TrendSamples, totals.Count / 2);
        var early = totals.Take(window).Average();
        var late = totals.TakeLast(window).Average();
        if (early == 0)
        {
            return late > 0 ? ("Increasing (from zero)", null) : ("Stable", 0);
        }

        var pct = (late - early) * 100 / early;
        return late > early * 1.1 ? ("Increasing", pct) : late < early * 0.9 ? ("Decreasing", pct) : ("Stable", pct);
    }
}
