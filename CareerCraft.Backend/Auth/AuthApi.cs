using CareerCraft.Contracts;
using System.Security.Claims;
using CareerCraft.Backend.Infrastructure;
using CareerCraft.Backend.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CareerCraft.Backend.Auth;

public static class AuthApi
{
    public static IEndpointRouteBuilder MapAuthApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/auth").WithTags("Auth");

        group.MapPost("/signup", SignUp).Validates<SignUpRequest>(AuthValidation.Validate).AllowAnonymous().RequireRateLimiting(AuthRateLimiting.Policy)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        group.MapPost("/signin", SignIn).Validates<SignInRequest>(AuthValidation.Validate).AllowAnonymous().RequireRateLimiting(AuthRateLimiting.Policy)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        // The refresh token is the credential here; it is 256 random bits, so guessing is not a concern to limit.
        group.MapPost("/refresh", Refresh).Validates<RefreshRequest>(AuthValidation.Validate).AllowAnonymous().ProducesProblem(StatusCodes.Status401Unauthorized);
        group.MapPost("/signout", SignOut).RequireAuthorization(AuthorizationPolicies.CurrentUser);
        group.MapPost("/signout-everywhere", SignOutEverywhere).RequireAuthorization(AuthorizationPolicies.CurrentUser);
        group.MapGet("/me", Me).RequireAuthorization(AuthorizationPolicies.CurrentUser);

        return routes;
    }

    private static async Task<Results<Created<AuthResponse>, ValidationProblem, ProblemHttpResult>> SignUp(
        SignUpRequest request, AccountService accounts, CancellationToken cancellationToken)
    {
        try
        {
            var response = await accounts.SignUpAsync(request.Username!, request.Email!, request.Password!, request.FullName, cancellationToken);
            return TypedResults.Created("/api/auth/me", response);
        }
        catch (DuplicateUserException ex)
        {
            return TypedResults.Problem(
                title: ex.Field == "email" ? "Email already registered" : "Username already taken",
                detail: ex.Field == "email" ? "An account with this email exists; sign in instead." : "Choose another username.",
                statusCode: StatusCodes.Status409Conflict,
                type: ex.Field == "email" ? ProblemTypes.EmailTaken : ProblemTypes.UsernameTaken);
        }
    }

    private static async Task<Results<Ok<AuthResponse>, ValidationProblem, ProblemHttpResult>> SignIn(
        SignInRequest request, HttpContext http, AccountService accounts, CancellationToken cancellationToken)
    {
        var outcome = await accounts.SignInAsync(request.Email!, request.Password!, http.EndUserAddress(), cancellationToken);
        if (outcome.IsThrottled)
        {
            return TooManyAttempts.Problem(http.Response, outcome.RetryAfter, "failed sign-ins");
        }
        // One answer for unknown login and wrong password: it must not tell which accounts exist.
        return outcome.Response is not { } response
            ? TypedResults.Problem(
                title: "Sign-in failed",
                detail: "The email or username and password do not match an account.",
                statusCode: StatusCodes.Status401Unauthorized,
                type: ProblemTypes.InvalidCredentials)
            : TypedResults.Ok(response);
    }

    private static async Task<Results<Ok<AuthResponse>, ValidationProblem, ProblemHttpResult>> Refresh(
        RefreshRequest request, AccountService accounts, CancellationToken cancellationToken)
    {
        var response = await accounts.RefreshAsync(request.RefreshToken!, cancellationToken);
        return response is null
            ? TypedResults.Problem(
                title: "Invalid refresh token",
                detail: "The refresh token is unknown, expired or already used; sign in again.",
                statusCode: StatusCodes.Status401Unauthorized,
                type: ProblemTypes.InvalidRefreshToken)
            : TypedResults.Ok(response);
    }

    private static async Task<NoContent> SignOut(
        SignOutRequest? request, ClaimsPrincipal user, AccountService accounts, CancellationToken cancellationToken)
    {
        await accounts.SignOutAsync(user.RequiredUserId(), request?.RefreshToken, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> SignOutEverywhere(ClaimsPrincipal user, AccountService accounts, CancellationToken cancellationToken)
    {
        await accounts.SignOutEverywhereAsync(user.RequiredUserId(), cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<UserResponse>, ProblemHttpResult>> Me(
        ClaimsPrincipal user, IUserRepository users, CancellationToken cancellationToken)
    {
        var found = await users.FindByIdAsync(user.RequiredUserId(), cancellationToken);
        return found is null ? Problems.NotFound("user") : TypedResults.Ok(UserResponses.From(found));
    }
}
