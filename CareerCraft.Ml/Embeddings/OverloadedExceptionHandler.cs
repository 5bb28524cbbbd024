using CareerCraft.Contracts;
using CareerCraft.Ml.Infrastructure;
using Microsoft.AspNetCore.Diagnostics;

namespace CareerCraft.Ml.Embeddings;

/// <summary>Turns a full embedding queue into 503 ProblemDetails with Retry-After, wherever in a feature it happens.</summary>
public sealed class OverloadedExceptionHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not EmbeddingQueueFullException full)
        {
            return false;
        }
        httpContext.Response.Headers.RetryAfter = full.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await TypedResults.Problem(
            title: "Service overloaded",
            detail: "The service has more work queued than it accepts; retry after the number of seconds in Retry-After.",
            statusCode: StatusCodes.Status503ServiceUnavailable,
            type: ProblemTypes.Overloaded).ExecuteAsync(httpContext);
        return true;
    }
}
