using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace CareerCraft.Ml.Extraction;

/// <summary>
/// The one place where <see cref="ExtractionException"/> becomes an RFC 9457 answer, for every endpoint that reads
/// uploads or extracts text: endpoints just let it propagate.
/// </summary>
public sealed class ExtractionExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not ExtractionException extraction)
        {
            return false;
        }
        httpContext.Response.StatusCode = extraction.StatusCode;
        if (extraction.StatusCode == StatusCodes.Status503ServiceUnavailable)
        {
            // Busy, not broken: every worker is reading; a few seconds usually frees one.
            httpContext.Response.Headers.RetryAfter = "5";
        }
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = ToProblemDetails(extraction),
        });
    }

    public static ProblemDetails ToProblemDetails(ExtractionException exception) => new()
    {
        Status = exception.StatusCode,
        Type = exception.ProblemType,
        Title = exception.Title,
        Detail = exception.Message,
    };
}
