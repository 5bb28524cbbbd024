using CareerCraft.Contracts;
using System.Security.Claims;
using System.Text;
using CareerCraft.Backend.Files;
using CareerCraft.Backend.Infrastructure;
using CareerCraft.Backend.Quotas;
using CareerCraft.Backend.Storage;
using CareerCraft.ServiceDefaults.Files;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using CareerCraft.Contracts.Backend;

namespace CareerCraft.Backend.Resumes;

public static class ResumesApi
{
    /// <remarks>
    /// The upload and analysis bodies are read by the handlers rather than bound, and carry no <c>Accepts</c>
    /// metadata on purpose: routing would answer a wrong content type with 415 before authentication could say 401.
    /// </remarks>
    public static IEndpointRouteBuilder MapResumesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/resumes")
            .WithTags("Resumes")
            .RequireAuthorization(AuthorizationPolicies.CurrentUser);

        group.MapPost("/", (HttpRequest request, ClaimsPrincipal user, ResumeService service, QuotaCheck quotas, UploadedFileReader uploads, IOptions<ResumeOptions> options, TimeProvider time, CancellationToken ct) =>
                Upload(request, "file", user, service, quotas, uploads, options.Value, time, ct))
            .AddOpenApiOperationTransformer(ResumeUploadDocs.Describe("file"))
            .WithUploadProblems();
        // Field name of the original web client, kept so old clients keep working.
        group.MapPost("/upload", (HttpRequest request, ClaimsPrincipal user, ResumeService service, QuotaCheck quotas, UploadedFileReader uploads, IOptions<ResumeOptions> options, TimeProvider time, CancellationToken ct) =>
                Upload(request, "resume", user, service, quotas, uploads, options.Value, time, ct))
            .AddOpenApiOperationTransformer(ResumeUploadDocs.Describe("resume"))
            .WithUploadProblems();
        group.MapGet("/", List);
        group.MapGet("/{id}", Get).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id}/file", Download)
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapPut("/{id}/analysis", SaveAnalysis).AddOpenApiOperationTransformer(ResumeUploadDocs.DescribeAnalysis)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        group.MapGet("/{id}/analyses", History).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapDelete("/{id}", Delete).ProducesProblem(StatusCodes.Status404NotFound);
        return routes;
    }

    private static RouteHandlerBuilder WithUploadProblems(this RouteHandlerBuilder endpoint) => endpoint
        .RequireRateLimiting(QuotasRegistration.UploadPolicy)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesProblem(StatusCodes.Status429TooManyRequests)
        .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
        .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
        .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

    /// <remarks>
    /// The form is read by the shared <see cref="UploadedFileReader"/> (streamed, refused with 413 once past the limit)
    /// and the format decided by the shared <see cref="ResumeFileSniffer"/>, exactly as the ML service reads files:
    /// both throw <see cref="ProblemException"/>s, which the exception handler answers.
    /// </remarks>
    private static async Task<Results<Created<ResumeSummary>, ValidationProblem, ProblemHttpResult>> Upload(
        HttpRequest request, string field, ClaimsPrincipal user, ResumeService service, QuotaCheck quotas, UploadedFileReader uploads,
        ResumeOptions options, TimeProvider time, CancellationToken cancellationToken)
    {
        var form = await uploads.ReadFormAsync(request, field, cancellationToken);
        var file = form.File;
        var name = form.Fields.GetValueOrDefault("name") ?? "";
        var errors = new ValidationErrors();
        errors.Text("name", name, 200);
        if (file is null)
        {
            errors.Add(field, $"Required: the resume file (PDF or DOCX) in the '{field}' field.");
        }
        else if (file.Content.Length == 0)
        {
            errors.Add(field, "The file is empty.");
        }
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (await quotas.ForResumeAsync(user.RequiredUserId(), file!.Content.Length, cancellationToken) is { } full)
        {
            return full;
        }

        var format = ResumeFileSniffer.Sniff(file.Content);
        if (format == ResumeFormat.Docx)
        {
            ResumeFileSniffer.ConfirmDocx(file.Content);
        }

        var content = file.Content.ToArray();
        var reading = PriorReading.Read(form.Fields, content, options, Ids.Now(time), errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        try
        {
            var resume = await service.UploadAsync(
                new NewResume(user.RequiredUserId(), name, file.FileName, content, format, BearerToken(request), reading), cancellationToken);
            return TypedResults.Created($"/api/resumes/{resume.Id}", ResumeResponses.Summary(resume));
        }
        catch (FileStoreException)
        {
            return FileStoreUnavailable("nothing was saved");
        }
    }

    private static async Task<Results<Ok<PagedResponse<ResumeSummary>>, ValidationProblem>> List(
        int? page, int? pageSize, ClaimsPrincipal user, IResumeRepository resumes, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var paging = Paging.Parse(page, pageSize, errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        var result = await resumes.ListAsync(user.RequiredUserId(), paging.Skip, paging.PageSize, cancellationToken);
        return TypedResults.Ok(paging.Respond(result, ResumeResponses.Summary));
    }

    private static async Task<Results<Ok<ResumeDetail>, ProblemHttpResult>> Get(
        string id, HttpRequest request, ClaimsPrincipal user, ResumeService service, CancellationToken cancellationToken)
    {
        try
        {
            var resume = await service.GetAsync(user.RequiredUserId(), id, BearerToken(request), cancellationToken);
            return resume is null ? Problems.NotFound("resume") : TypedResults.Ok(ResumeResponses.Detail(resume));
        }
        catch (FileStoreException)
        {
            return FileStoreUnavailable("the resume could not be read");
        }
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Download(
        string id, HttpResponse response, ClaimsPrincipal user, IResumeRepository resumes, FileStores files, CancellationToken cancellationToken)
    {
        var resume = await resumes.GetAsync(user.RequiredUserId(), id, cancellationToken);
        if (resume is null)
        {
            return Problems.NotFound("resume");
        }
        byte[]? content;
        try
        {
            content = await files.For(resume.Storage).ReadAsync(resume.FileKey, cancellationToken);
        }
        catch (FileStoreException)
        {
            return FileStoreUnavailable("the file could not be read");
        }
        if (content is null)
        {
            return Problems.NotFound("resume file");
        }
        // Never let a browser guess a type or run anything in the file's origin.
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
        // An attachment with both the ASCII filename and the RFC 5987 filename* for the full name.
        return TypedResults.File(content, resume.ContentType, resume.FileName);
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> SaveAnalysis(
        string id, HttpRequest request, ClaimsPrincipal user, IResumeRepository resumes, IOptions<ResumeOptions> options,
        TimeProvider time, CancellationToken cancellationToken)
    {
        var max = options.Value.MaxAnalysisBytes;
        var tooLarge = Problems.TooLarge(ProblemTypes.PayloadTooLarge, $"An analysis may be at most {max / 1024} KB of JSON.");
        if (!request.HasJsonContentType())
        {
            return TypedResults.Problem(
                title: "Unsupported media type",
                detail: "Send the analysis as application/json.",
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                type: ProblemTypes.UnsupportedFormat);
        }
        if (request.ContentLength > max)
        {
            return tooLarge;
        }
        var body = await BoundedBody.ReadAsync(request.Body, max, cancellationToken);
        if (body is null)
        {
            return tooLarge;
        }
        if (SavedAnalysis.Parse(body, Ids.Now(time), out var error) is not { } analysis)
        {
            return Problems.Invalid("analysis", error);
        }
        var saved = await resumes.SetAnalysisAsync(user.RequiredUserId(), id, Encoding.UTF8.GetString(body), analysis.Snapshot, cancellationToken);
        return saved ? TypedResults.NoContent() : Problems.NotFound("resume");
    }

    private static async Task<Results<Ok<AnalysisHistoryResponse>, ProblemHttpResult>> History(
        string id, ClaimsPrincipal user, IResumeRepository resumes, CancellationToken cancellationToken)
    {
        var resume = await resumes.GetAsync(user.RequiredUserId(), id, cancellationToken);
        return resume is null
            ? Problems.NotFound("resume")
            : TypedResults.Ok(new AnalysisHistoryResponse(resume.Id, AnalysisSnapshots.HistoryOf(resume).Select(AnalysisSnapshotResponses.From).ToList()));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(
        string id, ClaimsPrincipal user, ResumeService service, CancellationToken cancellationToken)
    {
        try
        {
            return await service.DeleteAsync(user.RequiredUserId(), id, cancellationToken)
                ? TypedResults.NoContent()
                : Problems.NotFound("resume");
        }
        catch (FileStoreException)
        {
            return FileStoreUnavailable("nothing was deleted");
        }
    }

    /// <summary>The caller's own token, forwarded to the ML service.</summary>
    private static string? BearerToken(HttpRequest request)
    {
        var header = request.Headers[HeaderNames.Authorization].ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
    }

    private static ProblemHttpResult FileStoreUnavailable(string consequence) => TypedResults.Problem(
        title: "File storage unavailable",
        detail: $"The file store did not answer; {consequence}. Try again in a moment.",
        statusCode: StatusCodes.Status503ServiceUnavailable,
        type: ProblemTypes.FileStoreUnavailable);
}
