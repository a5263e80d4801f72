using System.Text;
using ArubaNoc.Acceptance.Tests.TestSupport;

namespace ArubaNoc.Acceptance.Tests;

/// <summary>The checkers the acceptance tests rely on find what they are meant to find.</summary>
public sealed class SupportTests
{
    private const string Token = "sim-0123456789abcdef0123456789abcdef-7";

    [Theory]
    [InlineData("log line with aruba-noc-demo-secret inside")]
    [InlineData("only part: demo-secr")]
    [InlineData("Authorization: Bearer sim-0123456789abcdef0123456789abcdef-7")]
    [InlineData("a slice of the token: 89abcdef0123")]
    [InlineData("Basic YXJ1YmEtbm9jLWRlbW8tY2xpZW50OmFydWJhLW5vYy1kZW1vLXNlY3JldA==")]
    public void SecretScanner_FindsLeak(string text)
    {
        var scanner = new SecretScanner("aruba-noc-demo-client", "aruba-noc-demo-secret", [Token]);

        var found = scanner.FindIn("stderr", Encoding.UTF8.GetBytes(text));

        Assert.NotNull(found);
        Assert.DoesNotContain("demo-secret", found, StringComparison.Ordinal);
        Assert.DoesNotContain("0123456789", found, StringComparison.Ordinal);
    }

    [Fact]
    public void SecretScanner_IgnoresClientIdAndPrefix()
    {
        var scanner = new SecretScanner("aruba-noc-demo-client", "aruba-noc-demo-secret", [Token]);

        Assert.Null(scanner.FindIn("stderr", Encoding.UTF8.GetBytes("client aruba-noc-demo-client got token sim-…")));
    }

    [Fact]
    public void RateCheck_FlagsBurstBeyondBucket()
    {
        var start = new DateTimeOffset(2026, 7, 1, 12, 0, 0, TimeSpan.Zero);
        var burst = Enumerable.Range(0, 30).Select(i => start.AddMilliseconds(i)).ToArray();

        var (excess, window) = RateCheck.Measure(burst, perWindow: 10, TimeSpan.FromSeconds(1), TimeSpan.Zero);

        Assert.True(excess > 0);
        Assert.Equal(30, window);
    }

    [Fact]
    public void RateCheck_AcceptsSteadyRateWithBurst()
    {
        var start = new DateTimeOffset(2026, 7, 1, 12, 0, 0, TimeSpan.Zero);
        var burst = Enumerable.Range(0, 10).Select(_ => start);
        var steady = Enumerable.Range(1, 50).Select(i => start.AddMilliseconds(100 * i));

        var (excess, window) = RateCheck.Measure([.. burst.Concat(steady)], perWindow: 10, TimeSpan.FromSeconds(1), TimeSpan.Zero);

        Assert.True(excess <= 0, $"excess {excess}");
        Assert.Equal(19, window);
    }
}
