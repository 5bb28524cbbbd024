using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CareerCraft.Backend.Storage;

namespace CareerCraft.Backend.Resumes;

/// <summary>The outcome of asking the ML service for a file's text.</summary>
public sealed record ExtractionResult(string Status, string? Text, string? Problem)
{
    public static readonly ExtractionResult Unavailable = new(ExtractionStatus.Pending, null, null);
}

/// <summary>
/// Typed client for the ML service's <c>POST /resume/extract-text</c>. The caller's bearer token is forwarded: the ML
/// service is not open and rate-limits per user.
/// </summary>
public sealed partial class MlTextExtractionClient(HttpClient http, ILogger<MlTextExtractionClient> logger)
{
    public async Task<ExtractionResult> ExtractAsync(
        string? bearerToken, string fileName, ResumeFormat format, byte[] content, CancellationToken cancellationToken)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(format.ContentType);
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
                return new ExtractionResult(ExtractionStatus.Done, body?.Text ?? "", null);
            }
            if (IsVerdictOnTheFile(response.StatusCode))
            {
                // The ML service looked at the file and refused it (password, damage, no text): asking again won't help.
                return new ExtractionResult(ExtractionStatus.Failed, null, await ProblemTypeAsync(response, cancellationToken));
            }
            LogUnavailable(logger, (int)response.StatusCode);
            return ExtractionResult.Unavailable;
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException or JsonException or Polly.ExecutionRejectedException
                                   && !cancellationToken.IsCancellationRequested)
        {
            LogUnreachable(logger, ex.GetType().Name);
            return ExtractionResult.Unavailable;
        }
    }

    private static bool IsVerdictOnTheFile(HttpStatusCode status) =>
        status is HttpStatusCode.UnprocessableEntity or HttpStatusCode.UnsupportedMediaType or HttpStatusCode.RequestEntityTooLarge;

    private static async Task<string> ProblemTypeAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
            if (problem.ValueKind == JsonValueKind.Object && problem.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String)
            {
                return type.GetString()!;
            }
        }
        catch (JsonException)
        {
            // Not a problem document; the status code says enough.
        }
        return $"status-{(int)response.StatusCode}";
    }

    private sealed record ExtractTextResponse(string? Text);

    [LoggerMessage(Level = LogLevel.Warning, Message = "ML text extraction answered {Status}; the resume keeps pending text and is retried on read")]
    private static partial void LogUnavailable(ILogger logger, int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "ML service unreachable ({Error}); the resume keeps pending text and is retried on read")]
    private static partial void LogUnreachable(ILogger logger, string error);
}
