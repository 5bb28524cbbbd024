using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace CareerCraft.ServiceDefaults.Files;

/// <summary>
/// The one place where a <see cref="ProblemException"/> becomes an RFC 9457 answer, in every service that reads
/// uploads, reads files or queues work: endpoints just let it propagate.
/// </summary>
public sealed class ProblemExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not ProblemException problem)
        {
            return false;
        }
        httpContext.Response.StatusCode = problem.StatusCode;
        if (problem.RetryAfterSeconds is { } seconds)
        {
            httpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        else if (problem.StatusCode == StatusCodes.Status503ServiceUnavailable)
        {
            // Busy, not broken (every worker is reading, a queue is full): a few seconds usually frees one.
            httpContext.Response.Headers.RetryAfter = "5";
        }
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = ToProblemDetails(problem),
        });
    }

    public static ProblemDetails ToProblemDetails(ProblemException exception) => new()
    {
        Status = exception.StatusCode,
        Type = exception.ProblemType,
        Title = exception.Title,
        Detail = exception.Message,
    };
}

public static class ProblemExceptionRegistration
{
    /// <summary>Answers every <see cref="ProblemException"/> with its ProblemDetails (needs AddProblemDetails).</summary>
    public static IServiceCollection AddProblemExceptions(this IServiceCollection services) =>
        services.AddExceptionHandler<ProblemExceptionHandler>();
}
