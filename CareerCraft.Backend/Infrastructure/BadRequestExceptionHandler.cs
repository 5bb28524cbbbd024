using CareerCraft.Contracts;
using Microsoft.AspNetCore.Diagnostics;

namespace CareerCraft.Backend.Infrastructure;

/// <summary>
/// A body that cannot be bound (malformed JSON, an object where a string belongs, e.g. <c>{"$gt": ""}</c>) is the
/// client's mistake: answer 400 with a problem document, never the generic 500 (Development throws these).
/// </summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest)
        {
            return false;
        }
        httpContext.Response.StatusCode = badRequest.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails =
            {
                Status = badRequest.StatusCode,
                Title = "The request could not be read",
                Detail = "The body is not valid JSON of the shape this endpoint expects.",
                Type = badRequest.StatusCode == StatusCodes.Status413PayloadTooLarge ? ProblemTypes.PayloadTooLarge : ProblemTypes.InvalidInput,
            },
            Exception = exception,
        });
    }
}
