using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using CareerCraft.Backend;
using CareerCraft.Tests.Infrastructure;

namespace CareerCraft.Tests.Backend;

/// <summary>Sessions that end: the access token in hand is refused at once, not when it expires.</summary>
[Collection(BackendCollection.Name)]
public sealed class SessionTests(BackendFixture fixture)
{
    private readonly ServiceFactory<BackendService> _factory = fixture.Factory;

    [Fact]
    public async Task Sign_out_refuses_the_old_access_token_and_its_refresh_token_at_once()
    {
        var user = await _factory.SignUpAsync();
        Assert.Equal(HttpStatusCode.OK, (await user.Client.GetAsync("/api/auth/me")).StatusCode);

        using var signOut = await user.Client.PostAsJsonAsync("/api/auth/signout", new { refreshToken = user.RefreshToken });
        Assert.Equal(HttpStatusCode.NoContent, signOut.StatusCode);

        using var me = await user.Client.GetAsync("/api/auth/me");
        await me.AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
        using var refresh = await RefreshAsync(user.RefreshToken);
        await refresh.AssertProblemAsync(HttpStatusCode.Unauthorized, "invalid-refresh-token");
    }

    [Fact]
    public async Task After_one_sign_out_another_session_refreshes_and_carries_on()
    {
        var user = await _factory.SignUpAsync();
        var other = await SignInAsync(user);

        using (await user.Client.PostAsJsonAsync("/api/auth/signout", new { refreshToken = user.RefreshToken }))
        {
        }
        using var refreshed = await RefreshAsync(other.RefreshToken);

        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        var token = (await refreshed.ReadJsonAsync()).GetProperty("token").GetString();
        Assert.Equal(HttpStatusCode.OK, (await Bearer(token!).GetAsync("/api/auth/me")).StatusCode);
    }

    [Fact]
    public async Task Sign_out_everywhere_ends_every_session()
    {
        var user = await _factory.SignUpAsync();
        var other = await SignInAsync(user);

        using var everywhere = await user.Client.PostAsync("/api/auth/signout-everywhere", null);
        Assert.Equal(HttpStatusCode.NoContent, everywhere.StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await user.Client.GetAsync("/api/auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Bearer(other.Token).GetAsync("/api/auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await RefreshAsync(user.RefreshToken)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await RefreshAsync(other.RefreshToken)).StatusCode);
    }

    [Fact]
    public async Task Password_change_ends_other_sessions_and_gives_this_one_a_new_pair()
    {
        var user = await _factory.SignUpAsync();
        var other = await SignInAsync(user);
        const string newPassword = "a brand new passphrase";

        using var changed = await user.Client.PostAsJsonAsync("/api/account/password", new { currentPassword = user.Password, newPassword });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var pair = await changed.ReadJsonAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, (await user.Client.GetAsync("/api/auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Bearer(other.Token).GetAsync("/api/auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await RefreshAsync(other.RefreshToken)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Bearer(pair.GetProperty("token").GetString()!).GetAsync("/api/auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await RefreshAsync(pair.GetProperty("refreshToken").GetString()!)).StatusCode);

        var anonymous = _factory.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/auth/signin", new { email = user.Email, password = user.Password })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.PostAsJsonAsync("/api/auth/signin", new { email = user.Email, password = newPassword })).StatusCode);
    }

    [Fact]
    public async Task Password_change_needs_the_current_password_and_a_valid_new_one()
    {
        var user = await _factory.SignUpAsync();

        using var wrong = await user.Client.PostAsJsonAsync("/api/account/password", new { currentPassword = "not my password", newPassword = "a brand new passphrase" });
        using var weak = await user.Client.PostAsJsonAsync("/api/account/password", new { currentPassword = user.Password, newPassword = "short" });
        using var missing = await user.Client.PostAsJsonAsync("/api/account/password", new { });

        await wrong.AssertProblemAsync(HttpStatusCode.Forbidden, "wrong-password");
        var problem = await weak.AssertProblemAsync(HttpStatusCode.BadRequest, "invalid-input");
        Assert.True(problem.GetProperty("errors").TryGetProperty("newPassword", out _));
        await missing.AssertProblemAsync(HttpStatusCode.BadRequest, "invalid-input");
        // The refused attempts changed nothing.
        Assert.Equal(HttpStatusCode.OK, (await user.Client.GetAsync("/api/auth/me")).StatusCode);
    }

    private async Task<TestUser> SignInAsync(TestUser user)
    {
        using var response = await _factory.CreateClient().PostAsJsonAsync("/api/auth/signin", new { email = user.Email, password = user.Password });
        var body = await response.ReadJsonAsync();
        return user with { Token = body.GetProperty("token").GetString()!, RefreshToken = body.GetProperty("refreshToken").GetString()! };
    }

    private Task<HttpResponseMessage> RefreshAsync(string refreshToken) =>
        _factory.CreateClient().PostAsJsonAsync("/api/auth/refresh", new { refreshToken });

    private HttpClient Bearer(string token)
    {
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
