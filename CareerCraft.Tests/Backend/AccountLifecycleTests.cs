using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CareerCraft.Backend;
using CareerCraft.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace CareerCraft.Tests.Backend;

/// <summary>What a person can do with their own account: change its email, take everything away, delete it all.</summary>
public sealed class AccountLifecycleTests : IAsyncLifetime
{
    private readonly TempDirectory _data = new();
    private FakeMlService _ml = null!;

    public async Task InitializeAsync() => _ml = await FakeMlService.StartAsync();

    public async Task DisposeAsync()
    {
        await _ml.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _data.Dispose();
    }

    private string DatabasePath(string name) => Path.Combine(_data.Path, name + ".db");

    [Fact]
    public async Task Export_holds_the_profile_every_resume_with_its_file_and_analysis_and_every_letter()
    {
        await using var factory = StandaloneBackend.Create(DatabasePath("export"), _ml.BaseUrl);
        var user = await factory.SignUpAsync(fullName: "Ada Lovelace");
        var pdf = (await user.UploadAsync("rm_john_doe.pdf", name: "PDF CV")).GetProperty("id").GetString()!;
        var docx = (await user.UploadAsync("rm_Deepak_Hariharan.docx", name: "Word CV")).GetProperty("id").GetString()!;
        using (await user.Client.PutAsync($"/api/resumes/{pdf}/analysis", JsonContent.Create(SampleAnalyses.Scored(81))))
        {
        }
        using (await user.Client.PostAsJsonAsync("/api/cover-letters", BackendApi.SampleLetter("Contoso")))
        {
        }
        var job = await user.SaveJobAsync("Platform Engineer", "Northwind");
        var application = await user.ApplyAsync(job, resumeId: pdf);
        using (await user.Client.PostAsJsonAsync($"/api/applications/{application}/status", new { status = "applied", note = "sent" }))
        {
        }

        using var response = await user.Client.GetAsync("/api/account/export");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync(), ZipArchiveMode.Read);
        var account = Read(zip, "account.json");
        Assert.Equal(user.Email, account.GetProperty("email").GetString());
        Assert.Equal("Ada Lovelace", account.GetProperty("profile").GetProperty("fullName").GetString());
        var resumes = Read(zip, "resumes.json").EnumerateArray().ToList();
        Assert.Equal(2, resumes.Count);
        var withAnalysis = resumes.Single(r => r.GetProperty("resume").GetProperty("id").GetString() == pdf);
        Assert.Equal(81, withAnalysis.GetProperty("resume").GetProperty("analysis").GetProperty("atsScore").GetInt32());
        foreach (var (id, file) in new[] { (pdf, "rm_john_doe.pdf"), (docx, "rm_Deepak_Hariharan.docx") })
        {
            var path = resumes.Single(r => r.GetProperty("resume").GetProperty("id").GetString() == id).GetProperty("file").GetString()!;
            using var stored = new MemoryStream();
            await using (var entry = zip.GetEntry(path)!.Open())
            {
                await entry.CopyToAsync(stored);
            }
            Assert.Equal(await File.ReadAllBytesAsync(BackendApi.TestDataPath(file)), stored.ToArray());
        }
        var letter = Assert.Single(Read(zip, "cover-letters.json").EnumerateArray());
        Assert.Equal("Contoso", letter.GetProperty("companyName").GetString());
        Assert.Equal(81, withAnalysis.GetProperty("analyses")[0].GetProperty("score").GetInt32());
        var exportedJob = Assert.Single(Read(zip, "jobs.json").EnumerateArray());
        Assert.Equal("Northwind", exportedJob.GetProperty("company").GetString());
        var exportedApplication = Assert.Single(Read(zip, "applications.json").EnumerateArray());
        Assert.Equal(job, exportedApplication.GetProperty("jobId").GetString());
        Assert.Equal(pdf, exportedApplication.GetProperty("resumeId").GetString());
        Assert.Equal(["saved", "applied"], exportedApplication.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task Deleting_an_account_leaves_no_row_and_no_file_in_the_database()
    {
        var path = DatabasePath("delete");
        await using var factory = StandaloneBackend.Create(path, _ml.BaseUrl);
        var doomed = await factory.SignUpAsync();
        var kept = await factory.SignUpAsync();
        await FillAsync(doomed);
        await FillAsync(kept);

        using var wrong = await doomed.Client.PostAsJsonAsync("/api/account/delete", new { password = "not the password" });
        await wrong.AssertProblemAsync(HttpStatusCode.Forbidden, "wrong-password");
        using var deleted = await doomed.Client.PostAsJsonAsync("/api/account/delete", new { password = doomed.Password });

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await doomed.Client.GetAsync("/api/auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized,
            (await factory.CreateClient().PostAsJsonAsync("/api/auth/signin", new { email = doomed.Email, password = doomed.Password })).StatusCode);
        // Straight from the file: only the other account's rows are there.
        Assert.Equal(new RowCounts(1, 1, 2, 2, 2, 1, 1), Count(path));
        Assert.Equal(0, CountOwned(path, doomed.Id));
    }

    [Fact]
    public async Task Deleting_an_account_removes_its_files_from_cloudinary()
    {
        await using var cloudinary = await FakeCloudinary.StartAsync();
        await using var factory = StandaloneBackend.Create(DatabasePath("delete-cloudinary"), _ml.BaseUrl)
            .WithSetting("ConnectionStrings:cloudinary", cloudinary.ConnectionString)
            .WithSetting("Cloudinary:BaseUrl", cloudinary.BaseUrl);
        var doomed = await factory.SignUpAsync();
        var kept = await factory.SignUpAsync();
        await doomed.UploadAsync("rm_john_doe.pdf");
        await doomed.UploadAsync("rm_Deepak_Hariharan.docx");
        var keptId = (await kept.UploadAsync("rm_john_doe.pdf")).GetProperty("id").GetString()!;
        Assert.Equal(3, cloudinary.Files.Count);

        using var deleted = await doomed.Client.PostAsJsonAsync("/api/account/delete", new { password = doomed.Password });

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(keptId, Path.GetFileName(Assert.Single(cloudinary.Files.Keys)));
    }

    [Fact]
    public async Task Email_change_needs_the_password_and_an_address_nobody_else_has()
    {
        await using var factory = StandaloneBackend.Create(DatabasePath("email"), _ml.BaseUrl);
        var user = await factory.SignUpAsync();
        var other = await factory.SignUpAsync();

        using var wrong = await user.Client.PostAsJsonAsync("/api/account/email", new { currentPassword = "nope nope", newEmail = "new@example.com" });
        using var taken = await user.Client.PostAsJsonAsync("/api/account/email", new { currentPassword = user.Password, newEmail = other.Email.ToUpperInvariant() });
        using var invalid = await user.Client.PostAsJsonAsync("/api/account/email", new { currentPassword = user.Password, newEmail = "not-an-email" });
        var fresh = $"fresh{Guid.NewGuid():N}@example.com";
        using var changed = await user.Client.PostAsJsonAsync("/api/account/email", new { currentPassword = user.Password, newEmail = fresh });

        await wrong.AssertProblemAsync(HttpStatusCode.Forbidden, "wrong-password");
        await taken.AssertProblemAsync(HttpStatusCode.Conflict, "email-taken");
        await invalid.AssertProblemAsync(HttpStatusCode.BadRequest, "invalid-input");
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(fresh, (await changed.ReadJsonAsync()).GetProperty("email").GetString());
        Assert.Equal(HttpStatusCode.OK,
            (await factory.CreateClient().PostAsJsonAsync("/api/auth/signin", new { email = fresh, password = user.Password })).StatusCode);
    }

    private static async Task FillAsync(TestUser user)
    {
        await user.UploadAsync("rm_john_doe.pdf");
        await user.UploadAsync("rm_Deepak_Hariharan.docx");
        using (await user.Client.PostAsJsonAsync("/api/cover-letters", BackendApi.SampleLetter()))
        {
        }
        using (await user.Client.PostAsJsonAsync("/api/cover-letters", BackendApi.SampleLetter("Fabrikam")))
        {
        }
        await user.ApplyAsync(await user.SaveJobAsync("Engineer", "Contoso"));
    }

    private static JsonElement Read(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        return JsonDocument.Parse(stream).RootElement.Clone();
    }

    private sealed record RowCounts(long Users, long RefreshTokens, long Resumes, long Letters, long Files, long Jobs, long Applications);

    private static RowCounts Count(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        long Scalar(string table)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM {table};";
            return (long)command.ExecuteScalar()!;
        }
        return new RowCounts(Scalar("users"), Scalar("refresh_tokens"), Scalar("resumes"), Scalar("cover_letters"), Scalar("files"),
            Scalar("saved_jobs"), Scalar("applications"));
    }

    /// <summary>Any row anywhere that names the user, in a column or inside a document.</summary>
    private static long CountOwned(string path, string userId)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT (SELECT COUNT(*) FROM users WHERE id = $id OR doc LIKE $like)
                 + (SELECT COUNT(*) FROM refresh_tokens WHERE user_id = $id OR doc LIKE $like)
                 + (SELECT COUNT(*) FROM resumes WHERE owner_id = $id OR doc LIKE $like)
                 + (SELECT COUNT(*) FROM cover_letters WHERE owner_id = $id OR doc LIKE $like)
                 + (SELECT COUNT(*) FROM saved_jobs WHERE owner_id = $id OR doc LIKE $like)
                 + (SELECT COUNT(*) FROM applications WHERE owner_id = $id OR doc LIKE $like);
            """;
        command.Parameters.AddWithValue("$id", userId);
        command.Parameters.AddWithValue("$like", "%" + userId + "%");
        return (long)command.ExecuteScalar()!;
    }
}
