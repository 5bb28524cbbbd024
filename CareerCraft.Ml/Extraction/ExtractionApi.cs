using CareerCraft.Ml.Documents;
using CareerCraft.Ml.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using CareerCraft.ServiceDefaults.Files;

namespace CareerCraft.Ml.Extraction;

public static class ExtractionApi
{
    public static IEndpointRouteBuilder MapExtractionApi(this IEndpointRouteBuilder app)
    {
        var resume = app.MapGroup("/resume")
            .WithTags("Resume")
            .RequireAuthorization()
            .RequireRateLimiting(RateLimitingRegistration.PerUserPolicy);

        resume.MapPost("/extract-text", ExtractTextAsync)
            .WithName("ExtractResumeText")
            .WithSummary("Extracts the text of a PDF or DOCX resume (multipart field 'file', at most 5 MB).")
            // The body is read as a stream by UploadedFileReader, not bound as a form, so no antiforgery token applies.
            // No Accepts<IFormFile>() either: its content-type filter would answer other bodies with a bare 415
            // before the reader can say what to send.
            .DisableAntiforgery()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        return app;
    }

    private static async Task<Ok<ExtractTextResponse>> ExtractTextAsync(
        HttpRequest request,
        UploadedFileReader uploads,
        IResumeTextExtractor extractor,
        CancellationToken cancellationToken)
    {
        var file = await uploads.ReadAsync(request, UploadedFileReader.DefaultFieldName, cancellationToken);
        var result = await extractor.ExtractAsync(file.Content, file.FileName, RequesterKey.For(request.HttpContext), cancellationToken);
        return TypedResults.Ok(result);
    }
}
