namespace CareerCraft.Ml.Ranking;

public static class RankingRegistration
{
    /// <summary>Job ranking; needs the embedding engine and its cache (<c>AddEmbeddings</c>).</summary>
    public static IHostApplicationBuilder AddJobRanking(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<JobRanker>();
        return builder;
    }
}
