namespace CareerCraft.Ml.Embeddings;

/// <summary>The embedding queue cannot take a request's texts now; answered as 503 with Retry-After.</summary>
public sealed class EmbeddingQueueFullException(int retryAfterSeconds)
    : Exception("The embedding queue is full; retry after a moment.")
{
    public int RetryAfterSeconds { get; } = retryAfterSeconds;
}
