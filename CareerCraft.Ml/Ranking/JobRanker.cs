using System.Numerics.Tensors;
using CareerCraft.Ml.Documents.Reading;
using CareerCraft.Ml.Embeddings;

namespace CareerCraft.Ml.Ranking;

/// <summary>
/// Ranks jobs for one resume by embedding similarity. Each job is embedded as "title. description" (the model reads
/// its first 256 tokens, where postings state the role); the resume as the mean of its passages. Jobs and resumes
/// seen before come from the cache, the rest go to the embedder in one call (it batches them), and scores are
/// vectorised dot products of unit vectors.
/// </summary>
public sealed class JobRanker(ITextEmbedder embedder, JobEmbeddingCache cache, ResumeParser parser)
{
    public async Task<IReadOnlyList<JobScore>> RankAsync(string resumeText, IReadOnlyList<RankedJobInput> jobs, CancellationToken cancellationToken)
    {
        var jobTexts = jobs.Select(JobText).ToList();
        var keys = jobTexts.Select(JobEmbeddingCache.Key).ToList();
        var jobVectors = new float[jobs.Count][];

        // The resume's passages and the uncached jobs share one embedder call; duplicates in the request embed once.
        var resumeKey = JobEmbeddingCache.ResumeKey(resumeText);
        var texts = new List<string>();
        if (!cache.TryGet(resumeKey, out var resumeVector))
        {
            texts.AddRange(DocumentEmbedding.Passages(parser.Sentences(resumeText), resumeText));
        }
        var resumePassageCount = texts.Count;
        var toCompute = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < jobs.Count; i++)
        {
            if (cache.TryGet(keys[i], out var cached))
            {
                jobVectors[i] = cached;
            }
            else if (!toCompute.ContainsKey(keys[i]))
            {
                toCompute[keys[i]] = texts.Count;
                texts.Add(jobTexts[i]);
            }
        }

        var vectors = await embedder.EmbedAsync(texts, cancellationToken);
        if (resumePassageCount > 0)
        {
            resumeVector = DocumentEmbedding.Mean(vectors[..resumePassageCount]);
            cache.Set(resumeKey, resumeVector);
        }
        foreach (var (key, index) in toCompute)
        {
            cache.Set(key, vectors[index]);
        }

        var scores = new JobScore[jobs.Count];
        for (var i = 0; i < jobs.Count; i++)
        {
            var vector = jobVectors[i] ??= vectors[toCompute[keys[i]]];
            scores[i] = new JobScore(jobs[i].Id!, Math.Round(TensorPrimitives.Dot(resumeVector, vector), 4));
        }
        // Stable: equal scores keep the order the client sent.
        return scores.OrderByDescending(s => s.Score).ToList();
    }

    private static string JobText(RankedJobInput job) =>
        string.IsNullOrWhiteSpace(job.Title) ? job.Description!.Trim() : $"{job.Title.Trim()}. {job.Description!.Trim()}";
}
