namespace CareerCraft.Contracts.Ml;

public sealed record JobMatchRequest(string? ResumeText, string? JobDescription);

/// <summary>POST /resume/job-match answer (DESIGN.md section 4); <see cref="Feedback"/> is advice in sentences.</summary>
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

public sealed record JobRankRequest(string? ResumeText, IReadOnlyList<RankedJobInput?>? Jobs);

public sealed record RankedJobInput(string? Id, string? Title, string? Description);

/// <summary>POST /jobs/rank answer: every job, best first.</summary>
public sealed record JobRankResponse(IReadOnlyList<JobScore> Results);

/// <summary>
/// <see cref="Score"/> is the cosine similarity of the resume's and the job's embeddings, rounded to 4 places:
/// about 0.5-0.8 for the candidate's own kind of role, below 0.3 for unrelated fields.
/// </summary>
public sealed record JobScore(string Id, double Score);
