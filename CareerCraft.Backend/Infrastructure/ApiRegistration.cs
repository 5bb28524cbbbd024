using CareerCraft.ServiceDefaults.Files;

namespace CareerCraft.Backend.Infrastructure;

public static class ApiRegistration
{
    /// <summary>Problem details for every error, 400 for unreadable bodies, and the OpenAPI document with bearer auth.</summary>
    public static IHostApplicationBuilder AddBackendApi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            // The framework's own problems (a bearer challenge, Kestrel's body limit, an unbindable body) arrive with
            // the RFC's generic type; give them ours so clients can switch on one vocabulary.
            var type = context.ProblemDetails.Type;
            if ((type is null || type.StartsWith("https://tools.ietf.org/", StringComparison.Ordinal))
                && Problems.TypeFor(context.ProblemDetails.Status) is { } ours)
            {
                context.ProblemDetails.Type = ours;
            }
        });
        builder.Services.AddProblemExceptions();
        builder.Services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer<BearerSecuritySchemeTransformer>();
            options.AddOperationTransformer<BearerSecuritySchemeTransformer>();
        });
        return builder;
    }
}
