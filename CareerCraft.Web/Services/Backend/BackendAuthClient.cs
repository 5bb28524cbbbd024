using System.Net.Http.Headers;
using System.Net.Http.Json;
using CareerCraft.Web.Services.Problems;

namespace CareerCraft.Web.Services.Backend;

/// <summary>
/// The backend's anonymous account calls, used by the web server itself (sign-in form, cookie refresh, sign-out);
/// separate from <see cref="BackendClient"/> because these run before there is a signed-in user.
/// </summary>
public sealed class BackendAuthClient(HttpClient http)
{
    public const string ServiceName = "account service";

    public Task<AuthResult> SignUpAsync(SignUpRequest request, CancellationToken cancellationToken = default) =>
        ServiceCall.ReadAsync<AuthResult>(http, Post("/api/auth/signup", request), ServiceName, cancellationToken);

    public Task<AuthResult> SignInAsync(SignInRequest request, CancellationToken cancellationToken = default) =>
        ServiceCall.ReadAsync<AuthResult>(http, Post("/api/auth/signin", request), ServiceName, cancellationToken);

    public Task<AuthResult> RefreshAsync(string refreshToken, CancellationToken cancellationToken = default) =>
        ServiceCall.ReadAsync<AuthResult>(http, Post("/api/auth/refresh", new RefreshRequest(refreshToken)), ServiceName, cancellationToken);

    /// <summary>Revokes the refresh token; the access token authenticates the call.</summary>
    public async Task SignOutAsync(string accessToken, string refreshToken, CancellationToken cancellationToken = default)
    {
        var request = Post("/api/auth/signout", new RefreshRequest(refreshToken));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        using var response = await ServiceCall.SendAsync(http, request, ServiceName, cancellationToken);
    }

    private static HttpRequestMessage Post<T>(string path, T body) =>
        new(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
}
