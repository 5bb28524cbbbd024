using System.Text.Json;

namespace CareerCraft.Web.Services.Ml;

public sealed record JobMatchRequest(string ResumeText, string JobDescription);

public sealed record JobMatchResult(
    double JobFitScore,
    double SemanticSimilarity,
    double SkillMatchPercentage,
    IReadOnlyList<string>? MatchedSkills,
    IReadOnlyList<PartialSkillMatch>? PartialMatches,
    IReadOnlyList<string>? MissingSkills,
    IReadOnlyList<RequirementMatch>? Requirements,
    IReadOnlyList<JsonElement>? Feedback);

public sealed record PartialSkillMatch(string JobSkill, string ResumeSkill, double Similarity);

public sealed record RequirementMatch(string Text, string? Evidence, double Similarity, bool Met);

public sealed record RankJob(string Id, string? Title, string Description);

public sealed record RankRequest(string ResumeText, IReadOnlyList<RankJob> Jobs);

public sealed record RankResult(IReadOnlyList<RankedJob> Results);

public sealed record RankedJob(string Id, double Score);
