using CareerCraft.Contracts;
using CareerCraft.Ml.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using CareerCraft.Ml.Analysis.Scoring;
using CareerCraft.Ml.Documents;
using CareerCraft.ServiceDefaults.Files;

namespace CareerCraft.Ml.Analysis;

public static class ResumeAnalysisApi
{
    private const string Expected = "JSON {\"text\": \"...\", \"jobDescription\": \"...\"} or multipart/form-data with the resume in the field 'file'";
    private const string JobDescriptionField = "jobDescription";

    public static IEndpointRouteBuilder MapResumeAnalysisApi(this IEndpointRouteBuilder app)
    {
        var resume = app.MapGroup("/resume")
            .WithTags("Resume")
            .RequireAuthorization()
            .RequireRateLimiting(RateLimitingRegistration.PerUserPolicy);

        resume.MapPost("/analyze", AnalyzeAsync)
            .WithName("AnalyzeResume")
            .WithSummary("Parses a resume and scores it: JSON {text, jobDescription?} or multipart 'file' + optional 'jobDescription'.")
            // The body is read by hand (JSON or a multipart form with explicit limits), so no antiforgery token applies,
            // and no Accepts metadata: routing would answer other content types with a bare 415 instead of ours.
            .DisableAntiforgery()
            .Produces<AnalysisResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        return app;
    }

    private static async Task<Results<Ok<AnalysisResponse>, ProblemHttpResult>> AnalyzeAsync(
        HttpRequest request,
        ResumeAnalyzer analyzer,
        IResumeTextExtractor extractor,
        UploadedFileReader uploads,
        IEnumerable<IResumeReadListener> listeners,
        CancellationToken cancellationToken)
    {
        var input = request.HasFormContentType
            ? await ReadMultipartAsync(request, extractor, uploads, cancellationToken)
            : await ReadJsonAsync(request, cancellationToken);
        if (input.Problem is not null)
        {
            return input.Problem.ToResult();
        }
        var problem = TextInput.CheckJobDescription(input.JobDescription)
            ?? TextInput.CheckResume(input.Text, input.TextField, !string.IsNullOrWhiteSpace(input.JobDescription))
            ?? TextInput.CheckLayout(input.Layout);
        if (problem is not null)
        {
            return problem.ToResult();
        }
        var text = TextInput.Normalize(input.Text!);
        var jobDescription = input.JobDescription is null ? null : TextInput.Normalize(input.JobDescription);
        var document = input.Layout is { Lines.Count: > 0 } layout ? ResumeDocument.FromLayout(layout.Lines) : ResumeDocument.FromText(text);
        var analysis = analyzer.Analyze(document, jobDescription, input.Signals);
        // The text as the client holds it: the one it will send to /resume/job-match next.
        foreach (var listener in listeners)
        {
            listener.ResumeRead(input.Text!);
        }
        return TypedResults.Ok(analysis);
    }

    private static async Task<AnalysisInputs> ReadJsonAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync<AnalyzeRequest>(request, TextLimits.MaxJsonBodyBytes, Expected, cancellationToken);
        if (problem is not null)
        {
            return AnalysisInputs.Failed(problem);
        }
        var signals = new ExtractionSignals(body!.ExtractionWarnings ?? [], body.Ocr ?? false, body.MultiColumn ?? false);
        return new AnalysisInputs(body.Text, "text", body.JobDescription, signals, null, body.Layout);
    }

    /// <summary>
    /// A file plus an optional 'jobDescription' field, read by the extraction feature's upload reader (streamed, with
    /// its 5 MB file limit and its problem answers), so both endpoints refuse files alike.
    /// </summary>
    private static async Task<AnalysisInputs> ReadMultipartAsync(
        HttpRequest request, IResumeTextExtractor extractor, UploadedFileReader uploads, CancellationToken cancellationToken)
    {
        var form = await uploads.ReadFormAsync(request, UploadedFileReader.DefaultFieldName, cancellationToken);
        var jobDescription = form.Fields.TryGetValue(JobDescriptionField, out var job) && !string.IsNullOrWhiteSpace(job) ? job : null;
        if (form.File is not { } file)
        {
            if (form.Fields.TryGetValue("text", out var text))
            {
                return new AnalysisInputs(text, "text", jobDescription, ExtractionSignals.None, null);
            }
            throw FileProblems.InvalidUpload($"The form has no file in the field '{UploadedFileReader.DefaultFieldName}'.");
        }
        var extracted = await extractor.ExtractAsync(file.Content, file.FileName, RequesterKey.For(request.HttpContext), cancellationToken);
        var multiColumn = extracted.Warnings.Any(IsColumnWarning);
        var signals = new ExtractionSignals(extracted.Warnings.Where(w => !IsColumnWarning(w)).ToList(), extracted.Ocr, multiColumn);
        return new AnalysisInputs(extracted.Text, "file", jobDescription, signals, null, extracted.Layout);
    }

    private static bool IsColumnWarning(string warning) => warning.Contains("column", StringComparison.OrdinalIgnoreCase);

    private sealed record AnalysisInputs(
        string? Text, string TextField, string? JobDescription, ExtractionSignals Signals, ProblemSpec? Problem, DocumentLayout? Layout = null)
    {
        public static AnalysisInputs Failed(ProblemSpec problem) => new(null, "text", null, ExtractionSignals.None, problem);
    }
}
