using System.IdentityModel.Tokens.Jwt;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CareerCraft.Backend;
using CareerCraft.Tests.Infrastructure;

namespace CareerCraft.Tests.Backend;

[Collection(BackendCollection.Name)]
public sealed class AccountFlowTests(BackendFixture fixture)
{
    private readonly ServiceFactory<BackendService> _factory = fixture.Factory;

    [Fact]
    public async Task Sign_up_answers_with_a_token_pair_and_the_user()
    {
        var anonymous = _factory.CreateClient();
        var username = "ada" + Guid.NewGuid().ToString("N")[..8];
        using var response = await anonymous.PostAsJsonAsync("/api/auth/signup",
            new { username, email = $"{username}@Example.com", password = BackendApi.Password, fullName = "Ada Lovelace" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.ReadJsonAsync();
        var user = body.GetProperty("user");
        Assert.Equal(username, user.GetProperty("username").GetString());
        Assert.Equal($"{username}@Example.com", user.GetProperty("email").GetString());
        Assert.Equal("Ada Lovelace", user.GetProperty("fullName").GetString());
        Assert.Equal(43, body.GetProperty("refreshToken").GetString()!.Length); // 256 bits, base64url

        var jwt = new JwtSecurityTokenHandler().ReadJwtToken(body.GetProperty("token").GetString());
        Assert.Equal("ES256", jwt.Header.Alg);
        Assert.False(string.IsNullOrEmpty(jwt.Header.Kid));
        Assert.Equal("0", jwt.Claims.Single(c => c.Type == "sv").Value);
        Assert.Equal(user.GetProperty("id").GetString(), jwt.Claims.Single(c => c.Type == "sub").Value);
        Assert.Equal(username, jwt.Claims.Single(c => c.Type == "unique_name").Value);
        Assert.Equal($"{username}@Example.com", jwt.Claims.Single(c => c.Type == "email").Value);
        Assert.Equal("careercraft", jwt.Issuer);
        Assert.InRange(jwt.ValidTo - jwt.ValidFrom, TimeSpan.FromMinutes(9.9), TimeSpan.FromMinutes(10.1));
        var expiresAt = body.GetProperty("expiresAt").GetDateTimeOffset();
        Assert.InRange(expiresAt - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(8), TimeSpan.FromMinutes(11));

        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body.GetProperty("token").GetString());
        var me = await client.GetFromJsonAsync<JsonElement>("/api/auth/me");
        Assert.Equal(user.GetProperty("id").GetString(), me.GetProperty("id").GetString());
        Assert.Equal("Ada Lovelace", me.GetProperty("fullName").GetString());
    }

    [Fact]
    public async Task Email_and_username_are_unique_whatever_their_case()
    {
        var first = await _factory.SignUpAsync();
        var anonymous = _factory.CreateClient();

        using var sameEmail = await anonymous.PostAsJsonAsync("/api/auth/signup",
            new { username = "other" + Guid.NewGuid().ToString("N")[..8], email = first.Email.ToUpperInvariant(), password = BackendApi.Password });
        await sameEmail.AssertProblemAsync(HttpStatusCode.Conflict, "email-taken");

        using var sameName = await anonymous.PostAsJsonAsync("/api/auth/signup",
            new { username = first.Username.ToUpperInvariant(), email = $"x{Guid.NewGuid():N}@example.com", password = BackendApi.Password });
        await sameName.AssertProblemAsync(HttpStatusCode.Conflict, "username-taken");
    }

    [Fact]
    public async Task Sign_up_reports_each_invalid_field()
    {
        using var response = await _factory.CreateClient().PostAsJsonAsync("/api/auth/signup",
            new { username = "a b", email = "not-an-email", password = "short", fullName = new string('x', 101) });
        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "invalid-input");
        var errors = problem.GetProperty("errors");
        foreach (var field in new[] { "username", "email", "password", "fullName" })
        {
            Assert.True(errors.TryGetProperty(field, out var messages), $"no error for {field}");
            Assert.NotEmpty(messages.EnumerateArray());
        }
    }

    [Fact]
    public async Task Sign_in_works_with_email_or_username_in_any_case()
    {
        var user = await _factory.SignUpAsync();
        var anonymous = _factory.CreateClient();
        foreach (var login in new[] { user.Email, user.Username.ToUpperInvariant(), " " + user.Email.ToUpperInvariant() })
        {
            using var response = await anonymous.PostAsJsonAsync("/api/auth/signin", new { email = login, password = user.Password });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(user.Id, (await response.ReadJsonAsync()).GetProperty("user").GetProperty("id").GetString());
        }
    }

    [Fact]
    public async Task Unknown_user_and_wrong_password_get_the_same_answer()
    {
        var user = await _factory.SignUpAsync();
        var anonymous = _factory.CreateClient();

        using var wrongPassword = await anonymous.PostAsJsonAsync("/api/auth/signin", new { email = user.Email, password = "not the password" });
        using var unknownUser = await anonymous.PostAsJsonAsync("/api/auth/signin", new { email = "nobody-" + user.Email, password = "not the password" });

        var a = await wrongPassword.AssertProblemAsync(HttpStatusCode.Unauthorized, "invalid-credentials");
        var b = await unknownUser.AssertProblemAsync(HttpStatusCode.Unauthorized, "invalid-credentials");
        Assert.Equal(a.GetProperty("title").GetString(), b.GetProperty("title").GetString());
        Assert.Equal(a.GetProperty("detail").GetString(), b.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Refresh_rotates_and_a_reused_token_revokes_the_whole_family()
    {
        var user = await _factory.SignUpAsync();
        var anonymous = _factory.CreateClient();

        using var first = await anonymous.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = user.RefreshToken });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var rotated = (await first.ReadJsonAsync()).GetProperty("refreshToken").GetString()!;
        Assert.NotEqual(user.RefreshToken, rotated);

        // The old token again: treated as stolen, so the newer one dies with it.
        using var reuse = await anonymous.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = user.RefreshToken });
        await reuse.AssertProblemAsync(HttpStatusCode.Unauthorized, "invalid-refresh-token");
        using var afterReuse = await anonymous.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = rotated });
        await afterReuse.AssertProblemAsync(HttpStatusCode.Unauthorized, "invalid-refresh-token");

        using var unknown = await anonymous.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = "A" + rotated[1..] });
        await unknown.AssertProblemAsync(HttpStatusCode.Unauthorized, "invalid-refresh-token");
    }

    [Fact]
    public async Task Refreshed_access_token_works_and_sign_out_revokes_the_refresh_token()
    {
        var user = await _factory.SignUpAsync();
        var anonymous = _factory.CreateClient();
        using var refreshed = await anonymous.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = user.RefreshToken });
        var pair = await refreshed.ReadJsonAsync();
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", pair.GetProperty("token").GetString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/auth/me")).StatusCode);

        var refreshToken = pair.GetProperty("refreshToken").GetString();
        using var signOut = await client.PostAsJsonAsync("/api/auth/signout", new { refreshToken });
        Assert.Equal(HttpStatusCode.NoContent, signOut.StatusCode);
        using var after = await anonymous.PostAsJsonAsync("/api/auth/refresh", new { refreshToken });
        await after.AssertProblemAsync(HttpStatusCode.Unauthorized, "invalid-refresh-token");
    }

    [Fact]
    public async Task Sign_out_without_a_body_revokes_every_session_of_the_user()
    {
        var user = await _factory.SignUpAsync();
        var anonymous = _factory.CreateClient();
        using var second = await anonymous.PostAsJsonAsync("/api/auth/signin", new { email = user.Email, password = user.Password });
        var secondRefresh = (await second.ReadJsonAsync()).GetProperty("refreshToken").GetString();

        using var signOut = await user.Client.PostAsync("/api/auth/signout", null);
        Assert.Equal(HttpStatusCode.NoContent, signOut.StatusCode);

        foreach (var token in new[] { user.RefreshToken, secondRefresh })
        {
            using var refresh = await anonymous.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = token });
            Assert.Equal(HttpStatusCode.Unauthorized, refresh.StatusCode);
        }
    }
}
