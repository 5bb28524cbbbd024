using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;

using System.Text.Json;
using CareerCraft.Backend.Storage;
using CareerCraft.Contracts.Ml;
using CareerCraft.ServiceDefaults.Files;
using Microsoft.AspNetCore.Mvc;

namespace CareerCraft.Backend.Resumes;

/// <summary>
/// The outcome of one attempt at a file's text: final (done, or failed with the ML service's verdict on the file), or
/// pending when the ML service gave no verdict (unreachable, dropped the call, timed out, 429, 5xx).
/// </summary>
public sealed record ExtractionResult(string Status, string? Text, string? Problem, string? Detail)
{
    public static readonly ExtractionResult Unavailable = new(ExtractionStatus.Pending, null, null, null);

    public bool IsFinal => Status != ExtractionStatus.Pending;

    public ExtractionOutcome ToOutcome() => new(Status, Text, Problem, Detail);
}

/// <summary>
/// Typed client for the ML service's <c>POST /resume/extract-text</c>. The caller's bearer token is forwarded: the ML
/// service is not open and rate-limits per user. One call sends the file once: its HTTP pipeline has no retries
/// (<see cref="ResumesRegistration"/>); retrying is the resume's own, counted and spaced out (<see cref="ResumeService"/>).
/// </summary>
public sealed partial class MlTextExtractionClient(HttpClient http, ILogger<MlTextExtractionClient> logger)
{
    // What a problem document may put into a stored resume: a compromised or buggy ML service cannot fill the store.
    private const int MaxProblemTypeLength = 200;
    private const int MaxDetailLength = 500;

    public async Task<ExtractionResult> ExtractAsync(
        string? bearerToken, string fileName, ResumeFormat format, byte[] content, CancellationToken cancellationToken)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(format.ContentType());
        form.Add(file, "file", fileName);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/resume/extract-text") { Content = form };
        if (!string.IsNullOrEmpty(bearerToken))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearerToken);
        }

        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                var body = await response.Content.ReadFromJsonAsync<ExtractTextResponse>(cancellationToken);
                return new ExtractionResult(ExtractionStatus.Done, body?.Text ?? "", null, null);
            }
            if (IsVerdictOnTheFile(response.StatusCode))
            {
                // The ML service looked at the file and refused it (password, damage, no text, too complex): asking
                // again won't help, and sending a hostile file again is what must not happen.
                var (type, detail) = await ProblemAsync(response, cancellationToken);
                LogRefused(logger, (int)response.StatusCode, type);
                return new ExtractionResult(ExtractionStatus.Failed, null, type, detail);
            }
            LogUnavailable(logger, (int)response.StatusCode);
            return ExtractionResult.Unavailable;
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException or JsonException or Polly.ExecutionRejectedException
                                   && !cancellationToken.IsCancellationRequested)
        {
            // A dropped connection lands here too: it may be the file that killed the ML process, so it counts as an
            // attempt like any other outage.
            LogUnreachable(logger, ex.GetType().Name);
            return ExtractionResult.Unavailable;
        }
    }

    /// <summary>Answers about the file itself. 401/403/404 and 5xx are about the ML service or our call, not the file.</summary>
    private static bool IsVerdictOnTheFile(HttpStatusCode status) =>
        status is HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity or HttpStatusCode.UnsupportedMediaType
            or HttpStatusCode.RequestEntityTooLarge;

    private static async Task<(string Type, string Detail)> ProblemAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        string? type = null;
        string? detail = null;
        try
        {
            var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>(cancellationToken);
            type = Trimmed(problem?.Type);
            // A problem without a detail still has a title; both are written for people.
            detail = Trimmed(problem?.Detail) ?? Trimmed(problem?.Title);
        }
        catch (JsonException)
        {
            // Not a problem document; the status code says enough.
        }
        return (
            Bounded(type, MaxProblemTypeLength) ?? $"status-{(int)response.StatusCode}",
            Bounded(detail, MaxDetailLength) ?? "The text service could not read this file.");
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string? Bounded(string? value, int max) => value is null || value.Length <= max ? value : value[..(max - 1)] + "…";

    [LoggerMessage(Level = LogLevel.Information, Message = "ML text extraction refused the file with {Status} {ProblemType}; it is not sent again")]
    private static partial void LogRefused(ILogger logger, int status, string problemType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "ML text extraction answered {Status}; the attempt counts and the resume stays pending")]
    private static partial void LogUnavailable(ILogger logger, int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "ML service unreachable or the call was dropped ({Error}); the attempt counts and the resume stays pending")]
    private static partial void LogUnreachable(ILogger logger, string error);
}
