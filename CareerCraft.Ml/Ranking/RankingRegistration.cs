namespace CareerCraft.Ml.Ranking;

public static class RankingRegistration
{
    /// <summary>Job ranking with its bounded job-embedding cache; needs the embedding engine (<c>AddEmbeddings</c>).</summary>
    public static IHostApplicationBuilder AddJobRanking(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<RankingOptions>()
            .BindConfiguration(RankingOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<JobEmbeddingCache>();
        builder.Services.AddSingleton<JobRanker>();
        return builder;
    }
}
