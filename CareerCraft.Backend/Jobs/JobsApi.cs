using CareerCraft.Contracts;
using System.Security.Claims;
using CareerCraft.Backend.Infrastructure;
using CareerCraft.Backend.Quotas;
using CareerCraft.Backend.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using CareerCraft.Contracts.Backend;

namespace CareerCraft.Backend.Jobs;

public static class JobsApi
{
    public static IEndpointRouteBuilder MapJobsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/jobs")
            .WithTags("Saved jobs")
            .RequireAuthorization(AuthorizationPolicies.CurrentUser);

        group.MapPost("/", Create).Validates<JobRequest>(JobValidation.Validate).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/", List);
        group.MapGet("/{id}", Get).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPut("/{id}", Update).Validates<JobRequest>(JobValidation.Validate).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapDelete("/{id}", Delete)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return routes;
    }

    private static async Task<Results<Created<JobResponse>, ValidationProblem, ProblemHttpResult>> Create(
        JobRequest request, ClaimsPrincipal user, IJobRepository jobs, QuotaCheck quotas, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await quotas.ForJobAsync(user.RequiredUserId(), cancellationToken) is { } full)
        {
            return full;
        }
        var now = Ids.Now(time);
        var job = new SavedJob { Id = Ids.New(), OwnerId = user.RequiredUserId(), SavedAt = now, UpdatedAt = now };
        JobValidation.Apply(request, job);
        await jobs.AddAsync(job, cancellationToken);
        return TypedResults.Created($"/api/jobs/{job.Id}", JobResponses.From(job));
    }

    private static async Task<Results<Ok<PagedResponse<JobResponse>>, ValidationProblem>> List(
        int? page, int? pageSize, ClaimsPrincipal user, IJobRepository jobs, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var paging = Paging.Parse(page, pageSize, errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        var result = await jobs.ListAsync(user.RequiredUserId(), paging.Skip, paging.PageSize, cancellationToken);
        return TypedResults.Ok(paging.Respond(result, JobResponses.From));
    }

    private static async Task<Results<Ok<JobResponse>, ProblemHttpResult>> Get(
        string id, ClaimsPrincipal user, IJobRepository jobs, CancellationToken cancellationToken)
    {
        var job = await jobs.GetAsync(user.RequiredUserId(), id, cancellationToken);
        return job is null ? Problems.NotFound("saved job") : TypedResults.Ok(JobResponses.From(job));
    }

    private static async Task<Results<Ok<JobResponse>, ValidationProblem, ProblemHttpResult>> Update(
        string id, JobRequest request, ClaimsPrincipal user, IJobRepository jobs, TimeProvider time, CancellationToken cancellationToken)
    {
        var existing = await jobs.GetAsync(user.RequiredUserId(), id, cancellationToken);
        if (existing is null)
        {
            return Problems.NotFound("saved job");
        }
        JobValidation.Apply(request, existing);
        existing.UpdatedAt = Ids.Now(time);
        return await jobs.UpdateAsync(existing, cancellationToken)
            ? TypedResults.Ok(JobResponses.From(existing))
            : Problems.NotFound("saved job");
    }

    /// <summary>A job an application is for stays: the application would lose what it was for. Delete those first.</summary>
    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(
        string id, ClaimsPrincipal user, IJobRepository jobs, IApplicationRepository applications, CancellationToken cancellationToken)
    {
        var owner = user.RequiredUserId();
        if (await jobs.GetAsync(owner, id, cancellationToken) is null)
        {
            return Problems.NotFound("saved job");
        }
        if (await applications.AnyForJobAsync(owner, id, cancellationToken))
        {
            return TypedResults.Problem(
                title: "The job has applications",
                detail: "An application is for this job; delete the application first.",
                statusCode: StatusCodes.Status409Conflict,
                type: ProblemTypes.JobHasApplications);
        }
        return await jobs.DeleteAsync(owner, id, cancellationToken) ? TypedResults.NoContent() : Problems.NotFound("saved job");
    }
}
