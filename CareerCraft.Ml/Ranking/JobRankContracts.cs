namespace CareerCraft.Ml.Ranking;

public sealed record JobRankRequest(string? ResumeText, IReadOnlyList<RankedJobInput?>? Jobs);

public sealed record RankedJobInput(string? Id, string? Title, string? Description);

/// <summary>POST /jobs/rank answer: every job, best first.</summary>
public sealed record JobRankResponse(IReadOnlyList<JobScore> Results);

/// <summary>
/// <see cref="Score"/> is the cosine similarity of the resume's and the job's embeddings, rounded to 4 places:
/// about 0.5-0.8 for the candidate's own kind of role, below 0.3 for unrelated fields.
/// </summary>
public sealed record JobScore(string Id, double Score);
