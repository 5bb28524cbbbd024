using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using CareerCraft.Web.Services.Problems;

namespace CareerCraft.Web.Services.Backend;

/// <summary>
/// The backend's anonymous account calls, used by the web server itself (sign-in form, cookie refresh, sign-out);
/// separate from <see cref="BackendClient"/> because these run before there is a signed-in user.
/// </summary>
/// <remarks>
/// Sign-in and sign-up name the browser's address in <c>X-Forwarded-For</c>: every browser reaches the backend
/// from this server's one address, and the backend's per-address limit must count browsers, not this server.
/// The backend believes the header only because it lists this server as a known proxy.
/// </remarks>
public sealed class BackendAuthClient(HttpClient http)
{
    public const string ServiceName = "account service";

    public Task<AuthResponse> SignUpAsync(SignUpRequest request, IPAddress? endUser, CancellationToken cancellationToken = default) =>
        ServiceCall.ReadAsync<AuthResponse>(http, ForEndUser(Post("/api/auth/signup", request), endUser), ServiceName, cancellationToken);

    public Task<AuthResponse> SignInAsync(SignInRequest request, IPAddress? endUser, CancellationToken cancellationToken = default) =>
        ServiceCall.ReadAsync<AuthResponse>(http, ForEndUser(Post("/api/auth/signin", request), endUser), ServiceName, cancellationToken);

    public Task<AuthResponse> RefreshAsync(string refreshToken, CancellationToken cancellationToken = default) =>
        ServiceCall.ReadAsync<AuthResponse>(http, Post("/api/auth/refresh", new RefreshRequest(refreshToken)), ServiceName, cancellationToken);

    /// <summary>Revokes the refresh token; the access token authenticates the call.</summary>
    public async Task SignOutAsync(string accessToken, string refreshToken, CancellationToken cancellationToken = default)
    {
        var request = Post("/api/auth/signout", new RefreshRequest(refreshToken));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        using var response = await ServiceCall.SendAsync(http, request, ServiceName, cancellationToken);
    }

    private static HttpRequestMessage ForEndUser(HttpRequestMessage request, IPAddress? endUser)
    {
        if (endUser is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Forwarded-For", endUser.ToString());
        }
        return request;
    }

    private static HttpRequestMessage Post<T>(string path, T body) =>
        new(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
}
