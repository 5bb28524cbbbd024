using System.ComponentModel.DataAnnotations;

namespace CareerCraft.Ml.Embeddings;

/// <summary>The embedding engine's content cache. The section keeps the name it had when only ranking used it.</summary>
public sealed class EmbeddingCacheOptions
{
    public const string SectionName = "Ml:Ranking";

    /// <summary>
    /// Job and resume embeddings kept in memory (1.5 KB each): postings and resumes are ranked again and again, so
    /// they are cached by content; 0 turns the cache off.
    /// </summary>
    [Range(0, 1_000_000)]
    public int JobCacheEntries { get; set; } = 20_000;
}
