using System.Net;
using System.Net.Http.Json;
using CareerCraft.Tests.Infrastructure;

namespace CareerCraft.Tests.Backend;

public sealed class QuotaTests : IAsyncLifetime
{
    private readonly TempDirectory _data = new();
    private FakeMlService _ml = null!;

    public async Task InitializeAsync() => _ml = await FakeMlService.StartAsync();

    public async Task DisposeAsync()
    {
        await _ml.DisposeAsync();
        _data.Dispose();
    }

    [Fact]
    public async Task Past_the_resume_and_letter_quotas_the_answer_is_409_naming_the_limit()
    {
        await using var factory = StandaloneBackend.Create(Path.Combine(_data.Path, "quota.db"), _ml.BaseUrl)
            .WithSetting("Quotas:MaxResumes", "2")
            .WithSetting("Quotas:MaxCoverLetters", "1");
        var user = await factory.SignUpAsync();
        var neighbour = await factory.SignUpAsync();
        await user.UploadAsync("rm_john_doe.pdf");
        await user.UploadAsync("rm_Deepak_Hariharan.docx");
        Assert.Equal(HttpStatusCode.Created, (await user.Client.PostAsJsonAsync("/api/cover-letters", BackendApi.SampleLetter())).StatusCode);

        using var form = BackendApi.ResumeForm(await File.ReadAllBytesAsync(BackendApi.TestDataPath("rm_john_doe.pdf")), "third.pdf");
        using var third = await user.Client.PostAsync("/api/resumes", form);
        using var second = await user.Client.PostAsJsonAsync("/api/cover-letters", BackendApi.SampleLetter("Fabrikam"));

        var resumeProblem = await third.AssertProblemAsync(HttpStatusCode.Conflict, "quota-exceeded");
        Assert.Equal("resumes", resumeProblem.GetProperty("limit").GetString());
        Assert.Equal(2, resumeProblem.GetProperty("max").GetInt32());
        Assert.Contains("2 resumes", resumeProblem.GetProperty("detail").GetString());
        var letterProblem = await second.AssertProblemAsync(HttpStatusCode.Conflict, "quota-exceeded");
        Assert.Equal("coverLetters", letterProblem.GetProperty("limit").GetString());
        // Quotas are per account: another user is not affected.
        await neighbour.UploadAsync("rm_john_doe.pdf");
    }

    [Fact]
    public async Task Past_the_saved_job_and_application_quotas_the_answer_is_409_naming_the_limit()
    {
        await using var factory = StandaloneBackend.Create(Path.Combine(_data.Path, "jobs-quota.db"), _ml.BaseUrl)
            .WithSetting("Quotas:MaxSavedJobs", "2")
            .WithSetting("Quotas:MaxApplications", "1");
        var user = await factory.SignUpAsync();
        var first = await user.SaveJobAsync("One");
        await user.SaveJobAsync("Two");
        await user.ApplyAsync(first);

        using var third = await user.Client.PostAsJsonAsync("/api/jobs", new { title = "Three", company = "Contoso" });
        using var second = await user.Client.PostAsJsonAsync("/api/applications", new { jobId = first });

        var jobProblem = await third.AssertProblemAsync(HttpStatusCode.Conflict, "quota-exceeded");
        Assert.Equal("savedJobs", jobProblem.GetProperty("limit").GetString());
        Assert.Equal(2, jobProblem.GetProperty("max").GetInt32());
        var applicationProblem = await second.AssertProblemAsync(HttpStatusCode.Conflict, "quota-exceeded");
        Assert.Equal("applications", applicationProblem.GetProperty("limit").GetString());
        await (await factory.SignUpAsync()).SaveJobAsync();
    }

    [Fact]
    public async Task Past_the_byte_quota_an_upload_is_refused_before_it_is_stored()
    {
        await using var factory = StandaloneBackend.Create(Path.Combine(_data.Path, "bytes.db"), _ml.BaseUrl)
            .WithSetting("Quotas:MaxFileMegabytes", "1");
        var user = await factory.SignUpAsync();
        var pdf = await File.ReadAllBytesAsync(BackendApi.TestDataPath("rm_john_doe.pdf"));
        var uploads = (int)Math.Ceiling(1024.0 * 1024 / pdf.Length);

        HttpResponseMessage? refused = null;
        for (var i = 0; i <= uploads && refused is null; i++)
        {
            using var form = BackendApi.ResumeForm(pdf, $"cv{i}.pdf");
            var response = await user.Client.PostAsync("/api/resumes", form);
            if (response.StatusCode != HttpStatusCode.Created)
            {
                refused = response;
            }
        }

        Assert.NotNull(refused);
        var problem = await refused.AssertProblemAsync(HttpStatusCode.Conflict, "quota-exceeded");
        Assert.Equal("fileBytes", problem.GetProperty("limit").GetString());
    }

    [Fact]
    public async Task Uploads_are_rate_limited_per_user()
    {
        await using var factory = StandaloneBackend.Create(Path.Combine(_data.Path, "rate.db"), _ml.BaseUrl)
            .WithSetting("Quotas:UploadsPerMinute", "2");
        var user = await factory.SignUpAsync();
        var other = await factory.SignUpAsync();
        await user.UploadAsync("rm_john_doe.pdf");
        await user.UploadAsync("rm_john_doe.pdf");

        using var form = BackendApi.ResumeForm(await File.ReadAllBytesAsync(BackendApi.TestDataPath("rm_john_doe.pdf")), "cv.pdf");
        using var limited = await user.Client.PostAsync("/api/resumes", form);

        await limited.AssertProblemAsync(HttpStatusCode.TooManyRequests, "rate-limited");
        Assert.True(limited.Headers.Contains("Retry-After"));
        await other.UploadAsync("rm_john_doe.pdf");
    }

    [Fact]
    public async Task A_quota_of_zero_stops_start_up()
    {
        await using var factory = StandaloneBackend.Create(Path.Combine(_data.Path, "zero.db")).WithSetting("Quotas:MaxResumes", "0");
        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        Assert.Contains("MaxResumes", error.ToString());
    }
}
