using System.Security.Claims;
using CareerCraft.ServiceDefaults.Auth;
using CareerCraft.Web.Services.Backend;

namespace CareerCraft.Web.Services.Auth;

/// <summary>The claims the web's auth cookie carries: the backend's user plus a random id for this sign-in session.</summary>
public static class SessionClaims
{
    public const string SessionId = "cc_sid";
    public const string FullName = "name";

    public static ClaimsPrincipal Create(UserResponse user)
    {
        var claims = new List<Claim>
        {
            new(CareerCraftClaims.UserId, user.Id),
            new(CareerCraftClaims.UserName, user.Username),
            new(CareerCraftClaims.Email, user.Email),
            new(SessionId, Guid.NewGuid().ToString("N")),
        };
        if (!string.IsNullOrWhiteSpace(user.FullName))
        {
            claims.Add(new Claim(FullName, user.FullName));
        }
        var identity = new ClaimsIdentity(claims, WebAuthentication.Scheme, CareerCraftClaims.UserName, "role");
        return new ClaimsPrincipal(identity);
    }

    public static string? GetSessionId(this ClaimsPrincipal user) => user.FindFirst(SessionId)?.Value;

    /// <summary>What the header greets the user with: full name when given, else the username.</summary>
    public static string DisplayName(this ClaimsPrincipal user) =>
        user.FindFirst(FullName)?.Value ?? user.Identity?.Name ?? "";
}
