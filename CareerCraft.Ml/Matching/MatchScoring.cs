namespace CareerCraft.Ml.Matching;

/// <summary>
/// The thresholds and the formula behind a job match, in one place so they can be read, tested and tuned.
/// Similarities are cosines of all-MiniLM-L6-v2 sentence embeddings. For this model a line that restates a
/// requirement in other words scores about 0.55-0.8, a line on the same topic 0.35-0.55 and unrelated text below 0.25.
/// </summary>
public static class MatchScoring
{
    /// <summary>A requirement is met when its best resume line reaches this similarity.</summary>
    public const double RequirementMetThreshold = 0.50;

    /// <summary>
    /// ...or reaches this lower similarity while the resume names every taxonomy skill the requirement names
    /// ("3+ years of PostgreSQL" is proven by a line about PostgreSQL even when the wording differs).
    /// </summary>
    public const double RequirementMetWithSkillsThreshold = 0.35;

    /// <summary>Below this a requirement earns no credit; between it and the met threshold, proportional credit.</summary>
    public const double RequirementCreditFloor = 0.25;

    /// <summary>A job skill missing from the resume counts as partially matched by a resume skill at least this close.</summary>
    public const double PartialSkillThreshold = 0.60;

    /// <summary>A partial skill match counts half in the skill coverage.</summary>
    public const double PartialSkillWeight = 0.5;

    /// <summary>Whole-document cosine mapped linearly so 0.20 (unrelated fields) is 0 and 0.75 (same role) is 1.</summary>
    public const double SemanticFloor = 0.20;
    public const double SemanticCeiling = 0.75;

    public const double SkillWeight = 0.40;
    public const double RequirementWeight = 0.35;
    public const double SemanticWeight = 0.25;

    /// <summary>
    /// jobFitScore = round(100 × (0.40 × skillCoverage + 0.35 × requirementCoverage + 0.25 × semanticScore)), where
    /// skillCoverage = (exact + 0.5 × partial) / job skills; requirementCoverage = mean over requirements of 1 when met,
    /// else clamp((similarity − 0.25) / (0.50 − 0.25), 0, 1); semanticScore = clamp((cosine − 0.20) / (0.75 − 0.20), 0, 1).
    /// A job description naming no taxonomy skill gives the skill weight to requirement coverage; one with no
    /// requirement lines gives that weight to the semantic score.
    /// </summary>
    public static int JobFit(double? skillCoverage, double? requirementCoverage, double semanticScore)
    {
        var skillWeight = skillCoverage.HasValue ? SkillWeight : 0;
        var requirementWeight = RequirementWeight + (skillCoverage.HasValue ? 0 : SkillWeight);
        var semanticWeight = SemanticWeight;
        if (!requirementCoverage.HasValue)
        {
            semanticWeight += requirementWeight;
            requirementWeight = 0;
        }
        var score = skillWeight * (skillCoverage ?? 0) + requirementWeight * (requirementCoverage ?? 0) + semanticWeight * semanticScore;
        return (int)Math.Round(100 * Math.Clamp(score, 0, 1));
    }

    public static double RequirementCredit(double similarity, bool met) =>
        met ? 1 : Math.Clamp((similarity - RequirementCreditFloor) / (RequirementMetThreshold - RequirementCreditFloor), 0, 1);

    public static double SemanticScore(double cosine) =>
        Math.Clamp((cosine - SemanticFloor) / (SemanticCeiling - SemanticFloor), 0, 1);
}
