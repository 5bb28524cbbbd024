using CareerCraft.Ml.Documents.Reading;
using CareerCraft.Ml.Analysis.Scoring;

namespace CareerCraft.Ml.Analysis;

public static class AnalysisRegistration
{
    /// <summary>Resume parsing, the ATS score and feedback (needs the skill extractor and, for files, extraction).</summary>
    public static IHostApplicationBuilder AddResumeAnalysis(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(_ => ResumeLexicon.Load());
        builder.Services.AddSingleton<ResumeParser>();
        builder.Services.AddSingleton<BulletAnalyzer>();
        builder.Services.AddSingleton<AtsScorer>();
        builder.Services.AddSingleton<JobKeywords>();
        builder.Services.AddSingleton<ResumeAnalyzer>();
        return builder;
    }
}
