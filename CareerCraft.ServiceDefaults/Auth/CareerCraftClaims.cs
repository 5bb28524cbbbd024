using System.Security.Claims;

namespace CareerCraft.ServiceDefaults.Auth;

/// <summary>JWT claim names as issued by the backend (DESIGN.md section 3).</summary>
public static class CareerCraftClaims
{
    public const string UserId = "sub";
    public const string UserName = "unique_name";
    public const string Email = "email";

    /// <summary>The user's session version when the token was issued; the backend refuses a token whose version is stale.</summary>
    public const string SessionVersion = "sv";

    public static string? GetUserId(this ClaimsPrincipal user) => user.FindFirst(UserId)?.Value;
}
