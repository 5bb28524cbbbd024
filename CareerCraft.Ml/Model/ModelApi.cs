using CareerCraft.Ml.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using CareerCraft.Ml.Embeddings;

namespace CareerCraft.Ml.Model;

public static class ModelApi
{
    /// <summary>GET /model: what the loaded session is, so clients and operators can see CPU vs GPU.</summary>
    public static IEndpointRouteBuilder MapModelApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/model", GetModelAsync)
            .WithName("GetModel")
            .WithTags("Model")
            .RequireAuthorization()
            .RequireRateLimiting(RateLimitingRegistration.PerUserPolicy);
        return app;
    }

    private static async Task<Ok<ModelResponse>> GetModelAsync(MicroBatchingEmbedder embedder, CancellationToken cancellationToken)
    {
        var info = await embedder.GetModelInfoAsync(cancellationToken);
        return TypedResults.Ok(new ModelResponse(info.Name, info.Dimensions, info.MaxTokens, info.ExecutionProvider.ToString(), info.Precision.ToString().ToLowerInvariant()));
    }
}
