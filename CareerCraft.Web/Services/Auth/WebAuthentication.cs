using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using CareerCraft.ServiceDefaults.Auth;

namespace CareerCraft.Web.Services.Auth;

public static class WebAuthentication
{
    public const string Scheme = CookieAuthenticationDefaults.AuthenticationScheme;
    public const string SignInPath = "/signin";

    /// <summary>
    /// Cookie sign-in whose (encrypted, HttpOnly) ticket holds the backend's token pair: the browser carries it but
    /// cannot read it, and nothing in the pages hands a token to script.
    /// </summary>
    public static IHostApplicationBuilder AddWebAuthentication(this IHostApplicationBuilder builder)
    {
        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddBackendKeySet();
        builder.Services.AddSingleton<AccessTokenCheck>();
        builder.Services.AddSingleton<TokenRefresher>();
        builder.Services.AddScoped<UserSession>();
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddAuthorization();
        builder.Services.AddAuthentication(Scheme).AddCookie(Scheme, options =>
        {
            options.LoginPath = SignInPath;
            options.LogoutPath = "/account/signout";
            options.AccessDeniedPath = SignInPath;
            options.Cookie.Name = "careercraft.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            // Behind a TLS-terminating proxy the request itself is plain HTTP: outside Development, always Secure.
            options.Cookie.SecurePolicy = builder.Environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            options.ExpireTimeSpan = TimeSpan.FromDays(7);
            options.SlidingExpiration = true;
            options.Events.OnValidatePrincipal = ValidateAsync;
        });
        return builder;
    }

    /// <summary>
    /// Runs on every request with the cookie: brings the ticket's tokens up to date (refreshing near expiry or
    /// adopting a pair a circuit refreshed) and ends the session when the backend no longer accepts it.
    /// </summary>
    private static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var sessionId = context.Principal?.GetSessionId();
        var inTicket = TokenSet.From(context.Properties);
        var refresher = context.HttpContext.RequestServices.GetRequiredService<TokenRefresher>();
        var fresh = sessionId is null ? null : await refresher.GetFreshAsync(sessionId, inTicket, context.HttpContext.RequestAborted);
        if (fresh is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(Scheme);
            return;
        }
        if (fresh != inTicket)
        {
            fresh.WriteTo(context.Properties);
            context.ShouldRenew = true;
        }
    }
}
