using System.Net.Http.Headers;

namespace CareerCraft.ExtractionFuzz;

/// <summary>What one request came back as: 2xx, a 4xx ProblemDetails, anything else is a finding.</summary>
public enum Outcome
{
    Read,
    Refused,

    /// <summary>503 with Retry-After: every worker busy, the documented back-pressure, not a failure.</summary>
    Busy,
    RefusedWithoutProblem,
    ServerError,
    Dropped,
}

/// <summary>One answer, without the case's bytes (a run of 10,000 cases must not keep gigabytes of inputs).</summary>
public sealed record CaseResult(int Number, string Mutation, string Seed, int Size, Outcome Outcome, int Status, TimeSpan Elapsed, string? ProblemType)
{
    public bool IsFinding => Outcome is not Outcome.Read and not Outcome.Refused and not Outcome.Busy;
}

/// <summary>Posts files to <c>/resume/extract-text</c> as the web and the backend do, and classifies the answers.</summary>
public static class FuzzClient
{
    public const string Route = "/resume/extract-text";

    public static async Task<CaseResult> PostAsync(HttpClient http, FuzzCase fuzzCase, CancellationToken cancellationToken)
    {
        var started = TimeProvider.System.GetTimestamp();
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(fuzzCase.Content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fuzzCase.FileName);
        try
        {
            using var response = await http.PostAsync(Route, form, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            var elapsed = TimeProvider.System.GetElapsedTime(started);
            var status = (int)response.StatusCode;
            var isProblem = response.Content.Headers.ContentType?.MediaType == "application/problem+json";
            var outcome = status switch
            {
                >= 200 and < 300 => Outcome.Read,
                >= 400 and < 500 when isProblem => Outcome.Refused,
                >= 400 and < 500 => Outcome.RefusedWithoutProblem,
                503 when isProblem && response.Headers.RetryAfter is not null => Outcome.Busy,
                _ => Outcome.ServerError,
            };
            return Result(fuzzCase, outcome, status, elapsed, isProblem ? ProblemType(body) : null);
        }
        catch (HttpRequestException)
        {
            return Result(fuzzCase, Outcome.Dropped, 0, TimeProvider.System.GetElapsedTime(started), null);
        }
    }

    private static CaseResult Result(FuzzCase fuzzCase, Outcome outcome, int status, TimeSpan elapsed, string? problemType) =>
        new(fuzzCase.Number, fuzzCase.Mutation, fuzzCase.Seed, fuzzCase.Content.Length, outcome, status, elapsed, problemType);

    private static string? ProblemType(string body)
    {
        try
        {
            using var json = System.Text.Json.JsonDocument.Parse(body);
            return json.RootElement.TryGetProperty("type", out var type) ? type.GetString()?.Split('/')[^1] : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
