using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CareerCraft.Backend;
using CareerCraft.Backend.Storage;
using CareerCraft.Contracts.Ml;
using CareerCraft.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CareerCraft.Tests.Backend;

[Collection(BackendCollection.Name)]
public sealed class SecurityTests(BackendFixture fixture)
{
    private const string SomeId = "0195a1b2c3d4e5f60718293a4b5c6d7e";
    private readonly ServiceFactory<BackendService> _factory = fixture.Factory;

    /// <summary>Every endpoint except sign-up, sign-in, refresh and the public key set.</summary>
    public static TheoryData<string, string> ProtectedEndpoints => new()
    {
        { "POST", "/api/auth/signout" },
        { "GET", "/api/auth/me" },
        { "POST", "/api/auth/signout-everywhere" },
        { "POST", "/api/account/password" },
        { "POST", "/api/account/email" },
        { "POST", "/api/account/delete" },
        { "GET", "/api/account/export" },
        { "GET", "/api/profile" },
        { "PUT", "/api/profile" },
        { "POST", "/api/resumes" },
        { "POST", "/api/resumes/upload" },
        { "GET", "/api/resumes" },
        { "GET", $"/api/resumes/{SomeId}" },
        { "GET", $"/api/resumes/{SomeId}/file" },
        { "PUT", $"/api/resumes/{SomeId}/analysis" },
        { "DELETE", $"/api/resumes/{SomeId}" },
        { "POST", "/api/cover-letters" },
        { "GET", "/api/cover-letters" },
        { "GET", $"/api/cover-letters/{SomeId}" },
        { "PUT", $"/api/cover-letters/{SomeId}" },
        { "DELETE", $"/api/cover-letters/{SomeId}" },
        { "GET", $"/api/cover-letters/{SomeId}/docx" },
        { "GET", $"/api/resumes/{SomeId}/analyses" },
        { "POST", "/api/jobs" },
        { "GET", "/api/jobs" },
        { "GET", $"/api/jobs/{SomeId}" },
        { "PUT", $"/api/jobs/{SomeId}" },
        { "DELETE", $"/api/jobs/{SomeId}" },
        { "POST", "/api/applications" },
        { "GET", "/api/applications" },
        { "GET", "/api/applications/export" },
        { "GET", $"/api/applications/{SomeId}" },
        { "PUT", $"/api/applications/{SomeId}" },
        { "POST", $"/api/applications/{SomeId}/status" },
        { "PUT", $"/api/applications/{SomeId}/match" },
        { "DELETE", $"/api/applications/{SomeId}" },
        { "GET", $"/api/resumes/{SomeId}/json-resume" },
        { "POST", "/api/resumes/json-resume" },
    };

    [Theory]
    [MemberData(nameof(ProtectedEndpoints))]
    public async Task Every_protected_endpoint_answers_401_without_a_token(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = JsonContent.Create(new { }) };
        using var response = await _factory.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString());
        await response.AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
    }

    public static TheoryData<string> BadTokens => new() { "expired", "wrong-key", "hs256-old-key", "alg-none", "deleted-user", "stale-session", "no-session-version", "garbage" };

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task Tokens_that_must_not_work_get_401(string kind)
    {
        var user = await _factory.SignUpAsync();
        var token = kind switch
        {
            "expired" => TestJwt.Create(user.Id, user.Username, user.Email, lifetime: TimeSpan.FromMinutes(-5)),
            "wrong-key" => TestJwt.Create(user.Id, user.Username, user.Email, signingKey: TestJwt.ForeignKey),
            "hs256-old-key" => TestJwt.CreateHs256(user.Id),
            "stale-session" => TestJwt.Create(user.Id, user.Username, user.Email, sessionVersion: -1),
            "no-session-version" => TokenWithoutSessionVersion(user),
            "alg-none" => UnsignedToken(user),
            "deleted-user" => user.Token,
            _ => "not.a.jwt",
        };
        if (kind == "deleted-user")
        {
            Assert.Equal(HttpStatusCode.OK, (await user.Client.GetAsync("/api/auth/me")).StatusCode);
            Assert.True(await _factory.Services.GetRequiredService<IUserRepository>().DeleteAsync(user.Id, default));
        }
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var me = await client.GetAsync("/api/auth/me");
        using var resumes = await client.GetAsync("/api/resumes");

        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, resumes.StatusCode);
    }

    [Fact]
    public async Task A_valid_token_of_the_tests_issuer_works_so_the_bad_token_cases_fail_for_their_own_reason()
    {
        var user = await _factory.SignUpAsync();
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestJwt.Create(user.Id, user.Username, user.Email));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/auth/me")).StatusCode);
    }

    [Fact]
    public async Task Another_users_resume_is_not_found_for_every_operation_and_stays_unchanged()
    {
        var alice = await _factory.SignUpAsync();
        var bob = await _factory.SignUpAsync();
        var id = (await alice.UploadAsync("rm_john_doe.pdf", name: "Alice CV")).GetProperty("id").GetString();
        using (var analysis = await alice.Client.PutAsync($"/api/resumes/{id}/analysis", SampleAnalyses.Json(SampleAnalyses.Scored(90))))
        {
            Assert.Equal(HttpStatusCode.NoContent, analysis.StatusCode);
        }
        var before = await alice.Client.GetFromJsonAsync<JsonElement>($"/api/resumes/{id}");

        var attempts = new[]
        {
            await bob.Client.GetAsync($"/api/resumes/{id}"),
            await bob.Client.GetAsync($"/api/resumes/{id}/file"),
            await bob.Client.PutAsync($"/api/resumes/{id}/analysis", SampleAnalyses.Json(SampleAnalyses.Scored(1))),
            await bob.Client.DeleteAsync($"/api/resumes/{id}"),
        };
        foreach (var attempt in attempts)
        {
            await attempt.AssertProblemAsync(HttpStatusCode.NotFound, "not-found");
            attempt.Dispose();
        }

        Assert.Equal(0, (await bob.Client.GetFromJsonAsync<JsonElement>("/api/resumes")).GetProperty("total").GetInt32());
        var after = await alice.Client.GetFromJsonAsync<JsonElement>($"/api/resumes/{id}");
        Assert.Equal(before.ToString(), after.ToString());
        using var file = await alice.Client.GetAsync($"/api/resumes/{id}/file");
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
    }

    [Fact]
    public async Task Another_users_cover_letter_is_not_found_for_every_operation_and_stays_unchanged()
    {
        var alice = await _factory.SignUpAsync();
        var bob = await _factory.SignUpAsync();
        using var create = await alice.Client.PostAsJsonAsync("/api/cover-letters", BackendApi.SampleLetter());
        var id = (await create.ReadJsonAsync()).GetProperty("id").GetString();
        var before = await alice.Client.GetFromJsonAsync<JsonElement>($"/api/cover-letters/{id}");

        var attempts = new[]
        {
            await bob.Client.GetAsync($"/api/cover-letters/{id}"),
            await bob.Client.GetAsync($"/api/cover-letters/{id}/docx"),
            await bob.Client.PutAsJsonAsync($"/api/cover-letters/{id}", BackendApi.SampleLetter("Bob's company")),
            await bob.Client.DeleteAsync($"/api/cover-letters/{id}"),
        };
        foreach (var attempt in attempts)
        {
            await attempt.AssertProblemAsync(HttpStatusCode.NotFound, "not-found");
            attempt.Dispose();
        }

        var after = await alice.Client.GetFromJsonAsync<JsonElement>($"/api/cover-letters/{id}");
        Assert.Equal(before.ToString(), after.ToString());
    }

    public static TheoryData<string> HostileStrings => new()
    {
        "'; DROP TABLE users;--",
        """{"$gt": ""}""",
        "\" OR 1=1 --",
        "<script>alert(1)</script>",
        "$where: sleep(1000)",
    };

    [Theory]
    [MemberData(nameof(HostileStrings))]
    public async Task Hostile_strings_in_every_text_field_are_stored_and_returned_as_plain_text(string hostile)
    {
        var user = await _factory.SignUpAsync(fullName: hostile);
        Assert.Equal(hostile, (await user.Client.GetFromJsonAsync<JsonElement>("/api/auth/me")).GetProperty("fullName").GetString());

        var url = "https://example.com/?q=" + Uri.EscapeDataString(hostile);
        var profile = new
        {
            fullName = hostile,
            headline = hostile,
            phone = hostile,
            location = new { city = hostile, state = hostile, country = hostile },
            links = new { github = url, linkedin = url, website = url, leetcode = url, codeforces = url, codechef = url, other = new[] { url } },
            targetRoles = new[] { hostile, hostile },
        };
        using (var put = await user.Client.PutAsJsonAsync("/api/profile", profile))
        {
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        }
        var expected = JsonSerializer.SerializeToElement(profile, JsonSerializerOptions.Web);
        var actual = await user.Client.GetFromJsonAsync<JsonElement>("/api/profile");
        Assert.True(JsonElement.DeepEquals(expected, actual), $"{expected} != {actual}");

        var letter = new
        {
            companyName = hostile,
            jobTitle = hostile,
            jobDescription = hostile,
            tone = "formal",
            coverLetter = new { greeting = hostile, body = new[] { hostile }, closing = hostile, signOff = hostile, candidateName = hostile },
        };
        using var created = await user.Client.PostAsJsonAsync("/api/cover-letters", letter);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.ReadJsonAsync()).GetProperty("id").GetString();
        var stored = await user.Client.GetFromJsonAsync<JsonElement>($"/api/cover-letters/{id}");
        Assert.Equal(hostile, stored.GetProperty("companyName").GetString());
        Assert.Equal(hostile, stored.GetProperty("jobDescription").GetString());
        Assert.Equal(hostile, stored.GetProperty("coverLetter").GetProperty("body")[0].GetString());
        Assert.Equal(hostile, stored.GetProperty("coverLetter").GetProperty("candidateName").GetString());

        var resume = await user.UploadAsync("syn_features.docx", name: hostile);
        Assert.Equal(hostile, resume.GetProperty("name").GetString());
        var analysis = SampleAnalyses.Scored(70, findings: SampleAnalyses.Finding(hostile)) with
        {
            Contact = new ContactInfo(hostile, hostile, null, null, [hostile]),
        };
        using (var put = await user.Client.PutAsync($"/api/resumes/{resume.GetProperty("id").GetString()}/analysis", SampleAnalyses.Json(analysis)))
        {
            Assert.Equal(HttpStatusCode.NoContent, put.StatusCode);
        }
        var detail = await user.Client.GetFromJsonAsync<JsonElement>($"/api/resumes/{resume.GetProperty("id").GetString()}");
        Assert.Equal(hostile, detail.GetProperty("analysis").GetProperty("contact").GetProperty("name").GetString());
        Assert.Equal(hostile, detail.GetProperty("analysis").GetProperty("feedback")[0].GetProperty("message").GetString());
        var history = await user.Client.GetFromJsonAsync<JsonElement>($"/api/resumes/{resume.GetProperty("id").GetString()}/analyses");
        Assert.Equal(hostile, history.GetProperty("items")[0].GetProperty("findings")[0].GetProperty("message").GetString());

        // As a login they match nobody (and the users table is still there to answer).
        using var signIn = await _factory.CreateClient().PostAsJsonAsync("/api/auth/signin", new { email = hostile, password = hostile + "xxxxxxxx" });
        await signIn.AssertProblemAsync(HttpStatusCode.Unauthorized, "invalid-credentials");
        using var me = await user.Client.GetAsync("/api/auth/me");
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
    }

    [Fact]
    public async Task Usernames_and_emails_refuse_operator_and_sql_like_input()
    {
        using var response = await _factory.CreateClient().PostAsJsonAsync("/api/auth/signup",
            new { username = "'; DROP TABLE users;--", email = """{"$gt": ""}""", password = BackendApi.Password });
        var errors = (await response.AssertProblemAsync(HttpStatusCode.BadRequest, "invalid-input")).GetProperty("errors");
        Assert.True(errors.TryGetProperty("username", out _));
        Assert.True(errors.TryGetProperty("email", out _));
    }

    public static TheoryData<string, string> AccountBodies => new()
    {
        { "/api/account/password", "{\"currentPassword\":{\"$ne\":null}}" },
        { "/api/account/email", "not json" },
        { "/api/account/delete", "" },
        { "/api/account/delete", "[1,2]" },
    };

    [Theory]
    [MemberData(nameof(AccountBodies))]
    public async Task Account_changes_with_unreadable_bodies_are_a_4xx_problem_never_a_500(string path, string body)
    {
        var user = await _factory.SignUpAsync();
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await user.Client.PostAsync(path, content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, (await user.Client.GetAsync("/api/auth/me")).StatusCode);
    }

    [Fact]
    public async Task Json_operator_objects_where_strings_belong_are_a_bad_request_not_a_query()
    {
        using var content = new StringContent("""{"email":{"$gt":""},"password":{"$ne":null}}""", Encoding.UTF8, "application/json");
        using var response = await _factory.CreateClient().PostAsync("/api/auth/signin", content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static string TokenWithoutSessionVersion(TestUser user) =>
        new Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler().CreateToken(new Microsoft.IdentityModel.Tokens.SecurityTokenDescriptor
        {
            Issuer = TestJwt.Issuer,
            Audience = TestJwt.Audience,
            Expires = DateTime.UtcNow.AddMinutes(10),
            Claims = new Dictionary<string, object> { ["sub"] = user.Id },
            SigningCredentials = new Microsoft.IdentityModel.Tokens.SigningCredentials(TestJwt.Key.Private, "ES256"),
        });

    private static string UnsignedToken(TestUser user)
    {
        static string Encode(object value) => Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(value)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        return Encode(new { alg = "none", typ = "JWT" }) + "." + Encode(new
        {
            sub = user.Id,
            unique_name = user.Username,
            email = user.Email,
            iss = TestJwt.Issuer,
            aud = TestJwt.Audience,
            nbf = now,
            exp = now + 3600,
        }) + ".";
    }
}
