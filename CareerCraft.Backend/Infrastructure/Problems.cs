using CareerCraft.Contracts;
using CareerCraft.ServiceDefaults.RateLimiting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CareerCraft.Backend.Infrastructure;

/// <summary>The problem responses shared by several features, each with its specific <c>type</c>.</summary>
public static class Problems
{
    /// <summary>Also the answer for another user's resource: its existence is not revealed.</summary>
    public static ProblemHttpResult NotFound(string what) => TypedResults.Problem(
        title: "Not found",
        detail: $"No {what} with that id.",
        statusCode: StatusCodes.Status404NotFound,
        type: ProblemTypes.NotFound);

    public static ValidationProblem Invalid(IDictionary<string, string[]> errors) => TypedResults.ValidationProblem(
        errors,
        title: "The request has invalid fields",
        type: ProblemTypes.InvalidInput);

    public static ValidationProblem Invalid(string field, string message) => Invalid(new Dictionary<string, string[]> { [field] = [message] });

    public static ProblemHttpResult TooLarge(string type, string detail) => TypedResults.Problem(
        title: "Payload too large",
        detail: detail,
        statusCode: StatusCodes.Status413PayloadTooLarge,
        type: type);

    /// <summary>Our type for a problem the framework made with only a status (challenges, limits, binding failures).</summary>
    public static string? TypeFor(int? status) => status switch
    {
        StatusCodes.Status400BadRequest => ProblemTypes.InvalidInput,
        StatusCodes.Status401Unauthorized => ProblemTypes.Unauthorized,
        StatusCodes.Status404NotFound => ProblemTypes.NotFound,
        StatusCodes.Status413PayloadTooLarge => ProblemTypes.PayloadTooLarge,
        StatusCodes.Status429TooManyRequests => RateLimitRejection.ProblemType,
        _ => null,
    };
}
