using CareerCraft.Ml.Documents;
using CareerCraft.Ml.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CareerCraft.Ml.Ranking;

public static class JobRankApi
{
    public static IEndpointRouteBuilder MapJobRankApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/jobs/rank", RankAsync)
            .WithName("RankJobs")
            .WithTags("Ranking")
            .RequireAuthorization()
            .RequireRateLimiting(RateLimitingRegistration.PerUserPolicy)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        return app;
    }

    private static async Task<Results<Ok<JobRankResponse>, ProblemHttpResult>> RankAsync(
        HttpRequest request, JobRanker ranker, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync<JobRankRequest>(request, TextLimits.MaxJobRankBodyBytes, "JSON {resumeText, jobs: [{id, title?, description}]}", cancellationToken);
        if (problem is not null)
        {
            return problem.ToResult();
        }
        var invalid = Validate(body!);
        if (invalid is not null)
        {
            return ProblemSpec.Invalid("Invalid input", invalid).ToResult();
        }
        var results = await ranker.RankAsync(body!.ResumeText!, body.Jobs!.Select(j => j!).ToList(), cancellationToken);
        return TypedResults.Ok(new JobRankResponse(results));
    }

    private static string? Validate(JobRankRequest body)
    {
        var resume = TextInput.MissingOrTooLong(body.ResumeText, "resumeText", TextLimits.MaxResumeCharacters);
        if (resume is not null)
        {
            return resume;
        }
        if (body.Jobs is null || body.Jobs.Count == 0)
        {
            return "jobs is required: send between 1 and 1,000 jobs, each {id, title?, description}.";
        }
        if (body.Jobs.Count > TextLimits.MaxJobsPerRanking)
        {
            return $"jobs has {body.Jobs.Count:N0} entries; at most {TextLimits.MaxJobsPerRanking:N0} can be ranked in one request.";
        }
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < body.Jobs.Count; i++)
        {
            var job = body.Jobs[i];
            if (job is null)
            {
                return $"jobs[{i}] is null; each job is an object {{id, title?, description}}.";
            }
            if (string.IsNullOrWhiteSpace(job.Id) || job.Id.Length > TextLimits.MaxJobIdLength)
            {
                return $"jobs[{i}].id is required and at most {TextLimits.MaxJobIdLength} characters.";
            }
            if (!ids.Add(job.Id))
            {
                return $"jobs[{i}].id '{job.Id}' appears more than once; ids must be unique.";
            }
            if (job.Title is { Length: > TextLimits.MaxJobTitleLength })
            {
                return $"jobs[{i}].title has {job.Title.Length:N0} characters; the limit is {TextLimits.MaxJobTitleLength}.";
            }
            var description = TextInput.MissingOrTooLong(job.Description, $"jobs[{i}].description", TextLimits.MaxJobDescriptionCharacters);
            if (description is not null)
            {
                return description;
            }
        }
        return null;
    }
}
