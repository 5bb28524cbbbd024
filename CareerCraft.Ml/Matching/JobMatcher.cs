using System.Numerics.Tensors;
using CareerCraft.Ml.Embeddings;
using CareerCraft.Ml.Skills;

namespace CareerCraft.Ml.Matching;

/// <summary>
/// Matches one resume against one job description: skills exactly and by alias (through the taxonomy), then
/// semantically; each requirement against its best resume line; and the documents as wholes. All texts of a match
/// go to the embedder in one call, so they share inferences (and batch with concurrent requests).
/// </summary>
public sealed class JobMatcher(ITextEmbedder embedder, ISkillExtractor skillExtractor)
{
    private const int MaxEvidenceLines = 300;
    private const int MinEvidenceWords = 2;

    public async Task<JobMatchResponse> MatchAsync(string resumeText, string jobDescription, CancellationToken cancellationToken)
    {
        var resumeLines = TextSegmenter.Split(resumeText).Where(s => !s.IsHeading).Select(s => s.Text).ToList();
        var evidenceLines = resumeLines
            .Where(line => TextSegmenter.CountWords(line) >= MinEvidenceWords)
            .Distinct(StringComparer.Ordinal)
            .Take(MaxEvidenceLines)
            .ToList();
        var requirements = RequirementExtractor.Extract(jobDescription);
        var jobLines = requirements.Count > 0
            ? requirements
            : TextSegmenter.Split(jobDescription).Select(s => s.Text).ToList();

        var jobSkills = DistinctSkills(skillExtractor.Find(jobDescription));
        var resumeSkills = DistinctSkills(skillExtractor.Find(resumeText));
        var resumeSkillNames = resumeSkills.Select(s => s.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var matchedSkills = jobSkills.Where(s => resumeSkillNames.Contains(s.Name)).ToList();
        var unmatchedSkills = jobSkills.Where(s => !resumeSkillNames.Contains(s.Name)).ToList();

        var batch = new EmbeddingBatch();
        var evidence = batch.Add(evidenceLines);
        var requirementRange = batch.Add(requirements);
        var resumePassages = batch.Add(DocumentEmbedding.Passages(resumeLines.Count > 0 ? resumeLines : [resumeText]));
        var jobPassages = batch.Add(DocumentEmbedding.Passages(jobLines.Count > 0 ? jobLines : [jobDescription]));
        var unmatchedRange = batch.Add(unmatchedSkills.Select(s => s.Name).ToList());
        var resumeSkillRange = batch.Add(unmatchedSkills.Count > 0 ? resumeSkills.Select(s => s.Name).ToList() : []);
        var vectors = await embedder.EmbedAsync(batch.Texts, cancellationToken);

        var semanticSimilarity = Math.Max(0, TensorPrimitives.Dot(
            DocumentEmbedding.Mean(vectors[resumePassages]), DocumentEmbedding.Mean(vectors[jobPassages])));

        var requirementMatches = new List<RequirementMatch>(requirements.Count);
        for (var i = 0; i < requirements.Count; i++)
        {
            var (line, similarity) = Best(vectors[requirementRange][i], vectors[evidence], evidenceLines);
            var named = DistinctSkills(skillExtractor.Find(requirements[i]));
            var provenBySkills = named.Count > 0 && named.All(s => resumeSkillNames.Contains(s.Name));
            var met = similarity >= MatchScoring.RequirementMetThreshold
                || (provenBySkills && similarity >= MatchScoring.RequirementMetWithSkillsThreshold);
            requirementMatches.Add(new RequirementMatch(requirements[i], line, Math.Round(similarity, 3), met));
        }

        var partialMatches = new List<PartialSkillMatch>();
        var missingSkills = new List<string>();
        for (var i = 0; i < unmatchedSkills.Count; i++)
        {
            var (closest, similarity) = Best(vectors[unmatchedRange][i], vectors[resumeSkillRange], resumeSkills.Select(s => s.Name).ToList());
            if (closest is not null && similarity >= MatchScoring.PartialSkillThreshold)
            {
                partialMatches.Add(new PartialSkillMatch(unmatchedSkills[i].Name, closest, Math.Round(similarity, 3)));
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
