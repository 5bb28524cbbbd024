using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
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

    public async Task<ExtractTextResponse> ExtractTextAsync(string fileName, string contentType, byte[] content, CancellationToken ct = default)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = MediaTypeHeaderValue.TryParse(contentType, out var type) ? type : new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        return await ReadAsync<ExtractTextResponse>("/resume/extract-text", form, ct);
    }

    public Task<AnalysisResponse> AnalyzeAsync(string text, string? jobDescription, CancellationToken ct = default) =>
        AnalyzeAsync(new AnalyzeRequest { Text = text, JobDescription = NullIfBlank(jobDescription) }, ct);

    /// <summary>Analyses freshly extracted text, passing on what the extraction noticed about the file and its layout.</summary>
    public Task<AnalysisResponse> AnalyzeAsync(ExtractTextResponse extracted, string? jobDescription, CancellationToken ct = default) =>
        AnalyzeAsync(new AnalyzeRequest
        {
            Text = extracted.Text,
            JobDescription = NullIfBlank(jobDescription),
            ExtractionWarnings = extracted.Warnings,
            Ocr = extracted.Ocr,
            Layout = extracted.Layout,
        }, ct);

    private Task<AnalysisResponse> AnalyzeAsync(AnalyzeRequest request, CancellationToken ct) =>
        ReadAsync<AnalysisResponse>("/resume/analyze", JsonContent.Create(request), ct);

    public Task<JobMatchResponse> MatchAsync(string resumeText, string jobDescription, CancellationToken ct = default) =>
        ReadAsync<JobMatchResponse>("/resume/job-match", JsonContent.Create(new JobMatchRequest(resumeText, jobDescription)), ct);

    public Task<JobRankResponse> RankAsync(string resumeText, IReadOnlyList<RankedJobInput> jobs, CancellationToken ct = default) =>
        ReadAsync<JobRankResponse>("/jobs/rank", JsonContent.Create(new JobRankRequest(resumeText, jobs)), ct);

    /// <summary>
    /// The letter <c>generate-cover-letter</c> would answer, event by event while it is written, so a slow
    /// model's text appears as it comes. A refused request throws before the first event (its ProblemDetails, as
    /// for every call); a stream cut off before its final event throws too, so a half letter is never taken as done.
    /// </summary>
    public async IAsyncEnumerable<CoverLetterStreamEvent> StreamCoverLetterAsync(
        CoverLetterRequest letter, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var request = await session.RequestAsync(HttpMethod.Post, "/cover-letter/stream", JsonContent.Create(letter), ct);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        using var response = await ServiceCall.SendAsync(http, request, ServiceName, ct);
        await using var body = await response.Content.ReadAsStreamAsync(ct);
        await using var events = SseParser.Create(body).EnumerateAsync(ct).GetAsyncEnumerator(ct);
        while (await NextAsync(events, ct))
        {
            var item = events.Current;
            switch (item.EventType)
            {
                case "delta":
                    yield return new CoverLetterDelta(item.Data);
                    break;
                case "reset":
                    yield return new CoverLetterReset();
                    break;
                case "done":
                    yield return new CoverLetterDone(ParseDone(item.Data));
                    yield break;
            }
        }
        throw new ServiceException(StreamProblem("The letter stopped arriving before it was finished. Please try again."));
    }

    // A yield cannot sit inside a try with a catch, so moving through the stream is wrapped here instead.
    private static async Task<bool> NextAsync(IAsyncEnumerator<SseItem<string>> events, CancellationToken ct)
    {
        try
        {
            return await events.MoveNextAsync();
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException && !ct.IsCancellationRequested)
        {
            throw new ServiceException(ServiceProblem.Unreachable(ServiceName), ex);
        }
    }

    private static CoverLetterResponse ParseDone(string data)
    {
        try
        {
            return JsonSerializer.Deserialize<CoverLetterResponse>(data, JsonSerializerOptions.Web)
                ?? throw new JsonException("Empty letter.");
        }
        catch (JsonException ex)
        {
            throw new ServiceException(StreamProblem($"The {ServiceName} sent a letter this app could not read."), ex);
        }
    }

    private static ServiceProblem StreamProblem(string detail) =>
        new(ServiceName, 502, null, "Letter incomplete", detail, new Dictionary<string, string[]>());

    private async Task<T> ReadAsync<T>(string path, HttpContent content, CancellationToken ct) =>
        await ServiceCall.ReadAsync<T>(http, await session.RequestAsync(HttpMethod.Post, path, content, ct), ServiceName, ct);

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
