using System.Text.RegularExpressions;
using ArubaNoc.Server.Metrics;

namespace ArubaNoc.Server.Tests.Metrics;

/// <summary>The alert rules and the dashboard may only reference metrics the server exports.</summary>
public sealed partial class MetricNamesTests
{
    [Theory]
    [InlineData("docs/alerts.yml")]
    [InlineData("docs/grafana-dashboard.json")]
    public async Task DocsFile_ReferencesOnlyExportedMetrics(string relativePath)
    {
        var exported = await ExportedFamiliesAsync();
        var text = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot(), relativePath), TestContext.Current.CancellationToken);

        var referenced = MetricName().Matches(text).Select(match => FamilyOf(match.Value)).ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(referenced);
        Assert.All(referenced, name => Assert.Contains(name, exported));
    }

    [Fact]
    public async Task Export_FreshServer_DeclaresEveryFamily()
    {
        var exported = await ExportedFamiliesAsync();

        Assert.Contains("aruba_noc_central_requests_total", exported);
        Assert.Contains("aruba_noc_tool_calls_total", exported);
        Assert.Contains("aruba_noc_circuit_breaker_state", exported);
    }

    private static async Task<HashSet<string>> ExportedFamiliesAsync()
    {
        var scrape = await new NocMetrics("test").ExportAsync(TestContext.Current.CancellationToken);
        return scrape.Split('\n')
            .Where(line => line.StartsWith("# TYPE ", StringComparison.Ordinal))
            .Select(line => line.Split(' ')[2])
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Maps a histogram's series names (<c>_bucket</c>, <c>_count</c>, <c>_sum</c>) to the family name.</summary>
    private static string FamilyOf(string name)
    {
        foreach (var suffix in new[] { "_bucket", "_count", "_sum" })
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal))
            {
                return name[..^suffix.Length];
            }
        }

        return name;
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ArubaNoc.Aot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("ArubaNoc.Aot.sln not found above the test directory.");
    }

    [GeneratedRegex("aruba_noc_[a-z_]+[a-z]")]
    private static partial Regex MetricName();
}
