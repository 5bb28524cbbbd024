using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CareerCraft.Ml.Ranking;

public static class RankingRegistration
{
    /// <summary>Job ranking with its bounded embedding cache; needs the embedding engine (<c>AddEmbeddings</c>).</summary>
    public static IHostApplicationBuilder AddJobRanking(this IHostApplicationBuilder builder)
    {
        builder.AddEmbeddingCache();
        builder.Services.AddSingleton<JobRanker>();
        return builder;
    }

    /// <summary>The content-keyed embedding cache that ranking and matching share; safe to call more than once.</summary>
    public static IHostApplicationBuilder AddEmbeddingCache(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<RankingOptions>()
            .BindConfiguration(RankingOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.TryAddSingleton<JobEmbeddingCache>();
        return builder;
    }
}
