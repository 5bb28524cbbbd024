using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace CareerCraft.Backend.Auth;

public sealed class AuthOptions
{
    public const string SectionName = "Auth";
    public const int DefaultWorkFactor = 12;
    public const int ProductionMinimumWorkFactor = 10;

    /// <summary>BCrypt cost (2^n rounds). Tests may lower it through configuration; production refuses less than 10.</summary>
    [Range(4, 31)]
    public int BCryptWorkFactor { get; set; } = DefaultWorkFactor;

    [Range(1, 365)]
    public int RefreshTokenDays { get; set; } = 14;

    public AuthRateLimitOptions RateLimit { get; set; } = new();

    public SignInThrottleOptions SignInThrottle { get; set; } = new();
}

/// <summary>
/// Per end-user address (the client's, or the one a known proxy forwards), for sign-in and sign-up: slows password
/// guessing and account farming.
/// </summary>
public sealed class AuthRateLimitOptions
{
    [Range(1, 1_000_000)]
    public int PermitLimit { get; set; } = 10;

    [Range(1, 3600)]
    public int WindowSeconds { get; set; } = 60;
}

/// <summary>The environment-dependent rule DataAnnotations cannot express.</summary>
internal sealed class AuthOptionsValidator(IHostEnvironment environment) : IValidateOptions<AuthOptions>
{
    public ValidateOptionsResult Validate(string? name, AuthOptions options) =>
        environment.IsProduction() && options.BCryptWorkFactor < AuthOptions.ProductionMinimumWorkFactor
            ? ValidateOptionsResult.Fail(
                $"Auth:BCryptWorkFactor is {options.BCryptWorkFactor}; production requires at least {AuthOptions.ProductionMinimumWorkFactor}.")
            : ValidateOptionsResult.Success;
}
