using System.ComponentModel.DataAnnotations;

namespace CareerCraft.Ml.Ranking;

public sealed class RankingOptions
{
    public const string SectionName = "Ml:Ranking";

    /// <summary>Job embeddings kept in memory (1.5 KB each); postings are ranked again and again, so they are cached by content.</summary>
    [Range(0, 1_000_000)]
    public int JobCacheEntries { get; set; } = 20_000;
}
