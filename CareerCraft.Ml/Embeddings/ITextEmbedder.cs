namespace CareerCraft.Ml.Embeddings;

/// <summary>
/// Turns texts into L2-normalised sentence embeddings (so a dot product is the cosine similarity).
/// The one seam between the features that need meaning (matching, ranking, cover letters) and the model.
/// </summary>
public interface ITextEmbedder
{
    int Dimensions { get; }

    /// <summary>One vector per input text, in input order.</summary>
    Task<float[][]> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken = default);
}
