using CareerCraft.ServiceDefaults.Auth;

namespace CareerCraft.Ml.Infrastructure;

/// <summary>
/// Who a request is for, as the ML service shares its resources: the signed-in user (the web and the backend call
/// with the user's own token), never the calling server's address.
/// </summary>
public static class RequesterKey
{
    public static string For(HttpContext http) =>
        // Authenticated routes only reach here with a user; the address is the fallback for safety.
        http.User.GetUserId() ?? http.Connection.RemoteIpAddress?.ToString() ?? "anonymous";
}
