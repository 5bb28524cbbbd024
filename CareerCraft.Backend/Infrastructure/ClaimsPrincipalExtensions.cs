using System.Security.Claims;
using CareerCraft.ServiceDefaults.Auth;

namespace CareerCraft.Backend.Infrastructure;

public static class ClaimsPrincipalExtensions
{
    /// <summary>
    /// The caller's user id. Only called on groups that require an authenticated user whose token carries
    /// <c>sub</c> (the <see cref="AuthorizationPolicies.CurrentUser"/> policy), so its absence is a bug, not bad input.
    /// </summary>
    public static string RequiredUserId(this ClaimsPrincipal user) =>
        user.GetUserId() ?? throw new InvalidOperationException("An authorised request without a 'sub' claim.");
}

public static class AuthorizationPolicies
{
    public const string CurrentUser = "current-user";
}
