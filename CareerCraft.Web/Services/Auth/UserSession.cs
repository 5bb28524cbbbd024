using System.Net.Http.Headers;
using System.Security.Claims;
using CareerCraft.Web.Services.Problems;
using Microsoft.AspNetCore.Components.Authorization;

namespace CareerCraft.Web.Services.Auth;

/// <summary>
/// The signed-in user's backend token for calls made from components (prerender or interactive circuit).
/// Components never see the refresh token; the browser never sees either.
/// </summary>
public sealed class UserSession(AuthenticationStateProvider authState, TokenRefresher refresher)
{
    private ClaimsPrincipal? _requestUser;

    /// <summary>
    /// For plain HTTP endpoints (downloads): the authentication state provider only works inside components,
    /// so an endpoint hands over the request's user instead.
    /// </summary>
    public void UseRequestUser(ClaimsPrincipal user) => _requestUser = user;

    /// <summary>A request to one of the services, carrying the user's backend token (both services accept it).</summary>
    public async Task<HttpRequestMessage> RequestAsync(HttpMethod method, string path, HttpContent? content, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await GetAccessTokenAsync(cancellationToken));
        return request;
    }

    /// <summary>A request like <see cref="RequestAsync"/>, with a new token after the backend refused <paramref name="refused"/>; null when the session is over.</summary>
    public async Task<HttpRequestMessage?> RetryAsync(HttpRequestMessage refused, HttpContent? content, CancellationToken cancellationToken)
    {
        var sessionId = (await UserAsync()).GetSessionId();
        var stale = refused.Headers.Authorization?.Parameter;
        var renewed = sessionId is null || stale is null ? null : await refresher.RenewAsync(sessionId, stale, cancellationToken);
        if (renewed is null)
        {
            return null;
        }
        var request = new HttpRequestMessage(refused.Method, refused.RequestUri) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", renewed.AccessToken);
        return request;
    }

    /// <summary>The signed-in user's current access token, for a call this class does not build (e.g. an account change).</summary>
    public async Task<string> GetAccessTokenAsync(CancellationToken cancellationToken = default)
    {
        var sessionId = (await UserAsync()).GetSessionId();
        var tokens = sessionId is null ? null : await refresher.GetFreshAsync(sessionId, known: null, cancellationToken);
        return tokens?.AccessToken ?? throw new ServiceException(new ServiceProblem(
            "account service", 401, null, "Signed out", "Your session has expired. Please sign in again.",
            new Dictionary<string, string[]>()));
    }

    private async Task<ClaimsPrincipal> UserAsync() => _requestUser ?? (await authState.GetAuthenticationStateAsync()).User;
}
