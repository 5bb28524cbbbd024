using System.Text.Json;
using CareerCraft.Contracts;
using CareerCraft.ServiceDefaults.Files;

namespace CareerCraft.Ml.Infrastructure;

/// <summary>
/// The one way the ML service reads a JSON request body: every JSON endpoint calls it, so a wrong content type is a
/// 415, a body past the endpoint's cap a 413 and malformed JSON a 400, each a ProblemDetails that says what to send,
/// instead of the framework's bare 400/415 (or a developer exception page) when minimal-API binding fails.
/// </summary>
public static class JsonBody
{
    /// <summary>
    /// The body as <typeparamref name="T"/>, read only when it is at most <paramref name="maxBytes"/>: a declared length
    /// past it is refused before a byte is read, and a chunked body is given up as soon as it outgrows it (413).
    /// <paramref name="expected"/> names what to send instead ("JSON {resumeText, jobDescription}").
    /// </summary>
    public static async Task<(T? Value, ProblemSpec? Problem)> ReadAsync<T>(
        HttpRequest request, long maxBytes, string expected, CancellationToken cancellationToken)
        where T : class
    {
        if (!request.HasJsonContentType())
        {
            return (null, new ProblemSpec(StatusCodes.Status415UnsupportedMediaType, ProblemTypes.UnsupportedFormat,
                "Unsupported content type", $"Send {expected} with Content-Type: application/json."));
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
            return value is null
                ? (null, ProblemSpec.Invalid("Invalid JSON", $"The request body is empty or null; send {expected}."))
                : (value, null);
        }
        catch (JsonException e)
        {
            var where = e.Path is null ? string.Empty : $" at {e.Path}";
            return (null, ProblemSpec.Invalid("Invalid JSON", $"The request body is not valid JSON for this endpoint{where}: send {expected}."));
        }
    }

    private static JsonSerializerOptions JsonOptions(HttpRequest request) =>
        request.HttpContext.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;

    private static ProblemSpec TooLarge(long maxBytes) => new(
        StatusCodes.Status413PayloadTooLarge,
        ProblemTypes.PayloadTooLarge,
        "Request too large",
        $"The request body is over {maxBytes / (1024 * 1024)} MB, more than this endpoint reads; send the relevant text only.");
}
