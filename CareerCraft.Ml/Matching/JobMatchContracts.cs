namespace CareerCraft.Ml.Matching;

public sealed record JobMatchRequest(string? ResumeText, string? JobDescription);

/// <summary>POST /resume/job-match answer (DESIGN.md section 4); scores are explained on <see cref="MatchScoring"/>.</summary>
public sealed record JobMatchResponse(
    int JobFitScore,
    double SemanticSimilarity,
    double SkillMatchPercentage,
    IReadOnlyList<string> MatchedSkills,
    IReadOnlyList<PartialSkillMatch> PartialMatches,
    IReadOnlyList<string> MissingSkills,
    IReadOnlyList<RequirementMatch> Requirements,
    IReadOnlyList<string> Feedback);

/// <summary>A skill the job asks for that the resume does not name, but names something close to.</summary>
public sealed record PartialSkillMatch(string JobSkill, string ResumeSkill, double Similarity);

/// <summary>One requirement of the job, the resume line that best proves it, and whether it proves it well enough.</summary>
public sealed record RequirementMatch(string Text, string? Evidence, double Similarity, bool Met);
