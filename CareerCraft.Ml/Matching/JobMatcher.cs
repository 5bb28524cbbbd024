using System.Numerics.Tensors;
using System.Text.RegularExpressions;
using CareerCraft.Ml.Documents.Reading;
using CareerCraft.Ml.Embeddings;
using CareerCraft.Ml.Skills;
using CareerCraft.Ml.Documents;

namespace CareerCraft.Ml.Matching;

/// <summary>
/// Matches one resume against one job description: skills exactly and by alias (through the taxonomy), then
/// semantically; each requirement against its best resume line; and the documents as wholes. All texts of a match
/// go to the embedder in one call, so they share inferences (and batch with concurrent requests); texts seen before
/// (the same resume matched against another job, the taxonomy's skill names) come from the embedding cache.
/// </summary>
public sealed partial class JobMatcher(ITextEmbedder embedder, JobEmbeddingCache cache, ISkillExtractor skillExtractor, ResumeParser parser)
{
    private const int MaxEvidenceLines = 300;
    private const int MinEvidenceWords = 2;

    /// <summary>
    /// The texts embedded for the resume's side, whatever the job: its evidence lines and skill names (a match) and its
    /// passages (a ranking reads a resume as those). Embedding them ahead (<see cref="ResumeMatchPreparer"/>) leaves a
    /// later match or ranking only the job's texts.
    /// </summary>
    public IReadOnlyList<string> ResumeTexts(string resumeText)
    {
        var (resumeLines, evidenceLines) = ResumeLines(resumeText);
        return [
            .. evidenceLines,
            .. DocumentEmbedding.Passages(resumeLines, resumeText),
            .. DistinctSkills(skillExtractor.Find(resumeText)).Select(s => s.Name),
        ];
    }

    private (List<string> All, List<string> Evidence) ResumeLines(string resumeText)
    {
        var resumeLines = parser.Sentences(resumeText);
        var evidenceLines = resumeLines
            .Where(CanBeEvidence)
            .Distinct(StringComparer.Ordinal)
            .Take(MaxEvidenceLines)
            .ToList();
        return (resumeLines, evidenceLines);
    }

    // Contact details and dates prove nothing, and would win as "evidence" for a job title or "5+ years": a line
    // counts only when it has words besides its dates ("May 2017 to Jul 2019" is left out, and not embedded).
    private static bool CanBeEvidence(string line)
    {
        var words = TextSegmenter.CountWords(line);
        foreach (var range in DateRanges.Find(line))
        {
            words -= TextSegmenter.CountWords(line.Substring(range.Index, range.Length));
        }
        return words >= MinEvidenceWords && !ContactLine().IsMatch(line);
    }

    public async Task<JobMatchResponse> MatchAsync(string resumeText, string jobDescription, CancellationToken cancellationToken)
    {
        var (_, evidenceLines) = ResumeLines(resumeText);
        var (requirements, askedText) = RequirementExtractor.Read(jobDescription);
        var jobLines = requirements.Count > 0
            ? requirements
            : TextSegmenter.Split(jobDescription).Select(s => s.Text).ToList();

        // Skills come from what the job asks for, not from its "about us" or benefits ("health insurance").
        var jobSkills = DistinctSkills(skillExtractor.Find(askedText));
        var resumeSkills = DistinctSkills(skillExtractor.Find(resumeText));
        var resumeSkillNames = resumeSkills.Select(s => s.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var matchedSkills = jobSkills.Where(s => resumeSkillNames.Contains(s.Name)).ToList();
        var unmatchedSkills = jobSkills.Where(s => !resumeSkillNames.Contains(s.Name)).ToList();

        var batch = new EmbeddingBatch();
        var evidence = batch.Add(evidenceLines);
        var requirementRange = batch.Add(requirements);
        // The resume as a whole is the mean of its evidence lines, which the requirements need embedded anyway; a
        // resume with no such line is read whole. Separate 256-token passages would double a cold match's inference
        // for no better judgement (docs/issue-16.md: same top-1 on generated resumes, at least as wide a margin).
        var resumeSide = evidenceLines.Count > 0 ? evidence : batch.Add([resumeText]);
        var jobPassages = batch.Add(DocumentEmbedding.Passages(jobLines, jobDescription));
        var unmatchedRange = batch.Add(unmatchedSkills.Select(s => s.Name).ToList());
        var resumeSkillRange = batch.Add(unmatchedSkills.Count > 0 ? resumeSkills.Select(s => s.Name).ToList() : []);
        var vectors = await cache.EmbedAsync(embedder, batch.Texts, cancellationToken);

        var resumeVector = DocumentEmbedding.Mean(vectors[resumeSide]);
        var semanticSimilarity = Math.Max(0, TensorPrimitives.Dot(resumeVector, DocumentEmbedding.Mean(vectors[jobPassages])));

        var requirementMatches = new List<RequirementMatch>(requirements.Count);
        for (var i = 0; i < requirements.Count; i++)
        {
            var (line, similarity) = Best(vectors[requirementRange][i], vectors[evidence], evidenceLines);
            var named = DistinctSkills(skillExtractor.Find(requirements[i]));
            var met = MatchScoring.IsRequirementMet(similarity, named.Count, named.Count(s => resumeSkillNames.Contains(s.Name)));
            requirementMatches.Add(new RequirementMatch(requirements[i], line, Math.Round(similarity, 3), met));
        }

        var partialMatches = new List<PartialSkillMatch>();
        var missingSkills = new List<string>();
        for (var i = 0; i < unmatchedSkills.Count; i++)
        {
            var closest = ClosestSkill(unmatchedSkills[i], vectors[unmatchedRange][i], resumeSkills, vectors[resumeSkillRange]);
            if (closest is { } partial)
            {
                partialMatches.Add(new PartialSkillMatch(unmatchedSkills[i].Name, partial.Skill.Name, Math.Round(partial.Similarity, 3)));
            }
            else
            {
                missingSkills.Add(unmatchedSkills[i].Name);
            }
        }

        double? skillCoverage = jobSkills.Count == 0
            ? null
            : (matchedSkills.Count + MatchScoring.PartialSkillWeight * partialMatches.Count) / jobSkills.Count;
        double? requirementCoverage = requirementMatches.Count == 0
            ? null
            : requirementMatches.Average(r => MatchScoring.RequirementCredit(r.Similarity, r.Met));
        var jobFitScore = MatchScoring.JobFit(skillCoverage, requirementCoverage, MatchScoring.SemanticScore(semanticSimilarity));

        var matchedNames = matchedSkills.Select(s => s.Name).ToList();
        return new JobMatchResponse(
            jobFitScore,
            Math.Round(semanticSimilarity, 3),
            Math.Round(100 * (skillCoverage ?? 0), 1),
            matchedNames,
            partialMatches,
            missingSkills,
            requirementMatches,
            MatchFeedback.Compose(jobFitScore, jobSkills.Count, matchedNames, partialMatches, missingSkills, requirementMatches));
    }

    private static List<Skill> DistinctSkills(IReadOnlyList<SkillMention> mentions) =>
        mentions.Select(m => m.Skill).DistinctBy(s => s.Name, StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>The closest resume skill that is close enough to count as a partial match (see <see cref="MatchScoring"/>).</summary>
    private static (Skill Skill, double Similarity)? ClosestSkill(Skill jobSkill, float[] jobVector, List<Skill> resumeSkills, ReadOnlySpan<float[]> resumeVectors)
    {
        (Skill Skill, double Similarity)? best = null;
        for (var i = 0; i < resumeSkills.Count; i++)
        {
            double similarity = TensorPrimitives.Dot(jobVector, resumeVectors[i]);
            var sameCategory = string.Equals(jobSkill.Category, resumeSkills[i].Category, StringComparison.OrdinalIgnoreCase);
            if (MatchScoring.IsPartialSkillMatch(similarity, sameCategory) && (best is null || similarity > best.Value.Similarity))
            {
                best = (resumeSkills[i], similarity);
            }
        }
        return best;
    }

    private static (string? Text, double Similarity) Best(float[] query, ReadOnlySpan<float[]> candidates, IReadOnlyList<string> texts)
    {
        string? best = null;
        var bestSimilarity = 0.0;
        for (var i = 0; i < candidates.Length; i++)
        {
            // Unit vectors: the dot product is the cosine.
            double similarity = TensorPrimitives.Dot(query, candidates[i]);
            if (best is null || similarity > bestSimilarity)
            {
                best = texts[i];
                bestSimilarity = similarity;
            }
        }
        return (best, Math.Max(0, bestSimilarity));
    }

    [GeneratedRegex(@"\S+@\S+\.\w+|https?://|www\.|linkedin\.com|github\.com|\+?\d[\d\s().-]{8,}\d", RegexOptions.IgnoreCase)]
    private static partial Regex ContactLine();

    /// <summary>Collects the texts of one match into one embedder call and remembers where each group sits.</summary>
    private sealed class EmbeddingBatch
    {
        public List<string> Texts { get; } = [];

        public Range Add(IReadOnlyList<string> texts)
        {
            var start = Texts.Count;
            Texts.AddRange(texts);
            return start..Texts.Count;
        }
    }
}
