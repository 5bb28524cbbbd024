using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using CareerCraft.Web.Services.Auth;
using CareerCraft.Web.Services.Backend;
using CareerCraft.Web.Services.Health;
using CareerCraft.Web.Services.Ml;
using CareerCraft.Web.Services.Problems;

namespace CareerCraft.Web.Services;

/// <summary>Typed client for the stateful backend (accounts, profiles, stored resumes and letters), as the signed-in user.</summary>
public sealed class BackendClient(HttpClient http, UserSession session)
{
    public const string ServiceName = "storage service";

    /// <summary>Lists are paged by the backend; the pages here show a person's own items, so one large page is enough.</summary>
    private const string FirstPage = "?page=1&pageSize=100";

    public Task<ServiceHealth> GetHealthAsync(CancellationToken cancellationToken = default) =>
        HealthReader.ReadAsync(http, "backend", "Backend", cancellationToken);

    public Task<ProfileBody> GetProfileAsync(CancellationToken ct = default) =>
        ReadAsync<ProfileBody>(HttpMethod.Get, "/api/profile", null, ct);

    public Task<ProfileBody> SaveProfileAsync(ProfileBody profile, CancellationToken ct = default) =>
        ReadAsync<ProfileBody>(HttpMethod.Put, "/api/profile", JsonContent.Create(profile), ct);

    public async Task<IReadOnlyList<ResumeSummary>> ListResumesAsync(CancellationToken ct = default) =>
        (await ReadAsync<PagedResponse<ResumeSummary>>(HttpMethod.Get, "/api/resumes" + FirstPage, null, ct)).Items;

    public Task<ResumeDetail> GetResumeAsync(string id, CancellationToken ct = default) =>
        ReadAsync<ResumeDetail>(HttpMethod.Get, $"/api/resumes/{Uri.EscapeDataString(id)}", null, ct);

    /// <summary>
    /// Stores a resume. With <paramref name="reading"/> (the text ML already extracted from these bytes and its
    /// analysis) the backend stores both as they are instead of having the file read a second time.
    /// </summary>
    public Task<ResumeSummary> UploadResumeAsync(
        string fileName, string contentType, byte[] content, string? name, ResumeReading? reading = null, CancellationToken ct = default)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = MediaTypeHeaderValue.TryParse(contentType, out var type) ? type : new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        if (!string.IsNullOrWhiteSpace(name))
        {
            form.Add(new StringContent(name), "name");
        }
        if (reading is not null)
        {
            form.Add(new StringContent(reading.Text), "text");
            form.Add(new StringContent(Convert.ToHexStringLower(SHA256.HashData(content))), "textSha256");
            form.Add(new StringContent(JsonSerializer.Serialize(reading.Analysis, JsonSerializerOptions.Web)), "analysis");
        }
        return ReadAsync<ResumeSummary>(HttpMethod.Post, "/api/resumes", form, ct);
    }

    /// <summary>A JSON Resume document as a new resume; the backend checks it against the schema (400 naming the path).</summary>
    public Task<ResumeSummary> ImportJsonResumeAsync(byte[] document, CancellationToken ct = default)
    {
        var content = new ByteArrayContent(document);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return ReadAsync<ResumeSummary>(HttpMethod.Post, "/api/resumes/json-resume", content, ct);
    }

    public async Task SaveAnalysisAsync(string resumeId, AnalysisResponse analysis, CancellationToken ct = default) =>
        await SendAsync(HttpMethod.Put, $"/api/resumes/{Uri.EscapeDataString(resumeId)}/analysis", JsonContent.Create(analysis), ct);

    public async Task DeleteResumeAsync(string id, CancellationToken ct = default) =>
        await SendAsync(HttpMethod.Delete, $"/api/resumes/{Uri.EscapeDataString(id)}", null, ct);

    public async Task<IReadOnlyList<SavedCoverLetter>> ListCoverLettersAsync(CancellationToken ct = default) =>
        (await ReadAsync<PagedResponse<SavedCoverLetter>>(HttpMethod.Get, "/api/cover-letters" + FirstPage, null, ct)).Items;

    public Task<SavedCoverLetter> GetCoverLetterAsync(string id, CancellationToken ct = default) =>
        ReadAsync<SavedCoverLetter>(HttpMethod.Get, $"/api/cover-letters/{Uri.EscapeDataString(id)}", null, ct);

    public Task<SavedCoverLetter> CreateCoverLetterAsync(SaveCoverLetterRequest letter, CancellationToken ct = default) =>
        ReadAsync<SavedCoverLetter>(HttpMethod.Post, "/api/cover-letters", JsonContent.Create(letter), ct);

    public async Task UpdateCoverLetterAsync(string id, SaveCoverLetterRequest letter, CancellationToken ct = default) =>
        await SendAsync(HttpMethod.Put, $"/api/cover-letters/{Uri.EscapeDataString(id)}", JsonContent.Create(letter), ct);

    public async Task DeleteCoverLetterAsync(string id, CancellationToken ct = default) =>
        await SendAsync(HttpMethod.Delete, $"/api/cover-letters/{Uri.EscapeDataString(id)}", null, ct);

    public Task<AnalysisHistoryResponse> GetAnalysisHistoryAsync(string resumeId, CancellationToken ct = default) =>
        ReadAsync<AnalysisHistoryResponse>(HttpMethod.Get, $"/api/resumes/{Uri.EscapeDataString(resumeId)}/analyses", null, ct);

    public async Task<IReadOnlyList<JobResponse>> ListJobsAsync(CancellationToken ct = default) =>
        await AllAsync<JobResponse>("/api/jobs", ct);

    public Task<JobResponse> GetJobAsync(string id, CancellationToken ct = default) =>
        ReadAsync<JobResponse>(HttpMethod.Get, $"/api/jobs/{Uri.EscapeDataString(id)}", null, ct);

    public Task<JobResponse> SaveJobAsync(JobRequest job, CancellationToken ct = default) =>
        ReadAsync<JobResponse>(HttpMethod.Post, "/api/jobs", JsonContent.Create(job), ct);

    public async Task DeleteJobAsync(string id, CancellationToken ct = default) =>
        await SendAsync(HttpMethod.Delete, $"/api/jobs/{Uri.EscapeDataString(id)}", null, ct);

    public async Task<IReadOnlyList<ApplicationResponse>> ListApplicationsAsync(CancellationToken ct = default) =>
        await AllAsync<ApplicationResponse>("/api/applications", ct);

    public Task<ApplicationResponse> CreateApplicationAsync(NewApplicationRequest application, CancellationToken ct = default) =>
        ReadAsync<ApplicationResponse>(HttpMethod.Post, "/api/applications", JsonContent.Create(application), ct);

    public Task<ApplicationResponse> UpdateApplicationAsync(string id, ApplicationUpdateRequest update, CancellationToken ct = default) =>
        ReadAsync<ApplicationResponse>(HttpMethod.Put, $"/api/applications/{Uri.EscapeDataString(id)}", JsonContent.Create(update), ct);

    public Task<ApplicationResponse> MoveApplicationAsync(string id, StatusMoveRequest move, CancellationToken ct = default) =>
        ReadAsync<ApplicationResponse>(HttpMethod.Post, $"/api/applications/{Uri.EscapeDataString(id)}/status", JsonContent.Create(move), ct);

    public Task<ApplicationResponse> SaveMatchAsync(string id, JobMatchResponse match, CancellationToken ct = default) =>
        ReadAsync<ApplicationResponse>(HttpMethod.Put, $"/api/applications/{Uri.EscapeDataString(id)}/match", JsonContent.Create(match), ct);

    public async Task DeleteApplicationAsync(string id, CancellationToken ct = default) =>
        await SendAsync(HttpMethod.Delete, $"/api/applications/{Uri.EscapeDataString(id)}", null, ct);

    /// <summary>A new token pair: every other session of the user has ended.</summary>
    public Task<AuthResponse> ChangePasswordAsync(ChangePasswordRequest request, CancellationToken ct = default) =>
        ReadAsync<AuthResponse>(HttpMethod.Post, "/api/account/password", JsonContent.Create(request), ct);

    public Task<UserResponse> ChangeEmailAsync(ChangeEmailRequest request, CancellationToken ct = default) =>
        ReadAsync<UserResponse>(HttpMethod.Post, "/api/account/email", JsonContent.Create(request), ct);

    /// <summary>Removes the account and everything it holds, in the backend's stores and its file store.</summary>
    public async Task DeleteAccountAsync(DeleteAccountRequest request, CancellationToken ct = default) =>
        await SendAsync(HttpMethod.Post, "/api/account/delete", JsonContent.Create(request), ct);

    public async Task SignOutEverywhereAsync(CancellationToken ct = default) =>
        await SendAsync(HttpMethod.Post, "/api/auth/signout-everywhere", null, ct);

    /// <summary>A stored file, buffered: resumes are at most 5 MB and letters a few KB.</summary>
    public async Task<DownloadedFile> DownloadAsync(string path, CancellationToken ct = default)
    {
        using var response = await SendAsync(HttpMethod.Get, path, null, ct);
        var content = await response.Content.ReadAsByteArrayAsync(ct);
        var fileName = response.Content.Headers.ContentDisposition?.FileNameStar
            ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"')
            ?? "download";
        return new DownloadedFile(content, response.Content.Headers.ContentType?.ToString() ?? "application/octet-stream", fileName,
            response.Headers.TryGetValues("Content-Security-Policy", out var policy) ? string.Join(", ", policy) : null);
    }

    private async Task<T> ReadAsync<T>(HttpMethod method, string path, HttpContent? content, CancellationToken ct)
    {
        using var response = await SendAsync(method, path, content, ct);
        return await ServiceCall.ReadJsonAsync<T>(response, ServiceName, ct);
    }

    /// <summary>
    /// One retry on a 401, with a refreshed token: a sign-out in another browser moves the user's session version
    /// on, which refuses this browser's access token too while its refresh token still works. The bodies sent
    /// here are all buffered, so the same content can go again.
    /// </summary>
    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, HttpContent? content, CancellationToken ct)
    {
        var request = await session.RequestAsync(method, path, content, ct);
        try
        {
            return await ServiceCall.SendAsync(http, request, ServiceName, ct);
        }
        catch (ServiceException ex) when (ex.Problem.Status == StatusCodes.Status401Unauthorized)
        {
            var retry = await session.RetryAsync(request, content, ct);
            if (retry is null)
            {
                throw;
            }
            return await ServiceCall.SendAsync(http, retry, ServiceName, ct);
        }
    }

    /// <summary>Every page of a list: a job search can outgrow one page of 100, unlike a person's resumes.</summary>
    private async Task<List<T>> AllAsync<T>(string path, CancellationToken ct)
    {
        var all = new List<T>();
        for (var page = 1; ; page++)
        {
            var body = await ReadAsync<PagedResponse<T>>(HttpMethod.Get, $"{path}?page={page}&pageSize=100", null, ct);
            all.AddRange(body.Items);
            if (body.Items.Count == 0 || all.Count >= body.Total)
            {
                return all;
            }
        }
    }
}

/// <param name="ContentSecurityPolicy">The backend's policy for the file (a resume: <c>sandbox</c>), kept on the way out.</param>
public sealed record DownloadedFile(byte[] Content, string ContentType, string FileName, string? ContentSecurityPolicy = null);
