namespace CareerCraft.Backend.Auth;

internal static class EndUserAddressExtensions
{
    /// <summary>
    /// The address limits are keyed on: the peer's, or the end user's as forwarded by a known proxy (the forwarded
    /// headers middleware has already replaced the peer address when, and only when, the peer is one).
    /// </summary>
    public static string EndUserAddress(this HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
