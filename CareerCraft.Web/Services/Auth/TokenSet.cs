using System.Globalization;
using Microsoft.AspNetCore.Authentication;

namespace CareerCraft.Web.Services.Auth;

/// <summary>The backend's token pair for one sign-in session, as kept in the auth cookie's ticket.</summary>
public sealed record TokenSet(string AccessToken, string RefreshToken, DateTimeOffset ExpiresAt)
{
    private const string AccessTokenName = "access_token";
    private const string RefreshTokenName = "refresh_token";
    private const string ExpiresAtName = "expires_at";

    public bool ExpiresWithin(TimeSpan window, TimeProvider clock) => ExpiresAt - clock.GetUtcNow() <= window;

    public static TokenSet? From(AuthenticationProperties properties)
    {
        var access = properties.GetTokenValue(AccessTokenName);
        var refresh = properties.GetTokenValue(RefreshTokenName);
        var expires = properties.GetTokenValue(ExpiresAtName);
        return access is null || refresh is null
            || !DateTimeOffset.TryParse(expires, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at)
            ? null
            : new TokenSet(access, refresh, at);
    }

    public void WriteTo(AuthenticationProperties properties) =>
        properties.StoreTokens(
        [
            new AuthenticationToken { Name = AccessTokenName, Value = AccessToken },
            new AuthenticationToken { Name = RefreshTokenName, Value = RefreshToken },
            new AuthenticationToken { Name = ExpiresAtName, Value = ExpiresAt.ToString("o", CultureInfo.InvariantCulture) },
        ]);
}
