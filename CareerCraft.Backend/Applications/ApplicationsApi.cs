using CareerCraft.Contracts;
using System.Security.Claims;
using System.Text.Json;
using CareerCraft.Backend.Infrastructure;
using CareerCraft.Backend.Quotas;
using CareerCraft.Backend.Resumes;
using CareerCraft.Backend.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using CareerCraft.Contracts.Backend;

namespace CareerCraft.Backend.Applications;

public static class ApplicationsApi
{
    public static IEndpointRouteBuilder MapApplicationsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/applications")
            .WithTags("Applications")
            .RequireAuthorization(AuthorizationPolicies.CurrentUser);

        group.MapPost("/", Create)
            .Validates<NewApplicationRequest, ApplicationValidation>((v, user, request, ct) => v.ValidateAsync(user.RequiredUserId(), request, ct))
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/", List);
        group.MapGet("/export", Export).Produces(StatusCodes.Status200OK, contentType: ApplicationsCsv.ContentType);
        group.MapGet("/{id}", Get).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPut("/{id}", Update)
            .Validates<ApplicationUpdateRequest, ApplicationValidation>((v, user, request, ct) => v.ValidateAsync(user.RequiredUserId(), request, ct))
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id}/status", Move).Validates<StatusMoveRequest>(ApplicationValidation.Validate)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPut("/{id}/match", SaveMatch)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        group.MapDelete("/{id}", Delete).ProducesProblem(StatusCodes.Status404NotFound);
        return routes;
    }

    private static async Task<Results<Created<ApplicationResponse>, ValidationProblem, ProblemHttpResult>> Create(
        NewApplicationRequest request, ClaimsPrincipal user, IApplicationRepository applications, ApplicationValidation validation,
        QuotaCheck quotas, TimeProvider time, CancellationToken cancellationToken)
    {
        var owner = user.RequiredUserId();
        if (await quotas.ForApplicationAsync(owner, cancellationToken) is { } full)
        {
            return full;
        }
        var now = Ids.Now(time);
        var status = request.Status ?? ApplicationStatus.Saved;
        var application = new JobApplication
        {
            Id = Ids.New(),
            OwnerId = owner,
            JobId = request.JobId!.Trim(),
            ResumeId = ApplicationValidation.Link(request.ResumeId),
            CoverLetterId = ApplicationValidation.Link(request.CoverLetterId),
            Status = status,
            History = [new StatusChange { Status = status, At = now }],
            Notes = request.Notes?.Trim() ?? "",
            InterviewAt = request.InterviewAt,
            CreatedAt = now,
            UpdatedAt = now,
        };
        await applications.AddAsync(application, cancellationToken);
        return TypedResults.Created($"/api/applications/{application.Id}", ApplicationResponses.From(application));
    }

    private static async Task<Results<Ok<PagedResponse<ApplicationResponse>>, ValidationProblem>> List(
        int? page, int? pageSize, ClaimsPrincipal user, IApplicationRepository applications, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var paging = Paging.Parse(page, pageSize, errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        var result = await applications.ListAsync(user.RequiredUserId(), paging.Skip, paging.PageSize, cancellationToken);
        return TypedResults.Ok(paging.Respond(result, ApplicationResponses.From));
    }

    private static async Task<Results<Ok<ApplicationResponse>, ProblemHttpResult>> Get(
        string id, ClaimsPrincipal user, IApplicationRepository applications, CancellationToken cancellationToken)
    {
        var application = await applications.GetAsync(user.RequiredUserId(), id, cancellationToken);
        return application is null ? NotFound() : TypedResults.Ok(ApplicationResponses.From(application));
    }

    private static async Task<Results<Ok<ApplicationResponse>, ValidationProblem, ProblemHttpResult>> Update(
        string id, ApplicationUpdateRequest request, ClaimsPrincipal user, IApplicationRepository applications,
        ApplicationValidation validation, TimeProvider time, CancellationToken cancellationToken)
    {
        var owner = user.RequiredUserId();
        var existing = await applications.GetAsync(owner, id, cancellationToken);
        if (existing is null)
        {
            return NotFound();
        }
        existing.ResumeId = ApplicationValidation.Link(request.ResumeId);
        existing.CoverLetterId = ApplicationValidation.Link(request.CoverLetterId);
        existing.Notes = request.Notes?.Trim() ?? "";
        existing.InterviewAt = request.InterviewAt;
        existing.UpdatedAt = Ids.Now(time);
        return await applications.UpdateAsync(existing, cancellationToken) ? TypedResults.Ok(ApplicationResponses.From(existing)) : NotFound();
    }

    /// <summary>Moves the application to another stage, dated, with an optional note: the history keeps every move.</summary>
    private static async Task<Results<Ok<ApplicationResponse>, ValidationProblem, ProblemHttpResult>> Move(
        string id, StatusMoveRequest request, ClaimsPrincipal user, IApplicationRepository applications, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var existing = await applications.GetAsync(user.RequiredUserId(), id, cancellationToken);
        if (existing is null)
        {
            return NotFound();
        }
        if (ApplicationStatus.RefuseMove(existing.Status, request.Status!) is { } refusal)
        {
            return TypedResults.Problem(
                title: "Status change not allowed",
                detail: refusal,
                statusCode: StatusCodes.Status409Conflict,
                type: ProblemTypes.StatusNotAllowed,
                extensions: new Dictionary<string, object?> { ["from"] = existing.Status, ["to"] = request.Status });
        }
        var now = Ids.Now(time);
        existing.Status = request.Status!;
        existing.History.Add(new StatusChange { Status = request.Status!, At = now, Note = request.Note?.Trim() ?? "" });
        existing.UpdatedAt = now;
        return await applications.UpdateAsync(existing, cancellationToken) ? TypedResults.Ok(ApplicationResponses.From(existing)) : NotFound();
    }

    /// <summary>
    /// Keeps the ML service's job-match answer for the linked resume against the job, so the job's page shows it
    /// without matching again. Stored as sent, like a resume's analysis, and capped the same way.
    /// </summary>
    private static async Task<Results<Ok<ApplicationResponse>, ValidationProblem, ProblemHttpResult>> SaveMatch(
        string id, JsonElement match, ClaimsPrincipal user, IApplicationRepository applications, IOptions<ResumeOptions> options,
        TimeProvider time, CancellationToken cancellationToken)
    {
        if (StoredMatch.Parse(match, out var error) is null)
        {
            return Problems.Invalid("match", error);
        }
        var json = match.GetRawText();
        if (json.Length > options.Value.MaxAnalysisBytes)
        {
            return Problems.TooLarge(ProblemTypes.PayloadTooLarge, $"A job match may be at most {options.Value.MaxAnalysisBytes / 1024} KB of JSON.");
        }
        var existing = await applications.GetAsync(user.RequiredUserId(), id, cancellationToken);
        if (existing is null)
        {
            return NotFound();
        }
        if (existing.ResumeId is null)
        {
            return Problems.Invalid("resumeId", "Link a resume to the application first: a match is of a resume against the job.");
        }
        existing.MatchJson = json;
        existing.MatchResumeId = existing.ResumeId;
        existing.MatchedAt = existing.UpdatedAt = Ids.Now(time);
        return await applications.UpdateAsync(existing, cancellationToken) ? TypedResults.Ok(ApplicationResponses.From(existing)) : NotFound();
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(
        string id, ClaimsPrincipal user, IApplicationRepository applications, CancellationToken cancellationToken) =>
        await applications.DeleteAsync(user.RequiredUserId(), id, cancellationToken) ? TypedResults.NoContent() : NotFound();

    private static async Task<FileContentHttpResult> Export(
        HttpResponse response, ClaimsPrincipal user, ApplicationsCsv csv, CancellationToken cancellationToken)
    {
        var content = await csv.WriteAsync(user.RequiredUserId(), cancellationToken);
        response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.File(content, ApplicationsCsv.ContentType, "applications.csv");
    }

    private static ProblemHttpResult NotFound() => Problems.NotFound("application");
}
