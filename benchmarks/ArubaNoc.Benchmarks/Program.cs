using System.Globalization;
using ArubaNoc.Benchmarks.Runs;
using ArubaNoc.Benchmarks.TokenRefresh;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Running;

namespace ArubaNoc.Benchmarks;

/// <summary>
/// Entry point. Without a verb it runs the BenchmarkDotNet suite chosen by its command line (--filter,
/// --job, --inProcess, ...). Two measured runs that are not BenchmarkDotNet benchmarks have verbs:
/// <c>refresh-check [bursts] [callers]</c> and <c>delivered-rate [seconds] [rate ...]</c>.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "refresh-check")
        {
            var bursts = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000;
            var callers = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 10_000;
            return await RefreshCountRun.RunAsync(bursts, callers).ConfigureAwait(false);
        }

        if (args.Length > 0 && args[0] == "delivered-rate")
        {
            var seconds = args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 10;
            int[] rates = args.Length > 2 ? [.. args.Skip(2).Select(a => int.Parse(a, CultureInfo.InvariantCulture))] : [10, 50, 100];
            return await DeliveredRateRun.RunAsync(rates, TimeSpan.FromSeconds(seconds)).ConfigureAwait(false);
        }

        return RunSuite(args);
    }

    private static int RunSuite(string[] args)
    {
        // Token-request counts travel from the benchmark processes to the results table through this folder.
        if (BurstCounts.Directory is null)
        {
            var directory = Path.Combine(Path.GetTempPath(), $"aruba-bench-counts-{Environment.ProcessId}");
            Environment.SetEnvironmentVariable(BurstCounts.DirectoryVariable, directory);
        }

        if (Directory.Exists(BurstCounts.Directory))
        {
            Directory.Delete(BurstCounts.Directory!, recursive: true);
        }

        var config = DefaultConfig.Instance
            .AddColumn(new TokenRequestsColumn())
            .AddExporter(JsonExporter.Full);
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config).ToList();
        if (args.Any(a => a is "--list" or "--help" or "-h" or "--info" or "--version"))
        {
            // These options print and run nothing, so an empty result is expected.
            return 0;
        }

        // A filter that matches nothing yields no summary; a benchmark that threw has no result. CI must fail on both.
        if (summaries.Count == 0 || summaries.All(s => s.Reports.Length == 0))
        {
            Console.Error.WriteLine("No benchmark ran: the filter matched nothing.");
            return 1;
        }

        var failed = summaries
            .SelectMany(s => s.Reports)
            .Where(r => !r.Success || r.ResultStatistics is null)
            .Select(r => r.BenchmarkCase.DisplayInfo)
            .ToList();
        if (failed.Count > 0 || summaries.Any(s => s.HasCriticalValidationErrors))
        {
            Console.Error.WriteLine($"Benchmarks failed or did not validate: {string.Join("; ", failed)}");
            return 1;
        }

        return 0;
    }
}
