using Microsoft.Extensions.Time.Testing;

namespace ArubaNoc.Tools.Tests.Framework;

/// <summary>The fixed "now" of framework tests.</summary>
internal static class TestClock
{
    public static readonly DateTimeOffset Now = new(2026, 1, 15, 12, 0, 0, TimeSpan.Zero);

    public static FakeTimeProvider Create() => new(Now);
}
