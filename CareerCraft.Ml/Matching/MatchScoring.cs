namespace CareerCraft.Ml.Matching;

/// <summary>
/// The thresholds and the formula behind a job match, in one place so they can be read, tested and tuned.
/// Similarities are cosines of all-MiniLM-L6-v2 sentence embeddings. For this model a line that restates a
/// requirement in other words scores about 0.55-0.8, a line on the same topic 0.35-0.55 and unrelated text below 0.25.
/// </summary>
public static class MatchScoring
{
    /// <summary>A requirement naming no taxonomy skill is met when its best resume line reaches this similarity.</summary>
    public const double RequirementMetThreshold = 0.45;

    /// <summary>
    /// A requirement naming skills, at least half of which the resume names too, is met from this lower similarity
    /// ("Strong PostgreSQL and query tuning" is proven by a line about Postgres even when the wording differs).
    /// </summary>
    public const double RequirementMetWithSkillsThreshold = 0.33;

    /// <summary>
    /// A requirement naming skills of which the resume names none needs this much: a line that merely sounds like
    /// it ("CCRN certification" against "BLS and ACLS certified") must not prove it.
    /// </summary>
    public const double RequirementMetWithoutSkillsThreshold = 0.60;

    /// <summary>Below this an unmet requirement earns no credit; up to the met threshold, at most half credit.</summary>
    public const double RequirementCreditFloor = 0.25;

    /// <summary>
    /// A job skill missing from the resume counts as partially matched by a resume skill at least this close
    /// (pediatric ~ neonatal nursing 0.77, product design ~ design systems 0.66)...
    /// </summary>
    public const double PartialSkillThreshold = 0.60;

    /// <summary>
    /// ...or by a skill of the same taxonomy category at least this close: the model rates alternatives of one kind
    /// lower (MySQL ~ PostgreSQL 0.55, Photoshop ~ Illustrator 0.57, Flink ~ Spark 0.49), unrelated ones below 0.4.
    /// </summary>
    public const double PartialSameCategoryThreshold = 0.45;

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
    /// else 0.5 × clamp((similarity − 0.25) / (0.45 − 0.25), 0, 1); semanticScore = clamp((cosine − 0.20) / (0.75 − 0.20), 0, 1).
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

    public static bool IsPartialSkillMatch(double similarity, bool sameCategory) =>
        similarity >= (sameCategory ? PartialSameCategoryThreshold : PartialSkillThreshold);

    public static double RequirementCredit(double similarity, bool met) =>
        met ? 1 : 0.5 * Math.Clamp((similarity - RequirementCreditFloor) / (RequirementMetThreshold - RequirementCreditFloor), 0, 1);

    /// <summary>
    /// Whether a requirement is proven, given its best line's similarity and how many of the skills it names
    /// (<paramref name="namedSkills"/>) the resume names too (<paramref name="skillsInResume"/>).
    /// </summary>
    public static bool IsRequirementMet(double similarity, int namedSkills, int skillsInResume) => namedSkills switch
    {
        0 => similarity >= RequirementMetThreshold,
        _ when skillsInResume == 0 => similarity >= RequirementMetWithoutSkillsThreshold,
        _ when 2 * skillsInResume >= namedSkills => similarity >= RequirementMetWithSkillsThreshold,
        _ => similarity >= RequirementMetThreshold,
    };

    public static double SemanticScore(double cosine) =>
        Math.Clamp((cosine - SemanticFloor) / (SemanticCeiling - SemanticFloor), 0, 1);
}
