using System.Security.Claims;
using CareerCraft.Backend.Infrastructure;
using CareerCraft.Backend.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using CareerCraft.Contracts.Backend;

namespace CareerCraft.Backend.Profiles;

public static class ProfileApi
{
    public static IEndpointRouteBuilder MapProfileApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/profile")
            .WithTags("Profile")
            .RequireAuthorization(AuthorizationPolicies.CurrentUser);

        group.MapGet("/", Get);
        group.MapPut("/", Put).Validates<ProfileBody>(ProfileValidation.Validate);
        return routes;
    }

    private static async Task<Results<Ok<ProfileBody>, ProblemHttpResult>> Get(
        ClaimsPrincipal user, IUserRepository users, CancellationToken cancellationToken)
    {
        var found = await users.FindByIdAsync(user.RequiredUserId(), cancellationToken);
        return found is null ? Problems.NotFound("user") : TypedResults.Ok(ProfileMapping.From(found.Profile));
    }

    private static async Task<Results<Ok<ProfileBody>, ValidationProblem, ProblemHttpResult>> Put(
        ProfileBody profile, ClaimsPrincipal user, IUserRepository users, CancellationToken cancellationToken)
    {
        var model = profile.ToModel();
        return await users.UpdateProfileAsync(user.RequiredUserId(), model, cancellationToken)
            ? TypedResults.Ok(ProfileMapping.From(model))
            : Problems.NotFound("user");
    }
}
