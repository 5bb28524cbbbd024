using CareerCraft.Contracts;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace CareerCraft.ServiceDefaults.Files;

/// <summary>
/// The one place where a request's fault becomes an RFC 9457 answer, in every service: a <see cref="ProblemException"/>
/// (a refused file, a busy pool, a full queue) and a body the framework could not bind (malformed JSON, an object
/// where a string belongs, e.g. <c>{"$gt": ""}</c>, which Development would otherwise show as a 500). Endpoints just
/// let them propagate.
/// </summary>
public sealed class ProblemExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            ProblemException known => known,
            BadHttpRequestException badRequest => Unreadable(badRequest),
            _ => null,
        };
        if (problem is null)
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

    private static ProblemException Unreadable(BadHttpRequestException exception) => new(
        exception.StatusCode,
        exception.StatusCode == StatusCodes.Status413PayloadTooLarge ? ProblemTypes.PayloadTooLarge : ProblemTypes.InvalidInput,
        "The request could not be read",
        "The body is not valid JSON of the shape this endpoint expects.");
}

public static class ProblemExceptionRegistration
{
    /// <summary>Answers every <see cref="ProblemException"/> with its ProblemDetails (needs AddProblemDetails).</summary>
    public static IServiceCollection AddProblemExceptions(this IServiceCollection services) =>
        services.AddExceptionHandler<ProblemExceptionHandler>();
}
