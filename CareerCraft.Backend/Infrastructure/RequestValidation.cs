using System.Security.Claims;

namespace CareerCraft.Backend.Infrastructure;

/// <summary>
/// The one way a backend endpoint checks its JSON body: the body is bound by the framework (an unreadable one is a
/// 400 from the shared <see cref="CareerCraft.ServiceDefaults.Files.ProblemExceptionHandler"/>), then an endpoint
/// filter runs the request's validator and answers its field errors with a ValidationProblem before the handler runs.
/// Handlers see only valid requests.
/// </summary>
public static class RequestValidation
{
    /// <summary>Checks <typeparamref name="T"/> with a rule that needs nothing but the request.</summary>
    public static RouteHandlerBuilder Validates<T>(this RouteHandlerBuilder endpoint, Func<T, ValidationErrors> validate)
        where T : class =>
        endpoint.Validates<T, IServiceProvider>((_, _, request, _) => Task.FromResult(validate(request)));

    /// <summary>
    /// Checks <typeparamref name="T"/> with <typeparamref name="TValidator"/> from the container, for rules that read
    /// the store as the signed-in user (e.g. that a linked job is the caller's own).
    /// </summary>
    public static RouteHandlerBuilder Validates<T, TValidator>(
        this RouteHandlerBuilder endpoint, Func<TValidator, ClaimsPrincipal, T, CancellationToken, Task<ValidationErrors>> validate)
        where T : class
        where TValidator : notnull =>
        endpoint.AddEndpointFilter(async (context, next) =>
        {
            if (context.Arguments.OfType<T>().FirstOrDefault() is not { } request)
            {
                return Problems.Invalid("body", "Required: a JSON object.");
            }
            var http = context.HttpContext;
            var validator = http.RequestServices.GetRequiredService<TValidator>();
            var errors = await validate(validator, http.User, request, http.RequestAborted);
            return errors.Any ? errors.ToProblem() : await next(context);
        })
        .ProducesValidationProblem();
}
