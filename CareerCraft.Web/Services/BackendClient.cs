using System.Net.Http.Headers;
using System.Net.Http.Json;
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

    public async Task<UserProfile> GetProfileAsync(CancellationToken ct = default) =>
        await ReadAsync<UserProfile>(HttpMethod.Get, "/api/profile", null, ct);

    public async Task<UserProfile> SaveProfileAsync(UserProfile profile, CancellationToken ct = default) =>
        await ReadAsync<UserProfile>(HttpMethod.Put, "/api/profile", JsonContent.Create(profile), ct);

    public async Task<IReadOnlyList<ResumeSummary>> ListResumesAsync(CancellationToken ct = default) =>
        Items<ResumeSummary>(await ReadAsync<JsonElement>(HttpMethod.Get, "/api/resumes" + FirstPage, null, ct));

    public Task<ResumeDetail> GetResumeAsync(string id, CancellationToken ct = default) =>
        ReadAsync<ResumeDetail>(HttpMethod.Get, $"/api/resumes/{Uri.EscapeDataString(id)}", null, ct);

    public Task<ResumeSummary> UploadResumeAsync(string fileName, string contentType, byte[] content, string? name, CancellationToken ct = default)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = MediaTypeHeaderValue.TryParse(contentType, out var type) ? type : new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        if (!string.IsNullOrWhiteSpace(name))
        {
            form.Add(new StringContent(name), "name");
        }
        return ReadAsync<ResumeSummary>(HttpMethod.Post, "/api/resumes", form, ct);
    }

    public async Task SaveAnalysisAsync(string resumeId, ResumeAnalysis analysis, CancellationToken ct = default) =>
        await SendAsync(HttpMethod.Put, $"/api/resumes/{Uri.EscapeDataString(resumeId)}/analysis", JsonContent.Create(analysis), ct);

    public async Task DeleteResumeAsync(string id, CancellationToken ct = default) =>
        await SendAsync(HttpMethod.Delete, $"/api/resumes/{Uri.EscapeDataString(id)}", null, ct);

    public async Task<IReadOnlyList<CoverLetterRecord>> ListCoverLettersAsync(CancellationToken ct = default) =>
        Items<CoverLetterRecord>(await ReadAsync<JsonElement>(HttpMethod.Get, "/api/cover-letters" + FirstPage, null, ct));

    public Task<CoverLetterRecord> GetCoverLetterAsync(string id, CancellationToken ct = default) =>
        ReadAsync<CoverLetterRecord>(HttpMethod.Get, $"/api/cover-letters/{Uri.EscapeDataString(id)}", null, ct);

    public Task<CoverLetterRecord> CreateCoverLetterAsync(SaveCoverLetterRequest letter, CancellationToken ct = default) =>
        ReadAsync<CoverLetterRecord>(HttpMethod.Post, "/api/cover-letters", JsonContent.Create(letter), ct);

    public async Task UpdateCoverLetterAsync(string id, SaveCoverLetterRequest letter, CancellationToken ct = default) =>
        await SendAsync(HttpMethod.Put, $"/api/cover-letters/{Uri.EscapeDataString(id)}", JsonContent.Create(letter), ct);

    public async Task DeleteCoverLetterAsync(string id, CancellationToken ct = default) =>
        await SendAsync(HttpMethod.Delete, $"/api/cover-letters/{Uri.EscapeDataString(id)}", null, ct);

    /// <summary>A stored file, buffered: resumes are at most 5 MB and letters a few KB.</summary>
    public async Task<DownloadedFile> DownloadAsync(string path, CancellationToken ct = default)
    {
        using var response = await SendAsync(HttpMethod.Get, path, null, ct);
        var content = await response.Content.ReadAsByteArrayAsync(ct);
        var fileName = response.Content.Headers.ContentDisposition?.FileNameStar
            ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"')
            ?? "download";
        return new DownloadedFile(content, response.Content.Headers.ContentType?.ToString() ?? "application/octet-stream", fileName);
    }

    private async Task<T> ReadAsync<T>(HttpMethod method, string path, HttpContent? content, CancellationToken ct) =>
        await ServiceCall.ReadAsync<T>(http, await session.RequestAsync(method, path, content, ct), ServiceName, ct);

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, HttpContent? content, CancellationToken ct) =>
        await ServiceCall.SendAsync(http, await session.RequestAsync(method, path, content, ct), ServiceName, ct);

    /// <summary>Accepts a bare array or a page object (<c>{items: [...], ...}</c>), so paging metadata can evolve freely.</summary>
    private static List<T> Items<T>(JsonElement body)
    {
        var array = body.ValueKind == JsonValueKind.Array ? body
            : body.ValueKind == JsonValueKind.Object && body.TryGetProperty("items", out var items) ? items
            : default;
        return array.ValueKind == JsonValueKind.Array
            ? array.Deserialize<List<T>>(JsonSerializerOptions.Web) ?? []
            : [];
    }
}

public sealed record DownloadedFile(byte[] Content, string ContentType, string FileName);
