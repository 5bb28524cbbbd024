using Microsoft.Extensions.Options;

namespace CareerCraft.Ml.Embeddings;

public static class EmbeddingsRegistration
{
    public const string HealthCheckName = "embedding-model";

    /// <summary>The embedding engine: options, the model loaded at start-up, micro-batching, telemetry, health, 503s.</summary>
    public static IHostApplicationBuilder AddEmbeddings(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<EmbeddingOptions>()
            .BindConfiguration(EmbeddingOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<EmbeddingOptions>, EmbeddingOptionsValidator>();

        builder.Services.AddSingleton<EmbeddingTelemetry>();
        builder.Services.AddSingleton<MicroBatchingEmbedder>();
        builder.Services.AddSingleton<ITextEmbedder>(sp => sp.GetRequiredService<MicroBatchingEmbedder>());
        builder.Services.AddHostedService(sp => sp.GetRequiredService<MicroBatchingEmbedder>());

        // The content-keyed vector cache that ranking and matching share; registered once, with the engine it fronts.
        builder.Services.AddOptions<EmbeddingCacheOptions>()
            .BindConfiguration(EmbeddingCacheOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<JobEmbeddingCache>();
        builder.Services.AddHealthChecks().AddCheck<EmbeddingModelHealthCheck>(HealthCheckName);
        return builder;
    }
}
