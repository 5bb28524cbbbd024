namespace CareerCraft.Backend.Infrastructure;

public static class ApiRegistration
{
    /// <summary>Problem details for every error, 400 for unreadable bodies, and the OpenAPI document with bearer auth.</summary>
    public static IHostApplicationBuilder AddBackendApi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<BadRequestExceptionHandler>();
        builder.Services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer<BearerSecuritySchemeTransformer>();
            options.AddOperationTransformer<BearerSecuritySchemeTransformer>();
        });
        return builder;
    }
}
