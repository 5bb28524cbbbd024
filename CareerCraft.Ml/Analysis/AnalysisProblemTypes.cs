namespace CareerCraft.Ml.Analysis;

/// <summary>Problem types specific to analysis, next to the service-wide ones in Infrastructure/ProblemTypes.</summary>
public static class AnalysisProblemTypes
{
    /// <summary>The text is a job posting (or other non-resume prose), not a resume: scoring it would mislead.</summary>
    public const string NotAResume = "https://careercraft.dev/problems/not-a-resume";
}
