using CareerCraft.Contracts;
using System.Security.Claims;
using System.Text.Json;
using CareerCraft.Backend.Files;
using CareerCraft.Backend.Infrastructure;
using CareerCraft.Backend.Quotas;
using CareerCraft.Backend.Resumes;
using CareerCraft.Backend.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using CareerCraft.Contracts.Backend;

namespace CareerCraft.Backend.JsonResume;

/// <summary>JSON Resume 1.0 (jsonresume.org) out of a stored resume's reading, and in as a new resume.</summary>
public static class JsonResumeApi
{
    public const string ContentType = "application/json";
    private const string FileName = "resume.json";

    public static IEndpointRouteBuilder MapJsonResumeApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/resumes")
            .WithTags("JSON Resume")
            .RequireAuthorization(AuthorizationPolicies.CurrentUser);
        group.MapGet("/{id}/json-resume", Export)
            .Produces(StatusCodes.Status200OK, contentType: ContentType)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        // Read by the handler, like the resume upload: a wrong content type must not answer 415 before 401.
        group.MapPost("/json-resume", Import)
            .RequireRateLimiting(QuotasRegistration.UploadPolicy)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        return routes;
    }

    /// <summary>
    /// An imported JSON Resume is given back as it came (nothing read from it is better than the file itself);
    /// any other resume as what its saved analysis read. An analysis stored before saves were checked against the
    /// contract that does not fit it is no reading to write from: the answer is the same as for no analysis.
    /// </summary>
    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Export(
        string id, HttpResponse response, ClaimsPrincipal user, IResumeRepository resumes, FileStores files, CancellationToken cancellationToken)
    {
        var resume = await resumes.GetAsync(user.RequiredUserId(), id, cancellationToken);
        if (resume is null)
        {
            return Problems.NotFound("resume");
        }
        byte[] content;
        if (resume.ContentType == ContentType && await ReadFileAsync(files, resume, cancellationToken) is { } original)
        {
            content = original;
        }
        else if (SavedAnalysis.Read(resume.AnalysisJson) is { } analysis)
        {
            content = JsonSerializer.SerializeToUtf8Bytes(JsonResumeExport.From(analysis), new JsonSerializerOptions { WriteIndented = true });
        }
        else
        {
            return TypedResults.Problem(
                title: "Not analysed yet",
                detail: "A JSON Resume is written from the resume's analysis; analyse the resume first.",
                statusCode: StatusCodes.Status409Conflict,
                type: ProblemTypes.NotAnalysed);
        }
        response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.File(content, ContentType, DownloadFileName.Clean(resume.Name, ".json"));
    }

    private static async Task<Results<Created<ResumeSummary>, ValidationProblem, ProblemHttpResult>> Import(
        HttpRequest request, ClaimsPrincipal user, IResumeRepository resumes, FileStores files, QuotaCheck quotas,
        IOptions<ResumeOptions> options, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            return TypedResults.Problem(
                title: "Unsupported media type",
                detail: "Send the JSON Resume document as application/json.",
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                type: ProblemTypes.UnsupportedFormat);
        }
        var max = options.Value.MaxFileBytes;
        var tooLarge = Problems.TooLarge(ProblemTypes.FileTooLarge, $"A resume may be at most {max / (1024 * 1024)} MB.");
        if (request.ContentLength > max)
        {
            return tooLarge;
        }
        var body = await BoundedBody.ReadAsync(request.Body, max, cancellationToken);
        if (body is null)
        {
            return tooLarge;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException ex)
        {
            // The whole document is at fault: the key is the root's pointer, the place is in the message.
            return Problems.Invalid("/", $"Not valid JSON (line {ex.LineNumber + 1}, position {ex.BytePositionInLine + 1}).");
        }
        using (document)
        {
            var root = document.RootElement;
            var errors = JsonResumeSchema.Validate(root);
            if (errors.Count == 0 && !(root.TryGetProperty("basics", out var basics) && basics.TryGetProperty("name", out var name)
                && name.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(name.GetString())))
            {
                errors["/basics/name"] = ["Required: a resume starts with the person's name."];
            }
            if (errors.Count > 0)
            {
                return Problems.Invalid(errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
            }
            var owner = user.RequiredUserId();
            if (await quotas.ForResumeAsync(owner, body.Length, cancellationToken) is { } full)
            {
                return full;
            }

            var id = Ids.New();
            var store = files.Current;
            string key;
            try
            {
                key = await store.SaveAsync(id, FileName, ContentType, body, cancellationToken);
            }
            catch (FileStoreException)
            {
                return TypedResults.Problem(
                    title: "File storage unavailable",
                    detail: "The file store did not answer; nothing was saved. Try again in a moment.",
                    statusCode: StatusCodes.Status503ServiceUnavailable,
                    type: ProblemTypes.FileStoreUnavailable);
            }
            var resume = new Resume
            {
                Id = id,
                OwnerId = owner,
                Name = root.GetProperty("basics").GetProperty("name").GetString()!.Trim() + " (JSON Resume)",
                FileName = FileName,
                ContentType = ContentType,
                Size = body.Length,
                UploadedAt = Ids.Now(time),
                Storage = store.Name,
                FileKey = key,
                // Nothing to extract: the text is rendered from the document, which stays the resume's file.
                Text = JsonResumeText.Render(root),
                Extraction = ExtractionStatus.Done,
            };
            await resumes.AddAsync(resume, cancellationToken);
            return TypedResults.Created($"/api/resumes/{resume.Id}", ResumeResponses.Summary(resume));
        }
    }

    private static async Task<byte[]?> ReadFileAsync(FileStores files, Resume resume, CancellationToken cancellationToken)
    {
        try
        {
            return await files.For(resume.Storage).ReadAsync(resume.FileKey, cancellationToken);
        }
        catch (FileStoreException)
        {
            return null;
        }
    }
}
