using CareerCraft.Contracts;
using System.Net.ServerSentEvents;
using CareerCraft.Ml.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CareerCraft.Ml.CoverLetters;

public static class CoverLetterApi
{
    // Bodies are read by hand, without Accepts metadata, so a wrong content type gets our 415 ProblemDetails
    // (routing's content-type matcher would answer with a bare one).
    public static IEndpointRouteBuilder MapCoverLetterApi(this IEndpointRouteBuilder app)
    {
        var letters = app.MapGroup("/cover-letter")
            .WithTags("Cover letters")
            .RequireAuthorization()
            .RequireRateLimiting(RateLimitingRegistration.PerUserPolicy);

        letters.MapPost("/generate-cover-letter", GenerateAsync)
            .WithName("GenerateCoverLetter")
            .WithSummary("Writes a cover letter from the resume's facts for a job (template, or the configured LLM when its letter is grounded).")
            .Produces<CoverLetterResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        letters.MapPost("/stream", Stream)
            .WithName("StreamCoverLetter")
            .WithSummary("The same letter as server-sent events: 'delta' text pieces, 'reset' when a model letter is rejected, then 'done' with the full answer.")
            .Produces(StatusCodes.Status200OK, contentType: "text/event-stream")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        return app;
    }

    private static async Task<Results<Ok<CoverLetterResponse>, ProblemHttpResult>> GenerateAsync(
        HttpRequest request, CoverLetterService letters, CancellationToken cancellationToken)
    {
        var (job, problem) = await ReadAsync(request, cancellationToken);
        if (problem is not null)
        {
            return problem.ToResult();
        }
        return TypedResults.Ok(await letters.GenerateAsync(job!, cancellationToken));
    }

    private static async Task<Results<ServerSentEventsResult<string>, ProblemHttpResult>> Stream(
        HttpRequest request, CoverLetterService letters, CancellationToken cancellationToken)
    {
        var (job, problem) = await ReadAsync(request, cancellationToken);
        if (problem is not null)
        {
            return problem.ToResult();
        }
        return TypedResults.ServerSentEvents(letters.StreamAsync(job!, cancellationToken));
    }

    private static async Task<(CoverLetterJob? Job, ProblemSpec? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync<CoverLetterRequest>(
            request, TextLimits.MaxJsonBodyBytes, "JSON {resumeText, candidateName?, companyName, jobTitle, jobDescription, tone}", cancellationToken);
        return problem is null ? CoverLetterInput.Check(body) : (null, problem);
    }
}
