using CareerCraft.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CareerCraft.Ml.Infrastructure;

/// <summary>A problem to answer with: HTTP status, RFC 9457 type, title and a detail that says what to do.</summary>
public sealed record ProblemSpec(int Status, string Type, string Title, string Detail)
{
    public ProblemHttpResult ToResult() => TypedResults.Problem(Detail, statusCode: Status, title: Title, type: Type);

    public static ProblemSpec Invalid(string title, string detail) =>
        new(StatusCodes.Status400BadRequest, ProblemTypes.InvalidInput, title, detail);
}
