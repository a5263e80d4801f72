using System.Globalization;

namespace ArubaNoc.Benchmarks.TokenRefresh;

/// <summary>
/// Token requests per burst seen by one benchmark case: bursts run, fewest and most requests in a burst.
/// BenchmarkDotNet may run the case in a child process, so the counts travel through a file in
/// <see cref="Directory"/>, which the host process sets before the run and children inherit.
/// </summary>
internal sealed class BurstCounts
{
    /// <summary>Environment variable naming the folder for the count files.</summary>
    public const string DirectoryVariable = "ARUBA_BENCH_COUNTS_DIR";

    public long Bursts { get; private set; }

    public int Min { get; private set; } = int.MaxValue;

    public int Max { get; private set; }

    public long Total { get; private set; }

    public static string? Directory => Environment.GetEnvironmentVariable(DirectoryVariable);

    public void Record(int requests)
    {
        Bursts++;
        Total += requests;
        Min = Math.Min(Min, requests);
        Max = Math.Max(Max, requests);
    }

    /// <summary>Appends these counts to the case's file; a case runs in several processes (pilot, warm-up, memory), so the file adds them up.</summary>
    public void Save(string caseKey)
    {
        var directory = Directory;
        if (directory is null || Bursts == 0)
        {
            return;
        }

        System.IO.Directory.CreateDirectory(directory);
        var line = string.Create(CultureInfo.InvariantCulture, $"{Bursts} {Min} {Max} {Total}\n");
        File.AppendAllText(Path.Combine(directory, caseKey + ".txt"), line);
    }

    /// <summary>Reads and adds up every line saved for the case; null when none was saved.</summary>
    public static BurstCounts? Load(string caseKey)
    {
        var directory = Directory;
        var path = directory is null ? null : Path.Combine(directory, caseKey + ".txt");
        if (path is null || !File.Exists(path))
        {
            return null;
        }

        var counts = new BurstCounts();
        foreach (var line in File.ReadAllLines(path))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 4)
            {
                continue;
            }

            counts.Bursts += long.Parse(parts[0], CultureInfo.InvariantCulture);
            counts.Min = Math.Min(counts.Min, int.Parse(parts[1], CultureInfo.InvariantCulture));
            counts.Max = Math.Max(counts.Max, int.Parse(parts[2], CultureInfo.InvariantCulture));
            counts.Total += long.Parse(parts[3], CultureInfo.InvariantCulture);
        }

        return counts.Bursts == 0 ? null : counts;
    }
}
