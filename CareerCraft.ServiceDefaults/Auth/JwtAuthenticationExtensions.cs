using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace CareerCraft.ServiceDefaults.Auth;

public static class JwtAuthenticationExtensions
{
    /// <summary>
    /// Bearer authentication of a service that only checks tokens (ML): ES256 only, issuer, audience, lifetime and
    /// signature checked against the backend's published public keys (<see cref="BackendKeySet"/>).
    /// </summary>
    public static AuthenticationBuilder AddCareerCraftJwtBearer(this IHostApplicationBuilder builder)
    {
        builder.AddBackendKeySet();
        var auth = builder.AddBearer();
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<BackendKeySet>((bearer, keys) =>
            {
                bearer.ConfigurationManager = keys.Manager;
                bearer.RefreshOnIssuerKeyNotFound = true;
            });
        return auth;
    }

    /// <summary>Bearer authentication of the backend, which holds its keys: no fetch, the same rules otherwise.</summary>
    public static AuthenticationBuilder AddCareerCraftJwtBearer(
        this IHostApplicationBuilder builder, Func<IServiceProvider, IEnumerable<SecurityKey>> publicKeys)
    {
        var auth = builder.AddBearer();
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IServiceProvider>((bearer, services) => bearer.TokenValidationParameters.IssuerSigningKeys = publicKeys(services).ToList());
        return auth;
    }

    /// <summary>The backend's key set, for a service that checks tokens outside the bearer handler (the web's cookie).</summary>
    public static IHostApplicationBuilder AddBackendKeySet(this IHostApplicationBuilder builder)
    {
        builder.AddJwtOptions();
        builder.Services.AddHttpClient(BackendKeySet.HttpClientName);
        builder.Services.AddSingleton<BackendKeySet>();
        return builder;
    }

    /// <summary>
    /// The one set of rules every service checks a token by: ES256 only (an HS256 or unsigned token is refused
    /// whatever key it names), issuer, audience, expiry and signature, claims kept under their JWT names.
    /// </summary>
    public static TokenValidationParameters ValidationParameters(JwtOptions o) => new()
    {
        ValidIssuer = o.Issuer,
        ValidAudience = o.Audience,
        ValidAlgorithms = [SecurityAlgorithms.EcdsaSha256],
        ValidateIssuer = true,
        ValidateAudience = true,
        ValidateLifetime = true,
        ValidateIssuerSigningKey = true,
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ClockSkew = TimeSpan.FromSeconds(30),
        NameClaimType = CareerCraftClaims.UserName,
    };

    private static void AddJwtOptions(this IHostApplicationBuilder builder) =>
        builder.Services.AddOptions<JwtOptions>()
            .Bind(builder.Configuration.GetSection(JwtOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

    private static AuthenticationBuilder AddBearer(this IHostApplicationBuilder builder)
    {
        builder.AddJwtOptions();
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<JwtOptions>>((bearer, jwt) =>
            {
                bearer.MapInboundClaims = false;
                bearer.TokenValidationParameters = ValidationParameters(jwt.Value);
            });
        var auth = builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        builder.Services.AddAuthorization();
        return auth;
    }
}
