using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using CareerCraft.Tests.Infrastructure;

namespace CareerCraft.Tests.Backend;

public sealed class DurabilityTests
{
    [Fact]
    public async Task Writes_acknowledged_by_the_api_survive_a_restart_on_the_same_file()
    {
        using var data = new TempDirectory();
        var database = Path.Combine(data.Path, "durable.db");
        TestUser user;
        string letterId, resumeId;
        var resumeBytes = await File.ReadAllBytesAsync(BackendApi.TestDataPath("rm_john_doe.pdf"));

        await using (var first = StandaloneBackend.Create(database))
        {
            user = await first.SignUpAsync(fullName: "Durable Dana");
            using var letter = await first.CreateClient().SendAsync(Authorized(user, HttpMethod.Post, "/api/cover-letters", BackendApi.SampleLetter("Persisted Inc")));
            Assert.Equal(HttpStatusCode.Created, letter.StatusCode);
            letterId = (await letter.ReadJsonAsync()).GetProperty("id").GetString()!;
            resumeId = (await user.UploadAsync("rm_john_doe.pdf")).GetProperty("id").GetString()!;

            // Acknowledged means committed: a separate connection, outside the backend, already sees it.
            await using var outside = new SqliteConnection($"Data Source={database};Pooling=False;Mode=ReadOnly");
            await outside.OpenAsync();
            await using var count = outside.CreateCommand();
            count.CommandText = "SELECT COUNT(*) FROM cover_letters WHERE id = $id";
            count.Parameters.AddWithValue("$id", letterId);
            Assert.Equal(1L, await count.ExecuteScalarAsync());
        }
        // Close every pooled handle, as a stopped process would.
        SqliteConnection.ClearAllPools();

        await using var second = StandaloneBackend.Create(database);
        var anonymous = second.CreateClient();
        using var signIn = await anonymous.PostAsJsonAsync("/api/auth/signin", new { email = user.Email, password = user.Password });
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        var token = (await signIn.ReadJsonAsync()).GetProperty("token").GetString()!;
        var client = second.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);

        Assert.Equal("Durable Dana", (await client.GetFromJsonAsync<JsonElement>("/api/auth/me")).GetProperty("fullName").GetString());
        Assert.Equal("Persisted Inc", (await client.GetFromJsonAsync<JsonElement>($"/api/cover-letters/{letterId}")).GetProperty("companyName").GetString());
        Assert.Equal(resumeBytes, await client.GetByteArrayAsync($"/api/resumes/{resumeId}/file"));
        // The refresh token issued before the restart still works after it.
        using var refresh = await anonymous.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = user.RefreshToken });
        Assert.Equal(HttpStatusCode.OK, refresh.StatusCode);
    }

    private static HttpRequestMessage Authorized(TestUser user, HttpMethod method, string path, object body) =>
        new(method, path) { Content = JsonContent.Create(body), Headers = { Authorization = new("Bearer", user.Token) } };
}
