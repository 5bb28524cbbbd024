using CareerCraft.Contracts;
using System.Security.Claims;
using CareerCraft.Backend.Auth;
using CareerCraft.Backend.Files;
using CareerCraft.Backend.Infrastructure;
using CareerCraft.Backend.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CareerCraft.Backend.Accounts;

public static class AccountApi
{
    public static IEndpointRouteBuilder MapAccountApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/account")
            .WithTags("Account")
            .RequireAuthorization(AuthorizationPolicies.CurrentUser);

        group.MapPost("/password", ChangePassword).Validates<ChangePasswordRequest>(AuthValidation.Validate)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        group.MapPost("/email", ChangeEmail).Validates<ChangeEmailRequest>(AuthValidation.Validate)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        // POST with the password in the body: a DELETE with a body is not reliably carried by proxies and clients.
        group.MapPost("/delete", Delete).Validates<DeleteAccountRequest>(AuthValidation.Validate)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapGet("/export", Export)
            .Produces(StatusCodes.Status200OK, contentType: "application/zip")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return routes;
    }

    private static async Task<Results<Ok<AuthResponse>, ValidationProblem, ProblemHttpResult>> ChangePassword(
        ChangePasswordRequest request, ClaimsPrincipal user, HttpContext http, AccountLifecycle accounts, CancellationToken cancellationToken)
    {
        var outcome = await accounts.ChangePasswordAsync(user.RequiredUserId(), request.CurrentPassword!, request.NewPassword!, http.EndUserAddress(), cancellationToken);
        return outcome.Ok ? TypedResults.Ok(outcome.Value!) : Refusal(outcome, http);
    }

    private static async Task<Results<Ok<UserResponse>, ValidationProblem, ProblemHttpResult>> ChangeEmail(
        ChangeEmailRequest request, ClaimsPrincipal user, HttpContext http, AccountLifecycle accounts, CancellationToken cancellationToken)
    {
        try
        {
            var outcome = await accounts.ChangeEmailAsync(user.RequiredUserId(), request.CurrentPassword!, request.NewEmail!, http.EndUserAddress(), cancellationToken);
            return outcome.Ok ? TypedResults.Ok(outcome.Value!) : Refusal(outcome, http);
        }
        catch (DuplicateUserException)
        {
            return TypedResults.Problem(
                title: "Email already registered",
                detail: "Another account uses this email.",
                statusCode: StatusCodes.Status409Conflict,
                type: ProblemTypes.EmailTaken);
        }
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Delete(
        DeleteAccountRequest request, ClaimsPrincipal user, HttpContext http, AccountLifecycle accounts, CancellationToken cancellationToken)
    {
        try
        {
            var outcome = await accounts.DeleteAsync(user.RequiredUserId(), request.Password!, http.EndUserAddress(), cancellationToken);
            return outcome.Ok ? TypedResults.NoContent() : Refusal(outcome, http);
        }
        catch (FileStoreException)
        {
            return FileStoreDown("Your files could not all be removed just now; nothing else was deleted yet. Try again in a moment.");
        }
    }

    private static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> Export(
        ClaimsPrincipal user, AccountExport export, CancellationToken cancellationToken)
    {
        try
        {
            var zip = await export.WriteAsync(user.RequiredUserId(), cancellationToken);
            return zip is null
                ? Problems.NotFound("user")
                : TypedResults.File(zip, "application/zip", $"careercraft-export-{DateTime.UtcNow:yyyy-MM-dd}.zip");
        }
        catch (FileStoreException)
        {
            return FileStoreDown("Your resume files could not be read just now; try the export again in a moment.");
        }
    }

    private static ProblemHttpResult Refusal<T>(Proven<T> outcome, HttpContext http)
    {
        if (outcome.RetryAfter > TimeSpan.Zero)
        {
            return TooManyAttempts.Problem(http.Response, outcome.RetryAfter, "wrong passwords");
        }
        // 403, not 401: the session is fine, the password given to confirm was not.
        return TypedResults.Problem(
            title: "Wrong password",
            detail: "The current password is not correct.",
            statusCode: StatusCodes.Status403Forbidden,
            type: ProblemTypes.WrongPassword);
    }

    private static ProblemHttpResult FileStoreDown(string detail) => TypedResults.Problem(
        title: "File store unavailable",
        detail: detail,
        statusCode: StatusCodes.Status503ServiceUnavailable,
        type: ProblemTypes.FileStoreUnavailable);
}
