using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace ArubaNoc.Central.Tests.Fakes;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that also reports every timer it creates, so a test can wait until a
/// delay or timeout is armed before advancing the clock past it (no real-time sleeps, no guessing).
/// </summary>
internal sealed class ObservableTimeProvider : TimeProvider
{
    private readonly Channel<TimeSpan> _createdTimers = Channel.CreateUnbounded<TimeSpan>();

    public ObservableTimeProvider(DateTimeOffset start)
    {
        Fake = new FakeTimeProvider(start);
    }

    public FakeTimeProvider Fake { get; }

    public override DateTimeOffset GetUtcNow() => Fake.GetUtcNow();

    public override long GetTimestamp() => Fake.GetTimestamp();

    public override long TimestampFrequency => Fake.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => Fake.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = Fake.CreateTimer(callback, state, dueTime, period);
        _createdTimers.Writer.TryWrite(dueTime);
        return timer;
    }

    public void Advance(TimeSpan delta) => Fake.Advance(delta);

    /// <summary>Waits until a timer with exactly <paramref name="dueTime"/> has been created.</summary>
    public async Task WaitForTimerAsync(TimeSpan dueTime)
    {
        var cancellation = TestContext.Current.CancellationToken;
        while (true)
        {
            var created = await _createdTimers.Reader.ReadAsync(cancellation);
            if (created == dueTime)
            {
                return;
            }
        }
    }

    /// <summary>Forgets the timers created so far.</summary>
    public void ClearTimers()
    {
        while (_createdTimers.Reader.TryRead(out _))
        {
        }
    }
}
