using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CareerCraft.Backend;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CareerCraft.Tests.Backend;

/// <summary>A signed-up user of a running backend: the client carries their access token.</summary>
public sealed record TestUser(HttpClient Client, string Id, string Username, string Email, string Password, string Token, string RefreshToken);

/// <summary>Small helpers for talking to the backend the way a client does.</summary>
public static class BackendApi
{
    public const string Password = "correct horse battery staple";

    public static string TestDataPath(string fileName) => Path.Combine(AppContext.BaseDirectory, "TestData", "backend", fileName);

    public static async Task<TestUser> SignUpAsync(this WebApplicationFactory<BackendService> factory, string? username = null, string? fullName = null)
    {
        username ??= "u" + Guid.NewGuid().ToString("N")[..12];
        var email = $"{username}@example.com";
        var anonymous = factory.CreateClient();
        using var response = await anonymous.PostAsJsonAsync("/api/auth/signup", new { username, email, password = Password, fullName });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var token = body.GetProperty("token").GetString()!;
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return new TestUser(client, body.GetProperty("user").GetProperty("id").GetString()!, username, email, Password, token,
            body.GetProperty("refreshToken").GetString()!);
    }

    public static MultipartFormDataContent ResumeForm(byte[] content, string fileName, string field = "file", string? name = null, string contentType = "application/octet-stream")
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, field, fileName);
        if (name is not null)
        {
            form.Add(new StringContent(name), "name");
        }
        return form;
    }

    public static async Task<JsonElement> UploadAsync(this TestUser user, string testFile, string? name = null)
    {
        using var form = ResumeForm(await File.ReadAllBytesAsync(TestDataPath(testFile)), testFile, name: name);
        using var response = await user.Client.PostAsync("/api/resumes", form);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();

    /// <summary>Asserts an RFC 9457 problem with the given status and a <c>type</c> ending in <paramref name="typeSuffix"/>.</summary>
    public static async Task<JsonElement> AssertProblemAsync(this HttpResponseMessage response, HttpStatusCode status, string typeSuffix)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadJsonAsync();
        Assert.EndsWith("/" + typeSuffix, problem.GetProperty("type").GetString());
        return problem;
    }

    /// <summary>A job-match answer as the ML service gives it (<c>/resume/job-match</c>).</summary>
    public static JobMatchResponse SampleMatch(int score) => new(
        score, 0.61, 50, ["C#"], [new PartialSkillMatch("Kubernetes", "Docker", 0.71)], ["Go"],
        [new RequirementMatch("5+ years of C#", "Built C# services for 6 years", 0.82, true)], ["Add Go to your skills if you have used it."]);

    /// <summary>Saves a job and returns its id.</summary>
    public static async Task<string> SaveJobAsync(this TestUser user, string title = "Backend Engineer", string company = "Contoso", string? description = null)
    {
        using var response = await user.Client.PostAsJsonAsync("/api/jobs", new
        {
            title,
            company,
            location = "Remote",
            url = "https://jobs.example/1",
            description = description ?? "Requirements: C#, ASP.NET Core and SQL. Build and run APIs.",
            salary = "$120k-$140k",
            source = "referral",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.ReadJsonAsync()).GetProperty("id").GetString()!;
    }

    /// <summary>Creates an application for the job and returns its id.</summary>
    public static async Task<string> ApplyAsync(this TestUser user, string jobId, string? resumeId = null, string? coverLetterId = null)
    {
        using var response = await user.Client.PostAsJsonAsync("/api/applications", new { jobId, resumeId, coverLetterId });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.ReadJsonAsync()).GetProperty("id").GetString()!;
    }

    public static object SampleLetter(string company = "Contoso", string text = "I build reliable services.") => new
    {
        companyName = company,
        jobTitle = "Backend Engineer",
        jobDescription = "Build APIs in C#.",
        tone = "confident",
        coverLetter = new
        {
            greeting = "Dear Hiring Manager,",
            body = new[] { text, "I would love to help your team ship." },
            closing = "Thank you for your time.",
            signOff = "Sincerely,",
            candidateName = "Ada Lovelace",
        },
    };
}
