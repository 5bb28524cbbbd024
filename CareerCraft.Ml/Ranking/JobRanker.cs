using System.Numerics.Tensors;
using CareerCraft.Ml.Documents.Reading;
using CareerCraft.Ml.Embeddings;

namespace CareerCraft.Ml.Ranking;

/// <summary>
/// Ranks jobs for one resume by embedding similarity. Each job is embedded as "title. description" (the model reads
/// its first 256 tokens, where postings state the role); the resume as the mean of its passages. Texts seen before
/// come from the content cache, the rest go to the embedder in one call (it batches them), and scores are
/// vectorised dot products of unit vectors.
/// </summary>
public sealed class JobRanker(ITextEmbedder embedder, JobEmbeddingCache cache, ResumeParser parser)
{
    public async Task<IReadOnlyList<JobScore>> RankAsync(string resumeText, IReadOnlyList<RankedJobInput> jobs, CancellationToken cancellationToken)
    {
        // The resume's passages (unless its vector is cached) and the jobs go through the content cache in one call:
        // what it holds is not embedded again (a job ranked before, the passages a resume's analysis prepared for its
        // match, which are the same texts), and duplicates within the request embed once.
        var resumeKey = JobEmbeddingCache.ResumeKey(resumeText);
        IReadOnlyList<string> passages = cache.TryGet(resumeKey, out var resumeVector)
            ? []
            : DocumentEmbedding.Passages(parser.Sentences(resumeText), resumeText);
        var vectors = await cache.EmbedAsync(embedder, [.. passages, .. jobs.Select(JobText)], cancellationToken);
        if (passages.Count > 0)
        {
            resumeVector = DocumentEmbedding.Mean(vectors[..passages.Count]);
            cache.Set(resumeKey, resumeVector);
        }

        var scores = new JobScore[jobs.Count];
        for (var i = 0; i < jobs.Count; i++)
        {
            scores[i] = new JobScore(jobs[i].Id!, Math.Round(TensorPrimitives.Dot(resumeVector!, vectors[passages.Count + i]), 4));
        }
        // Stable: equal scores keep the order the client sent.
        return scores.OrderByDescending(s => s.Score).ToList();
    }

    private static string JobText(RankedJobInput job) =>
        string.IsNullOrWhiteSpace(job.Title) ? job.Description!.Trim() : $"{job.Title.Trim()}. {job.Description!.Trim()}";
}
