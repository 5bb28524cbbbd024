using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CareerCraft.Backend;
using CareerCraft.Tests.Infrastructure;

namespace CareerCraft.Tests.Backend;

[Collection(BackendCollection.Name)]
public sealed class ProfileTests(BackendFixture fixture)
{
    private readonly ServiceFactory<BackendService> _factory = fixture.Factory;

    private static object FullProfile => new
    {
        fullName = "Grace Hopper",
        headline = "Compiler engineer",
        phone = "+1 (555) 010-0199",
        location = new { city = "Arlington", state = "VA", country = "USA" },
        links = new
        {
            github = "https://github.com/grace",
            linkedin = "https://www.linkedin.com/in/grace",
            website = "http://grace.example.com",
            leetcode = "https://leetcode.com/grace",
            codeforces = "https://codeforces.com/profile/grace",
            codechef = "https://www.codechef.com/users/grace",
            other = new[] { "https://example.org/talks" },
        },
        targetRoles = new[] { "Compiler Engineer", "Language Designer" },
    };

    [Fact]
    public async Task A_new_profile_holds_the_sign_up_name_and_nothing_else()
    {
        var user = await _factory.SignUpAsync(fullName: "Grace Hopper");
        var profile = await user.Client.GetFromJsonAsync<JsonElement>("/api/profile");
        Assert.Equal("Grace Hopper", profile.GetProperty("fullName").GetString());
        Assert.Equal(JsonValueKind.Null, profile.GetProperty("headline").ValueKind);
        Assert.Empty(profile.GetProperty("targetRoles").EnumerateArray());
        Assert.Empty(profile.GetProperty("links").GetProperty("other").EnumerateArray());
    }

    [Fact]
    public async Task Put_replaces_the_profile_and_get_returns_it_field_for_field()
    {
        var user = await _factory.SignUpAsync();
        using var put = await user.Client.PutAsJsonAsync("/api/profile", FullProfile);
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);

        var expected = JsonSerializer.SerializeToElement(FullProfile, JsonSerializerOptions.Web);
        var actual = await user.Client.GetFromJsonAsync<JsonElement>("/api/profile");
        Assert.True(JsonElement.DeepEquals(expected, actual), $"{expected} != {actual}");

        // The profile's name is the account's name too.
        var me = await user.Client.GetFromJsonAsync<JsonElement>("/api/auth/me");
        Assert.Equal("Grace Hopper", me.GetProperty("fullName").GetString());
    }

    [Fact]
    public async Task Links_must_be_http_or_https_and_fields_are_bounded()
    {
        var user = await _factory.SignUpAsync();
        using var response = await user.Client.PutAsJsonAsync("/api/profile", new
        {
            headline = new string('h', 201),
            location = new { city = new string('c', 101) },
            links = new
            {
                github = "javascript:alert(1)",
                linkedin = "ftp://example.com/me",
                website = "/relative/path",
                other = new[] { "https://ok.example.com", "data:text/html,<script>alert(1)</script>" },
            },
            targetRoles = Enumerable.Range(0, 21).Select(i => $"Role {i}").ToArray(),
        });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "invalid-input");
        var errors = problem.GetProperty("errors");
        foreach (var field in new[] { "headline", "location.city", "links.github", "links.linkedin", "links.website", "links.other[1]", "targetRoles" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}: {errors}");
        }
        Assert.False(errors.TryGetProperty("links.other[0]", out _));

        // Nothing of the refused update was stored.
        var profile = await user.Client.GetFromJsonAsync<JsonElement>("/api/profile");
        Assert.Equal(JsonValueKind.Null, profile.GetProperty("headline").ValueKind);
    }
}
