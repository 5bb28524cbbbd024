using System.Security.Claims;

namespace CareerCraft.ServiceDefaults.Auth;

/// <summary>JWT claim names as issued by the backend (DESIGN.md section 3).</summary>
public static class CareerCraftClaims
{
    public const string UserId = "sub";
    public const string UserName = "unique_name";
    public const string Email = "email";

    public static string? GetUserId(this ClaimsPrincipal user) => user.FindFirst(UserId)?.Value;
}
