using System.Net.Http.Headers;
using System.Net.Http.Json;
using CareerCraft.Web.Services.Auth;
using CareerCraft.Web.Services.Health;
using CareerCraft.Web.Services.Ml;
using CareerCraft.Web.Services.Problems;

namespace CareerCraft.Web.Services;

/// <summary>
/// Typed client for the stateless ML service (extraction, analysis, matching, cover letters), called directly
/// with the signed-in user's token: the ML service validates the same JWTs and rate-limits per user.
/// </summary>
public sealed class MlClient(HttpClient http, UserSession session)
{
    public const string ServiceName = "analysis service";

    public Task<ServiceHealth> GetHealthAsync(CancellationToken cancellationToken = default) =>
        HealthReader.ReadAsync(http, "ml", "ML service", cancellationToken);

    public async Task<ExtractedText> ExtractTextAsync(string fileName, string contentType, byte[] content, CancellationToken ct = default)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = MediaTypeHeaderValue.TryParse(contentType, out var type) ? type : new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        return await ReadAsync<ExtractedText>("/resume/extract-text", form, ct);
    }

    public Task<ResumeAnalysis> AnalyzeAsync(string text, string? jobDescription, CancellationToken ct = default) =>
        AnalyzeAsync(new AnalyzeRequest(text, NullIfBlank(jobDescription)), ct);

    /// <summary>Analyses freshly extracted text, passing on what the extraction noticed about the file.</summary>
    public Task<ResumeAnalysis> AnalyzeAsync(ExtractedText extracted, string? jobDescription, CancellationToken ct = default) =>
        AnalyzeAsync(new AnalyzeRequest(extracted.Text, NullIfBlank(jobDescription), extracted.Warnings, extracted.Ocr), ct);

    private Task<ResumeAnalysis> AnalyzeAsync(AnalyzeRequest request, CancellationToken ct) =>
        ReadAsync<ResumeAnalysis>("/resume/analyze", JsonContent.Create(request), ct);

    public Task<JobMatchResult> MatchAsync(string resumeText, string jobDescription, CancellationToken ct = default) =>
        ReadAsync<JobMatchResult>("/resume/job-match", JsonContent.Create(new JobMatchRequest(resumeText, jobDescription)), ct);

    public Task<RankResult> RankAsync(string resumeText, IReadOnlyList<RankJob> jobs, CancellationToken ct = default) =>
        ReadAsync<RankResult>("/jobs/rank", JsonContent.Create(new RankRequest(resumeText, jobs)), ct);

    public Task<GeneratedCoverLetter> GenerateCoverLetterAsync(GenerateCoverLetterRequest request, CancellationToken ct = default) =>
        ReadAsync<GeneratedCoverLetter>("/cover-letter/generate-cover-letter", JsonContent.Create(request), ct);

    private async Task<T> ReadAsync<T>(string path, HttpContent content, CancellationToken ct)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await session.GetAccessTokenAsync(ct));
        return await ServiceCall.ReadAsync<T>(http, request, ServiceName, ct);
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
