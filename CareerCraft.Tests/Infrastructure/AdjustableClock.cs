namespace CareerCraft.Tests.Infrastructure;

/// <summary>
/// The system clock moved forward at will. Only "now" moves: timers and timeouts still run in real time, so a
/// service whose back-off the test skips is otherwise undisturbed (a fake clock that stops time would also stop its
/// timeouts and throttling delays).
/// </summary>
public sealed class AdjustableClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);
}
