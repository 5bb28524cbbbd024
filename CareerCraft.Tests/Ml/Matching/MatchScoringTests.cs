using CareerCraft.Ml.Matching;

namespace CareerCraft.Tests.Ml.Matching;

public sealed class MatchScoringTests
{
    [Theory]
    [InlineData(1.0, 1.0, 1.0, 100)]
    [InlineData(0.0, 0.0, 0.0, 0)]
    [InlineData(0.5, 1.0, 0.0, 55)]      // 0.40 × 0.5 + 0.35 × 1
    [InlineData(null, 0.5, 0.5, 50)]     // no job skills: 0.75 × 0.5 + 0.25 × 0.5
    [InlineData(0.5, null, 1.0, 80)]     // no requirement lines: 0.40 × 0.5 + 0.60 × 1
    public void Job_fit_follows_the_documented_formula(double? skills, double? requirements, double semantic, int expected)
    {
        Assert.Equal(expected, MatchScoring.JobFit(skills, requirements, semantic));
    }

    [Theory]
    [InlineData(0.46, 0, 0, true)]
    [InlineData(0.44, 0, 0, false)]
    [InlineData(0.34, 2, 1, true)]   // half the named skills are in the resume
    [InlineData(0.34, 3, 1, false)]
    [InlineData(0.55, 1, 0, false)]  // names a skill the resume lacks: a similar-sounding line is not proof
    [InlineData(0.61, 1, 0, true)]
    public void Requirement_verdicts_use_skills_as_evidence(double similarity, int named, int inResume, bool met)
    {
        Assert.Equal(met, MatchScoring.IsRequirementMet(similarity, named, inResume));
    }

    [Theory]
    [InlineData(0.50, true, true)]
    [InlineData(0.50, false, false)]
    [InlineData(0.62, false, true)]
    [InlineData(0.40, true, false)]
    public void Partial_skill_matches_need_less_similarity_within_a_category(double similarity, bool sameCategory, bool partial)
    {
        Assert.Equal(partial, MatchScoring.IsPartialSkillMatch(similarity, sameCategory));
    }

    [Fact]
    public void Semantic_score_maps_the_cosine_band_to_zero_to_one()
    {
        Assert.Equal(0, MatchScoring.SemanticScore(0.1));
        Assert.Equal(1, MatchScoring.SemanticScore(0.8));
        Assert.Equal(0.5, MatchScoring.SemanticScore(0.475), 3);
    }
}
