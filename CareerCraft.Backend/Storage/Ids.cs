namespace CareerCraft.Backend.Storage;

public static class Ids
{
    /// <summary>Version 7: sorts by creation (index-friendly) and still carries 74 random bits. Ids are never the only
    /// guard anyway: every lookup is scoped to its owner.</summary>
    public static string New() => Guid.CreateVersion7().ToString("N");

    /// <summary>Millisecond precision: what both stores keep, so a value reads back equal to what was written.</summary>
    public static DateTimeOffset Now(TimeProvider time)
    {
        var now = time.GetUtcNow();
        return new DateTimeOffset(now.Ticks - now.Ticks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero);
    }
}
