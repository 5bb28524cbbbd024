using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CareerCraft.Ml.Infrastructure;

/// <summary>
/// Reads a JSON request body and answers malformed or non-JSON bodies with a 400 that says what is wrong, instead of
/// the framework's bare 400/415 (or a developer exception page) when minimal-API binding fails.
/// </summary>
public static class JsonBody
{
    /// <summary>
    /// The body as <typeparamref name="T"/>, read only when it is at most <paramref name="maxBytes"/>: a declared length
    /// past it is refused before a byte is read, and a chunked body is given up as soon as it outgrows it (413).
    /// </summary>
    public static async Task<(T? Value, ProblemHttpResult? Problem)> ReadAsync<T>(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
        where T : class
    {
        if (!request.HasJsonContentType())
        {
            return (null, Invalid("The request body must be JSON (Content-Type: application/json)."));
        }
        if (request.ContentLength > maxBytes)
        {
            return (null, TooLarge(maxBytes));
        }
        try
        {
            // Counted as it is read, whichever server runs this (the test host ignores the body-size feature).
            var bytes = await BoundedRead.ReadAtMostAsync(request.Body, maxBytes, request.ContentLength, cancellationToken);
            if (bytes is null)
            {
                return (null, TooLarge(maxBytes));
            }
            var value = bytes.Value.Length == 0 ? null : JsonSerializer.Deserialize<T>(bytes.Value.Span, JsonOptions(request));
            return value is null ? (null, Invalid("The request body is empty; send a JSON object.")) : (value, null);
        }
        catch (JsonException e)
        {
            var where = e.Path is null ? string.Empty : $" at {e.Path}";
            return (null, Invalid($"The request body is not valid JSON for this endpoint{where}."));
        }
    }

    private static JsonSerializerOptions JsonOptions(HttpRequest request) =>
        request.HttpContext.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;

    private static ProblemHttpResult TooLarge(long maxBytes) => TypedResults.Problem(
        title: "Request too large",
        detail: $"The request body is over {maxBytes / (1024 * 1024)} MB, more than this endpoint reads; send the relevant text only.",
        statusCode: StatusCodes.Status413PayloadTooLarge,
        type: ProblemTypes.InvalidInput);

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
