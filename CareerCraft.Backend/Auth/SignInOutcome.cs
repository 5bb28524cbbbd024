namespace CareerCraft.Backend.Auth;

/// <summary>What a sign-in attempt came to: tokens, a refusal, or a wait imposed before any password was checked.</summary>
public sealed record SignInOutcome(AuthResponse? Response, TimeSpan RetryAfter)
{
    public static readonly SignInOutcome Failed = new(null, TimeSpan.Zero);

    public static SignInOutcome SignedIn(AuthResponse response) => new(response, TimeSpan.Zero);

    public static SignInOutcome Throttled(TimeSpan wait) => new(null, wait);

    public bool IsThrottled => RetryAfter > TimeSpan.Zero;
}
