using CareerCraft.Web.Services.Auth;
using CareerCraft.Web.Services.Backend;
using Microsoft.AspNetCore.Authentication;

namespace CareerCraft.Web.Components.Pages.Account;

internal static class CookieSignIn
{
    /// <summary>Issues the auth cookie for a backend sign-in; the token pair goes into the encrypted ticket only.</summary>
    public static async Task SignInAsync(HttpContext http, TokenRefresher refresher, AuthResponse result)
    {
        await http.RequestServices.GetRequiredService<AccessTokenCheck>().RequireValidAsync(result.Token, http.RequestAborted);
        var principal = SessionClaims.Create(result.User);
        var properties = new AuthenticationProperties { IsPersistent = true };
        var tokens = new TokenSet(result.Token, result.RefreshToken, result.ExpiresAt);
        tokens.WriteTo(properties);
        refresher.Remember(principal.GetSessionId()!, tokens);
        await http.SignInAsync(WebAuthentication.Scheme, principal, properties);
    }

    /// <summary>Only paths on this site: an open redirect would let a phishing link bounce through our sign-in.</summary>
    public static string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//") && !returnUrl.StartsWith("/\\")
            ? returnUrl
            : "/dashboard";
}
