using ArubaNoc.Tools.Framework;

namespace ArubaNoc.Tools.Tests.Framework.Binding;

public sealed class TimeWindowTests
{
    private static readonly DateTimeOffset Now = TestClock.Now;
    private static readonly WindowRule BeforeNow = new("start_time", "end_time", EndBeforeNow: true, DefaultSpan: TimeSpan.FromHours(24));

    [Fact]
    public void Resolve_NoEnd_ComputesNowMinus60Seconds()
    {
        TimeWindow.TryResolve(null, null, Now, BeforeNow, out var window, out _);

        Assert.Equal(Now.AddSeconds(-60), window.End);
        Assert.False(window.EndClamped);
    }

    [Fact]
    public void Resolve_NoStart_AppliesDefaultSpan()
    {
        TimeWindow.TryResolve(null, null, Now, BeforeNow, out var window, out _);

        Assert.Equal(window.End.AddHours(-24), window.Start);
    }

    [Fact]
    public void Resolve_EndAfterLatest_ClampedWithInfo()
    {
        TimeWindow.TryResolve(null, Now.AddMinutes(2), Now, BeforeNow, out var window, out _);

        Assert.Equal(Now.AddSeconds(-60), window.End);
        Assert.True(window.EndClamped);
        Assert.Equal("END_CLAMPED", window.ClampFinding("end_time").Code);
    }

    [Fact]
    public void Resolve_EndNotBeforeNowRule_NotClamped()
    {
        var rule = BeforeNow with { EndBeforeNow = false };

        TimeWindow.TryResolve(null, Now.AddMinutes(2), Now, rule, out var window, out _);

        Assert.Equal(Now.AddMinutes(2), window.End);
    }

    [Fact]
    public void Resolve_StartNotBeforeEnd_RejectedOnStart()
    {
        var ok = TimeWindow.TryResolve(Now.AddHours(-1), Now.AddHours(-2), Now, BeforeNow, out _, out var failure);

        Assert.False(ok);
        Assert.Equal("start_time", failure!.Argument);
        Assert.Equal("must be earlier than end_time", failure.Rule);
    }

    [Fact]
    public void Resolve_SpanAboveMaximum_Rejected()
    {
        var rule = BeforeNow with { MaxSpan = TimeSpan.FromDays(7) };

        var ok = TimeWindow.TryResolve(Now.AddDays(-8), null, Now, rule, out _, out var failure);

        Assert.False(ok);
        Assert.Equal("must be at most 7 days before end_time", failure!.Rule);
    }
}
