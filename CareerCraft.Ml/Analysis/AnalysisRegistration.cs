using CareerCraft.Ml.Analysis.Scoring;

namespace CareerCraft.Ml.Analysis;

public static class AnalysisRegistration
{
    /// <summary>Resume parsing, the ATS score and feedback (reads through the resume documents core; needs the skill extractor and, for files, an extractor).</summary>
    public static IHostApplicationBuilder AddResumeAnalysis(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<AtsScorer>();
        builder.Services.AddSingleton<JobKeywords>();
        builder.Services.AddSingleton<ResumeAnalyzer>();
        return builder;
    }
}
