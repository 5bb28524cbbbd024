using System.Diagnostics;

namespace CareerCraft.Ml.Embeddings;

/// <summary>One inference over a group of a batch, traced and measured.</summary>
internal sealed class BatchInference(EmbeddingTelemetry telemetry)
{
    public void Infer(OnnxEmbeddingModel model, List<EmbeddingWork> batch, int start, int count)
    {
        var sequences = new int[count][];
        var destinations = new float[count][];
        for (var i = 0; i < count; i++)
        {
            sequences[i] = batch[start + i].TokenIds;
            destinations[i] = batch[start + i].Destination;
        }

        using var activity = EmbeddingTelemetry.ActivitySource.HasListeners()
            ? EmbeddingTelemetry.ActivitySource.StartActivity(
                ActivityKind.Internal, links: CallerLinks(batch, start, count), name: "embeddings.inference")
            : null;
        activity?.SetTag("embeddings.batch.size", count);
        activity?.SetTag("embeddings.sequence.length", sequences[0].Length);
        activity?.SetTag("embeddings.execution_provider", model.Info.ExecutionProvider.ToString());

        var started = Stopwatch.GetTimestamp();
        model.Embed(sequences, destinations);
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;

        telemetry.BatchSize.Record(count);
        telemetry.InferenceDuration.Record(elapsed);
    }

    // The worker serves many requests at once, so an inference links to each caller's trace instead of
    // pretending to be the child of one of them.
    private static List<ActivityLink> CallerLinks(List<EmbeddingWork> batch, int start, int count)
    {
        var links = new List<ActivityLink>();
        PendingEmbedding? previous = null;
        for (var i = start; i < start + count; i++)
        {
            var owner = batch[i].Owner;
            if (owner != previous && owner.Caller != default && !links.Exists(l => l.Context == owner.Caller))
            {
                links.Add(new ActivityLink(owner.Caller));
            }
            previous = owner;
        }
        return links;
    }
}
