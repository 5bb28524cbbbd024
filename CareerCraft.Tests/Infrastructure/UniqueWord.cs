namespace CareerCraft.Tests.Infrastructure;

/// <summary>
/// A word no other test sends, for texts that must not be in a cache yet. Letters only: a GUID's hex often holds a run
/// of ten digits, which the matcher rightly reads as a phone number (and leaves out as evidence), one time in five.
/// </summary>
public static class UniqueWord
{
    public static string Next() => string.Concat(Guid.NewGuid().ToString("N").Select(c => (char)('a' + Convert.ToInt32(c.ToString(), 16))));
}
