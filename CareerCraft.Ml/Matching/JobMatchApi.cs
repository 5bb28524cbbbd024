using CareerCraft.Ml.Documents;
using CareerCraft.Ml.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CareerCraft.Ml.Matching;

public static class JobMatchApi
{
    public static IEndpointRouteBuilder MapJobMatchApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/resume/job-match", MatchAsync)
            .WithName("MatchResumeToJob")
            .WithTags("Matching")
            .RequireAuthorization()
            .RequireRateLimiting(RateLimitingRegistration.PerUserPolicy)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        return app;
    }

    private static async Task<Results<Ok<JobMatchResponse>, ProblemHttpResult>> MatchAsync(
        HttpRequest request, JobMatcher matcher, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync<JobMatchRequest>(request, TextLimits.MaxJobMatchBodyBytes, "JSON {resumeText, jobDescription}", cancellationToken);
        if (problem is not null)
        {
            return problem.ToResult();
        }
        var invalid = TextInput.MissingOrTooLong(body!.ResumeText, "resumeText", TextLimits.MaxResumeCharacters)
            ?? TextInput.MissingOrTooLong(body.JobDescription, "jobDescription", TextLimits.MaxJobDescriptionCharacters);
        if (invalid is not null)
        {
            return ProblemSpec.Invalid("Invalid input", invalid).ToResult();
        }
        return TypedResults.Ok(await matcher.MatchAsync(body.ResumeText!, body.JobDescription!, cancellationToken));
    }
}
