using System.Security.Claims;
using CareerCraft.Backend.Infrastructure;
using CareerCraft.Backend.Quotas;
using CareerCraft.Backend.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using CareerCraft.Contracts.Backend;

namespace CareerCraft.Backend.CoverLetters;

public static class CoverLettersApi
{
    public static IEndpointRouteBuilder MapCoverLettersApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/cover-letters")
            .WithTags("Cover letters")
            .RequireAuthorization(AuthorizationPolicies.CurrentUser);

        group.MapPost("/", Create).Validates<SaveCoverLetterRequest>(CoverLetterValidation.Validate).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/", List);
        group.MapGet("/{id}", Get).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPut("/{id}", Update).Validates<SaveCoverLetterRequest>(CoverLetterValidation.Validate).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapDelete("/{id}", Delete).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id}/docx", Docx)
            .Produces(StatusCodes.Status200OK, contentType: CoverLetterDocx.ContentType)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return routes;
    }

    private static async Task<Results<Created<SavedCoverLetter>, ValidationProblem, ProblemHttpResult>> Create(
        SaveCoverLetterRequest request, ClaimsPrincipal user, ICoverLetterRepository letters, QuotaCheck quotas, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await quotas.ForCoverLetterAsync(user.RequiredUserId(), cancellationToken) is { } full)
        {
            return full;
        }
        var now = Ids.Now(time);
        var letter = new CoverLetter { Id = Ids.New(), OwnerId = user.RequiredUserId(), CreatedAt = now, UpdatedAt = now };
        CoverLetterValidation.Apply(request, letter);
        await letters.AddAsync(letter, cancellationToken);
        return TypedResults.Created($"/api/cover-letters/{letter.Id}", CoverLetterResponses.From(letter));
    }

    private static async Task<Results<Ok<PagedResponse<SavedCoverLetter>>, ValidationProblem>> List(
        int? page, int? pageSize, ClaimsPrincipal user, ICoverLetterRepository letters, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var paging = Paging.Parse(page, pageSize, errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        var result = await letters.ListAsync(user.RequiredUserId(), paging.Skip, paging.PageSize, cancellationToken);
        return TypedResults.Ok(paging.Respond(result, CoverLetterResponses.From));
    }

    private static async Task<Results<Ok<SavedCoverLetter>, ProblemHttpResult>> Get(
        string id, ClaimsPrincipal user, ICoverLetterRepository letters, CancellationToken cancellationToken)
    {
        var letter = await letters.GetAsync(user.RequiredUserId(), id, cancellationToken);
        return letter is null ? Problems.NotFound("cover letter") : TypedResults.Ok(CoverLetterResponses.From(letter));
    }

    private static async Task<Results<Ok<SavedCoverLetter>, ValidationProblem, ProblemHttpResult>> Update(
        string id, SaveCoverLetterRequest request, ClaimsPrincipal user, ICoverLetterRepository letters, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var existing = await letters.GetAsync(user.RequiredUserId(), id, cancellationToken);
        if (existing is null)
        {
            return Problems.NotFound("cover letter");
        }
        CoverLetterValidation.Apply(request, existing);
        existing.UpdatedAt = Ids.Now(time);
        return await letters.UpdateAsync(existing, cancellationToken)
            ? TypedResults.Ok(CoverLetterResponses.From(existing))
            : Problems.NotFound("cover letter");
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(
        string id, ClaimsPrincipal user, ICoverLetterRepository letters, CancellationToken cancellationToken) =>
        await letters.DeleteAsync(user.RequiredUserId(), id, cancellationToken)
            ? TypedResults.NoContent()
            : Problems.NotFound("cover letter");

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Docx(
        string id, HttpResponse response, ClaimsPrincipal user, ICoverLetterRepository letters, CancellationToken cancellationToken)
    {
        var letter = await letters.GetAsync(user.RequiredUserId(), id, cancellationToken);
        if (letter is null)
        {
            return Problems.NotFound("cover letter");
        }
        response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.File(CoverLetterDocx.Write(letter), CoverLetterDocx.ContentType, CoverLetterDocx.FileName(letter));
    }
}
