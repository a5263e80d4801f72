using BenchmarkDotNet.Running;

namespace ArubaNoc.Benchmarks;

/// <summary>Entry point: runs the benchmarks chosen by the BenchmarkDotNet command line (--filter, --job, ...).</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

        // A filter that matches nothing yields no summary; CI must see that as a failure.
        return summaries.Any() && summaries.All(s => !s.HasCriticalValidationErrors && s.Reports.Length > 0) ? 0 : 1;
    }
}
