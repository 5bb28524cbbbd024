using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CareerCraft.Ml.Embeddings;

/// <summary>Healthy only once the model is loaded and warm, so orchestrators route no traffic to a cold replica.</summary>
public sealed class EmbeddingModelHealthCheck(MicroBatchingEmbedder embedder) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!embedder.IsReady)
        {
            return HealthCheckResult.Unhealthy("The embedding model is loading.");
        }
        var info = await embedder.GetModelInfoAsync(cancellationToken);
        return HealthCheckResult.Healthy($"{info.Name} on {info.ExecutionProvider}, {embedder.QueueLength} texts queued");
    }
}
