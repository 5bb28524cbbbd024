using CareerCraft.Backend.Auth.Keys;
using CareerCraft.Backend.Infrastructure;
using CareerCraft.ServiceDefaults.Auth;
using CareerCraft.ServiceDefaults.Proxies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CareerCraft.Backend.Auth;

public static class AuthRegistration
{
    /// <summary>Bearer authentication (shared settings), the current-user policy, accounts and sign-in rate limits.</summary>
    public static IHostApplicationBuilder AddAuth(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SigningKeyOptions>()
            .BindConfiguration(JwtOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<SigningKeys>();
        builder.AddCareerCraftJwtBearer(services => services.GetRequiredService<SigningKeys>().PublicKeys);
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure(bearer =>
            {
                bearer.Events ??= new JwtBearerEvents();
                bearer.Events.OnTokenValidated = SessionStillValid.OnTokenValidated;
            });
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(AuthorizationPolicies.CurrentUser, policy => policy
                .RequireAuthenticatedUser()
                .RequireClaim(CareerCraftClaims.UserId));

        builder.Services.AddOptions<AuthOptions>()
            .BindConfiguration(AuthOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<AuthOptions>, AuthOptionsValidator>();
        builder.Services.AddOptions<AuthRateLimitOptions>()
            .BindConfiguration($"{AuthOptions.SectionName}:{nameof(AuthOptions.RateLimit)}")
            .ValidateDataAnnotations()
            .ValidateOnStart();

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddOptions<SignInThrottleOptions>()
            .BindConfiguration($"{AuthOptions.SectionName}:{nameof(AuthOptions.SignInThrottle)}")
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<SignInThrottle>();
        // Only the web (and whatever the deployment names) may say which end user a request is for.
        builder.AddKnownProxies(ForwardedHeaders.XForwardedFor);
        builder.Services.AddSingleton<PasswordHasher>();
        builder.Services.AddSingleton<TokenIssuer>();
        builder.Services.AddScoped<AccountService>();
        builder.Services.AddAuthRateLimiting();
        return builder;
    }
}
