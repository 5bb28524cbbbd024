using CareerCraft.Backend.Storage;
using CareerCraft.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace CareerCraft.Backend.Auth;

/// <summary>
/// A valid signature is not enough: the account must still exist, or a deleted user's tokens would keep working
/// until they expire. One primary-key lookup per authenticated request.
/// </summary>
internal static class UserStillExists
{
    public static async Task OnTokenValidated(TokenValidatedContext context)
    {
        var userId = context.Principal?.GetUserId();
        var users = context.HttpContext.RequestServices.GetRequiredService<IUserRepository>();
        if (string.IsNullOrEmpty(userId) || !await users.ExistsAsync(userId, context.HttpContext.RequestAborted))
        {
            context.Fail("The token's user no longer exists.");
        }
    }
}
