using System.Numerics.Tensors;
using System.Text.RegularExpressions;
using CareerCraft.Ml.Documents.Reading;
using CareerCraft.Ml.Embeddings;

namespace CareerCraft.Ml.CoverLetters;

/// <summary>
/// Chooses the resume bullets most relevant to the job by embedding similarity: each bullet's relevance is its best
/// cosine similarity with any sentence of the job description. Bullets that state a measurable result and open with
/// an action verb get a small bonus, because they read as achievements rather than duties.
/// </summary>
public sealed partial class AchievementRanker(ITextEmbedder embedder, BulletAnalyzer bullets)
{
    private const int MaxCandidates = 40;
    private const int MaxJobSentences = 30;
    private const double ResultBonus = 0.05;
    private const double VerbBonus = 0.03;

    public async Task<IReadOnlyList<Achievement>> RankAsync(
        IReadOnlyList<(string Bullet, string? Organization)> candidates, string jobDescription, int take, CancellationToken cancellationToken)
    {
        var usable = candidates.Where(c => c.Bullet.Split(' ').Length >= 4).Take(MaxCandidates).ToList();
        if (usable.Count == 0)
        {
            return [];
        }
        var sentences = SentenceRegex().Split(jobDescription)
            .Select(s => s.Trim(' ', '•', '-', '*', '\t'))
            .Where(s => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3)
            .Take(MaxJobSentences)
            .ToList();
        if (sentences.Count == 0)
        {
            sentences.Add(jobDescription);
        }
        var vectors = await embedder.EmbedAsync([.. usable.Select(c => c.Bullet), .. sentences], cancellationToken);
        var ranked = new List<Achievement>(usable.Count);
        for (var i = 0; i < usable.Count; i++)
        {
            var best = double.MinValue;
            for (var j = 0; j < sentences.Count; j++)
            {
                best = Math.Max(best, TensorPrimitives.Dot(vectors[i], vectors[usable.Count + j]));
            }
            var bonus = (BulletAnalyzer.IsMeasurable(usable[i].Bullet) ? ResultBonus : 0) + (bullets.StartsWithActionVerb(usable[i].Bullet) ? VerbBonus : 0);
            ranked.Add(new Achievement(usable[i].Bullet, usable[i].Organization, best + bonus));
        }
        return ranked.OrderByDescending(a => a.Relevance).Take(take).ToList();
    }

    [GeneratedRegex(@"(?<=[.!?;])\s+|\n+")]
    private static partial Regex SentenceRegex();
}
