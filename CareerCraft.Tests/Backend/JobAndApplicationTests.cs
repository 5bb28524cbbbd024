using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CareerCraft.Backend;
using CareerCraft.Tests.Infrastructure;

namespace CareerCraft.Tests.Backend;

/// <summary>Saved jobs and applications through HTTP, as the web uses them.</summary>
[Collection(BackendCollection.Name)]
public sealed class JobAndApplicationTests(BackendFixture fixture)
{
    private readonly ServiceFactory<BackendService> _factory = fixture.Factory;

    [Fact]
    public async Task A_saved_job_is_created_read_updated_listed_newest_first_and_deleted()
    {
        var user = await _factory.SignUpAsync();
        using var create = await user.Client.PostAsJsonAsync("/api/jobs", new
        {
            title = " Platform Engineer ", company = "Northwind", location = "Berlin", url = "https://jobs.example/42",
            description = "Requirements: Kubernetes, Go.", salary = "€80k–€95k", source = "LinkedIn",
        });
        Assert.Equal(HttpStatusCode.Created, create.StatusCode);
        var created = await create.ReadJsonAsync();
        var id = created.GetProperty("id").GetString()!;
        Assert.Equal($"/api/jobs/{id}", create.Headers.Location!.ToString());
        Assert.Equal("Platform Engineer", created.GetProperty("title").GetString());
        Assert.Equal("€80k–€95k", created.GetProperty("salary").GetString());
        Assert.Equal(created.ToString(), (await user.Client.GetFromJsonAsync<JsonElement>($"/api/jobs/{id}")).ToString());

        using var update = await user.Client.PutAsJsonAsync($"/api/jobs/{id}", new { title = "Staff Engineer", company = "Northwind" });
        var updated = await update.ReadJsonAsync();
        Assert.Equal(HttpStatusCode.OK, update.StatusCode);
        Assert.Equal("Staff Engineer", updated.GetProperty("title").GetString());
        Assert.Equal("", updated.GetProperty("location").GetString());
        Assert.Equal(created.GetProperty("savedAt").GetDateTimeOffset(), updated.GetProperty("savedAt").GetDateTimeOffset());

        var second = await user.SaveJobAsync("Second");
        var page = await user.Client.GetFromJsonAsync<JsonElement>("/api/jobs?page=1&pageSize=1");
        Assert.Equal(2, page.GetProperty("total").GetInt32());
        Assert.Equal(second, page.GetProperty("items")[0].GetProperty("id").GetString());
        using var badPage = await user.Client.GetAsync("/api/jobs?pageSize=1000");
        await badPage.AssertProblemAsync(HttpStatusCode.BadRequest, "invalid-input");

        Assert.Equal(HttpStatusCode.NoContent, (await user.Client.DeleteAsync($"/api/jobs/{id}")).StatusCode);
        await (await user.Client.GetAsync($"/api/jobs/{id}")).AssertProblemAsync(HttpStatusCode.NotFound, "not-found");
    }

    [Fact]
    public async Task Invalid_jobs_get_field_errors_naming_each_field()
    {
        var user = await _factory.SignUpAsync();
        using var response = await user.Client.PostAsJsonAsync("/api/jobs", new
        {
            title = "", company = new string('c', 201), url = "javascript:alert(1)", description = new string('d', 20_001), salary = "a\u0001b",
        });
        var errors = (await response.AssertProblemAsync(HttpStatusCode.BadRequest, "invalid-input")).GetProperty("errors");
        foreach (var field in new[] { "title", "company", "url", "description", "salary" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}: {errors}");
        }
        using var notJson = await user.Client.PostAsync("/api/jobs", new StringContent("{\"title\": {\"$gt\": \"\"}}", Encoding.UTF8, "application/json"));
        await notJson.AssertProblemAsync(HttpStatusCode.BadRequest, "invalid-input");
    }

    [Fact]
    public async Task An_application_moves_through_the_pipeline_with_a_dated_history_and_acceptance_needs_an_offer()
    {
        var user = await _factory.SignUpAsync();
        var resume = (await user.UploadAsync("rm_john_doe.pdf")).GetProperty("id").GetString()!;
        using var letterResponse = await user.Client.PostAsJsonAsync("/api/cover-letters", BackendApi.SampleLetter());
        var letter = (await letterResponse.ReadJsonAsync()).GetProperty("id").GetString()!;
        var job = await user.SaveJobAsync();

        using var create = await user.Client.PostAsJsonAsync("/api/applications", new { jobId = job, resumeId = resume, coverLetterId = letter, notes = "Via Ana" });
        Assert.Equal(HttpStatusCode.Created, create.StatusCode);
        var application = await create.ReadJsonAsync();
        var id = application.GetProperty("id").GetString()!;
        Assert.Equal("saved", application.GetProperty("status").GetString());
        Assert.Equal(resume, application.GetProperty("resumeId").GetString());
        Assert.Equal(letter, application.GetProperty("coverLetterId").GetString());

        using var early = await Move(user, id, "accepted");
        var refused = await early.AssertProblemAsync(HttpStatusCode.Conflict, "status-not-allowed");
        Assert.Equal("saved", refused.GetProperty("from").GetString());
        await (await Move(user, id, "saved")).AssertProblemAsync(HttpStatusCode.Conflict, "status-not-allowed");
        await (await Move(user, id, "hired")).AssertProblemAsync(HttpStatusCode.BadRequest, "invalid-input");

        foreach (var status in new[] { "applied", "interviewing", "offer", "accepted" })
        {
            using var moved = await Move(user, id, status, note: $"to {status}");
            Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        }
        var read = await user.Client.GetFromJsonAsync<JsonElement>($"/api/applications/{id}");
        Assert.Equal("accepted", read.GetProperty("status").GetString());
        var history = read.GetProperty("history").EnumerateArray().ToList();
        Assert.Equal(["saved", "applied", "interviewing", "offer", "accepted"], history.Select(h => h.GetProperty("status").GetString()));
        Assert.Equal("to offer", history[3].GetProperty("note").GetString());
        var dates = history.Select(h => h.GetProperty("at").GetDateTimeOffset()).ToList();
        Assert.Equal(dates.Order(), dates);
        Assert.Equal("Via Ana", read.GetProperty("notes").GetString());
    }

    [Fact]
    public async Task Links_must_be_the_callers_own_and_an_update_can_unlink_and_set_the_interview()
    {
        var user = await _factory.SignUpAsync();
        var stranger = await _factory.SignUpAsync();
        var theirJob = await stranger.SaveJobAsync();
        var theirResume = (await stranger.UploadAsync("rm_john_doe.pdf")).GetProperty("id").GetString()!;

        using var foreign = await user.Client.PostAsJsonAsync("/api/applications", new { jobId = theirJob, resumeId = theirResume, coverLetterId = "nope", status = "dreaming" });
        var errors = (await foreign.AssertProblemAsync(HttpStatusCode.BadRequest, "invalid-input")).GetProperty("errors");
        foreach (var field in new[] { "jobId", "resumeId", "coverLetterId", "status" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}: {errors}");
        }
        using var missing = await user.Client.PostAsJsonAsync("/api/applications", new { notes = "no job" });
        Assert.True((await missing.AssertProblemAsync(HttpStatusCode.BadRequest, "invalid-input")).GetProperty("errors").TryGetProperty("jobId", out _));

        var job = await user.SaveJobAsync();
        var resume = (await user.UploadAsync("rm_john_doe.pdf")).GetProperty("id").GetString()!;
        var id = await user.ApplyAsync(job, resumeId: resume);
        var interview = new DateTimeOffset(2026, 3, 4, 9, 30, 0, TimeSpan.Zero);
        using var update = await user.Client.PutAsJsonAsync($"/api/applications/{id}", new { resumeId = "", notes = "Call Tuesday", interviewAt = interview });
        var updated = await update.ReadJsonAsync();
        Assert.Equal(HttpStatusCode.OK, update.StatusCode);
        Assert.Equal(JsonValueKind.Null, updated.GetProperty("resumeId").ValueKind);
        Assert.Equal(interview, updated.GetProperty("interviewAt").GetDateTimeOffset());
        Assert.Equal(job, updated.GetProperty("jobId").GetString());
        using var foreignUpdate = await user.Client.PutAsJsonAsync($"/api/applications/{id}", new { resumeId = theirResume });
        await foreignUpdate.AssertProblemAsync(HttpStatusCode.BadRequest, "invalid-input");
    }

    [Fact]
    public async Task Another_users_jobs_and_applications_are_not_found_for_every_operation_and_stay_unchanged()
    {
        var owner = await _factory.SignUpAsync();
        var other = await _factory.SignUpAsync();
        var job = await owner.SaveJobAsync("Mine");
        var application = await owner.ApplyAsync(job);

        var attempts = new[]
        {
            await other.Client.GetAsync($"/api/jobs/{job}"),
            await other.Client.PutAsJsonAsync($"/api/jobs/{job}", new { title = "Stolen", company = "X" }),
            await other.Client.DeleteAsync($"/api/jobs/{job}"),
            await other.Client.GetAsync($"/api/applications/{application}"),
            await other.Client.PutAsJsonAsync($"/api/applications/{application}", new { notes = "Stolen" }),
            await other.Client.PostAsJsonAsync($"/api/applications/{application}/status", new { status = "withdrawn" }),
            await other.Client.PutAsJsonAsync($"/api/applications/{application}/match", BackendApi.SampleMatch(1)),
            await other.Client.DeleteAsync($"/api/applications/{application}"),
        };
        foreach (var response in attempts)
        {
            await response.AssertProblemAsync(HttpStatusCode.NotFound, "not-found");
        }
        Assert.Equal(0, (await other.Client.GetFromJsonAsync<JsonElement>("/api/applications")).GetProperty("total").GetInt32());
        Assert.Equal("Mine", (await owner.Client.GetFromJsonAsync<JsonElement>($"/api/jobs/{job}")).GetProperty("title").GetString());
        var kept = await owner.Client.GetFromJsonAsync<JsonElement>($"/api/applications/{application}");
        Assert.Equal("saved", kept.GetProperty("status").GetString());
        Assert.Equal("", kept.GetProperty("notes").GetString());
    }

    [Fact]
    public async Task A_job_with_an_application_is_kept_until_the_application_is_deleted()
    {
        var user = await _factory.SignUpAsync();
        var job = await user.SaveJobAsync();
        var application = await user.ApplyAsync(job);

        await (await user.Client.DeleteAsync($"/api/jobs/{job}")).AssertProblemAsync(HttpStatusCode.Conflict, "job-has-applications");
        Assert.Equal(HttpStatusCode.NoContent, (await user.Client.DeleteAsync($"/api/applications/{application}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await user.Client.DeleteAsync($"/api/jobs/{job}")).StatusCode);
    }

    [Fact]
    public async Task A_match_is_stored_for_the_linked_resume_and_refused_without_one()
    {
        var user = await _factory.SignUpAsync();
        var job = await user.SaveJobAsync();
        var unlinked = await user.ApplyAsync(job);
        var match = BackendApi.SampleMatch(72);

        using var noResume = await user.Client.PutAsJsonAsync($"/api/applications/{unlinked}/match", match);
        Assert.True((await noResume.AssertProblemAsync(HttpStatusCode.BadRequest, "invalid-input")).GetProperty("errors").TryGetProperty("resumeId", out _));
        using var notObject = await user.Client.PutAsync($"/api/applications/{unlinked}/match", new StringContent("[1]", Encoding.UTF8, "application/json"));
        await notObject.AssertProblemAsync(HttpStatusCode.BadRequest, "invalid-input");
        using var broken = await user.Client.PutAsync($"/api/applications/{unlinked}/match", new StringContent("{", Encoding.UTF8, "application/json"));
        await broken.AssertProblemAsync(HttpStatusCode.BadRequest, "invalid-input");
        // The answer is checked against the job-match contract, so every reader can rely on its fields.
        using var partial = await user.Client.PutAsJsonAsync($"/api/applications/{unlinked}/match", new { jobFitScore = 72, matchedSkills = new[] { "C#" } });
        Assert.True((await partial.AssertProblemAsync(HttpStatusCode.BadRequest, "invalid-input")).GetProperty("errors").TryGetProperty("match", out _));
        using var wrongType = await user.Client.PutAsJsonAsync($"/api/applications/{unlinked}/match", new { jobFitScore = "high" });
        await wrongType.AssertProblemAsync(HttpStatusCode.BadRequest, "invalid-input");

        var resume = (await user.UploadAsync("rm_john_doe.pdf")).GetProperty("id").GetString()!;
        var linked = await user.ApplyAsync(job, resumeId: resume);
        using var saved = await user.Client.PutAsJsonAsync($"/api/applications/{linked}/match", match);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var read = await user.Client.GetFromJsonAsync<JsonElement>($"/api/applications/{linked}");
        Assert.Equal(72, read.GetProperty("match").GetProperty("jobFitScore").GetInt32());
        Assert.Equal("Go", read.GetProperty("match").GetProperty("missingSkills")[0].GetString());
        Assert.Equal(resume, read.GetProperty("matchResumeId").GetString());
        Assert.NotEqual(JsonValueKind.Null, read.GetProperty("matchedAt").ValueKind);
    }

    [Fact]
    public async Task The_csv_export_has_a_row_per_application_with_its_job_and_defuses_formulas()
    {
        var user = await _factory.SignUpAsync();
        var resume = (await user.UploadAsync("rm_john_doe.pdf", name: "Main CV")).GetProperty("id").GetString()!;
        var job = await user.SaveJobAsync("=HYPERLINK(\"http://evil.example\")", "Contoso, \"Ltd\"");
        var application = await user.ApplyAsync(job, resumeId: resume);
        using (await Move(user, application, "applied"))
        {
        }
        using (await user.Client.PutAsJsonAsync($"/api/applications/{application}/match", BackendApi.SampleMatch(64)))
        {
        }
        await user.ApplyAsync(await user.SaveJobAsync("Second", "Fabrikam"));

        using var response = await user.Client.GetAsync("/api/applications/export");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("applications.csv", response.Content.Headers.ContentDisposition?.FileNameStar);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("\"company\",\"title\",\"location\",\"status\"", lines[0]);
        var row = lines.Single(l => l.Contains("HYPERLINK"));
        Assert.StartsWith("\"Contoso, \"\"Ltd\"\"\",\"'=HYPERLINK(\"\"http://evil.example\"\")\",\"Remote\",\"applied\",", row);
        Assert.Contains("\"Main CV\"", row);
        Assert.Contains("\"64\"", row);
        Assert.Contains(lines, l => l.StartsWith("\"Fabrikam\",\"Second\",\"Remote\",\"saved\"", StringComparison.Ordinal));
    }

    private static Task<HttpResponseMessage> Move(TestUser user, string id, string status, string? note = null) =>
        user.Client.PostAsJsonAsync($"/api/applications/{id}/status", new { status, note });
}
