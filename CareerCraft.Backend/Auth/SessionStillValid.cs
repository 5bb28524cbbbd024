using System.Globalization;
using CareerCraft.Backend.Storage;
using CareerCraft.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace CareerCraft.Backend.Auth;

/// <summary>
/// A valid signature is not enough: the account must still exist and the token must carry its current session
/// version, or a deleted user's tokens, or tokens from before a sign-out or a password change, would keep working
/// until they expire. One primary-key lookup per authenticated request.
/// </summary>
internal static class SessionStillValid
{
    public static async Task OnTokenValidated(TokenValidatedContext context)
    {
        var userId = context.Principal?.GetUserId();
        var claimed = context.Principal?.FindFirst(CareerCraftClaims.SessionVersion)?.Value;
        if (string.IsNullOrEmpty(userId) || !int.TryParse(claimed, NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            context.Fail("The token carries no user or session version.");
            return;
        }
        var users = context.HttpContext.RequestServices.GetRequiredService<IUserRepository>();
        var current = await users.GetSessionVersionAsync(userId, context.HttpContext.RequestAborted);
        if (current is null)
        {
            context.Fail("The token's user no longer exists.");
        }
        else if (current != version)
        {
            context.Fail("The token's session has ended (signed out, password changed or signed out everywhere).");
        }
    }
}
