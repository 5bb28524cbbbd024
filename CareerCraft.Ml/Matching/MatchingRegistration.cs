using CareerCraft.Ml.Infrastructure;
using CareerCraft.Ml.Documents;

namespace CareerCraft.Ml.Matching;

public static class MatchingRegistration
{
    /// <summary>Job matching; needs the embedding engine and its cache (<c>AddEmbeddings</c>) and the skill taxonomy (<c>AddSkills</c>).</summary>
    public static IHostApplicationBuilder AddJobMatching(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<JobMatcher>();
        builder.Services.AddSingleton<RequestsInFlight>();
        builder.Services.AddSingleton<ResumeMatchPreparer>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ResumeMatchPreparer>());
        builder.Services.AddSingleton<IResumeReadListener>(sp => sp.GetRequiredService<ResumeMatchPreparer>());
        return builder;
    }
}
