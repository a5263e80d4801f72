using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ArubaNoc.Benchmarks.TokenRefresh;

/// <summary>
/// Results-table column "Token requests/burst": the minimum and maximum token requests in one burst,
/// over every burst the case ran, for example "1 (1–1, 2,048 bursts)". Empty for other benchmarks.
/// </summary>
internal sealed class TokenRequestsColumn : IColumn
{
    public string Id => nameof(TokenRequestsColumn);

    public string ColumnName => "Token requests/burst";

    public bool AlwaysShow => false;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => false;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Min–most token requests in one burst, and the number of bursts run";

    public static string CaseKey(BenchmarkCase benchmarkCase)
    {
        var parameters = string.Join("-", benchmarkCase.Parameters.Items.Select(p => p.Value?.ToString()));
        return $"{benchmarkCase.Descriptor.Type.Name}.{benchmarkCase.Descriptor.WorkloadMethod.Name}-{parameters}";
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var counts = BurstCounts.Load(CaseKey(benchmarkCase));
        if (counts is null)
        {
            return "-";
        }

        var range = counts.Min == counts.Max
            ? counts.Max.ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{counts.Min}–{counts.Max}");
        return string.Create(CultureInfo.InvariantCulture, $"{range} ({counts.Bursts:N0} bursts)");
    }

    public bool IsAvailable(Summary summary) => summary.BenchmarksCases.Any(c => c.Descriptor.Type == typeof(TokenRefreshBenchmarks));

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
