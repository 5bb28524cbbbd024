using CareerCraft.Contracts;
using CareerCraft.ServiceDefaults.Files;

namespace CareerCraft.Ml.Embeddings;

/// <summary>The embedding queue cannot take a request's texts now: a 503 with the queue's Retry-After, wherever it happens.</summary>
public sealed class EmbeddingQueueFullException(int retryAfterSeconds) : ProblemException(
    StatusCodes.Status503ServiceUnavailable,
    ProblemTypes.Overloaded,
    "Service overloaded",
    "The service has more work queued than it accepts; retry after the number of seconds in Retry-After.",
    retryAfterSeconds);
