using System.ComponentModel.DataAnnotations;

namespace CareerCraft.Backend.Auth;

/// <summary>
/// The per-account brake on password guessing. Failures are counted twice: for the account from one end-user
/// address (a guesser at one address is slowed quickly) and for the account from everywhere (many guessers are
/// slowed too, but only after many failures). Either way the wait is short and capped, so a stranger who mistypes
/// someone's email on purpose cannot keep its owner out for long, and an owner at an address that has not failed
/// is not slowed by other addresses' few failures.
/// </summary>
public sealed class SignInThrottleOptions
{
    /// <summary>Failures from one address for one account before that pair waits.</summary>
    [Range(0, 1000)]
    public int FreeFailuresPerAddress { get; set; } = 3;

    /// <summary>Failures from all addresses for one account before the whole account waits.</summary>
    [Range(0, 100_000)]
    public int FreeFailuresPerAccount { get; set; } = 20;

    /// <summary>The first wait; each further failure doubles it, up to <see cref="MaxDelaySeconds"/>.</summary>
    [Range(1, 3600)]
    public int BaseDelaySeconds { get; set; } = 1;

    [Range(1, 3600)]
    public int MaxDelaySeconds { get; set; } = 30;

    /// <summary>A count with no new failure for this long starts over.</summary>
    [Range(1, 24 * 60)]
    public int ForgetAfterMinutes { get; set; } = 15;

    /// <summary>Accounts and account-address pairs remembered at once; the oldest go first past it.</summary>
    [Range(100, 10_000_000)]
    public int MaxTracked { get; set; } = 100_000;
}
