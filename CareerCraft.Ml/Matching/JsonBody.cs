using System.Text.Json;
using CareerCraft.Ml.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CareerCraft.Ml.Matching;

/// <summary>
/// Reads a JSON request body and answers malformed or non-JSON bodies with a 400 that says what is wrong, instead of
/// the framework's bare 400/415 (or a developer exception page) when minimal-API binding fails.
/// </summary>
public static class JsonBody
{
    public static async Task<(T? Value, ProblemHttpResult? Problem)> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        if (!request.HasJsonContentType())
        {
            return (null, Invalid("The request body must be JSON (Content-Type: application/json)."));
        }
        try
        {
            var value = await request.ReadFromJsonAsync<T>(cancellationToken);
            return value is null ? (null, Invalid("The request body is empty; send a JSON object.")) : (value, null);
        }
        catch (JsonException e)
        {
            var where = e.Path is null ? string.Empty : $" at {e.Path}";
            return (null, Invalid($"The request body is not valid JSON for this endpoint{where}."));
        }
    }

    public static ProblemHttpResult Invalid(string detail) => TypedResults.Problem(
        title: "Invalid input",
        detail: detail,
        statusCode: StatusCodes.Status400BadRequest,
        type: ProblemTypes.InvalidInput);

    /// <summary>Null when the text is present and within the cap; otherwise the reason, naming the field and the cap.</summary>
    public static string? CheckText(string? text, string field, int maxCharacters)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return $"{field} is required and must contain text.";
        }
        return text.Length > maxCharacters
            ? $"{field} has {text.Length:N0} characters; the limit is {maxCharacters:N0}. Send the relevant part only."
            : null;
    }
}
