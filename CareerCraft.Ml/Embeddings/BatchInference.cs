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

        var (parent, links) = Callers(batch, start, count);
        using var activity = EmbeddingTelemetry.ActivitySource.HasListeners()
            ? EmbeddingTelemetry.ActivitySource.StartActivity("embeddings.inference", ActivityKind.Internal, parent, links: links)
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

    // Where an inference belongs in the traces. A dashboard draws a trace from parents and children only (a link is
    // a line in a span's details), so the inference is the child of the first request it serves: a match or a ranking,
    // usually the only request in its batch, shows its inferences inside its own trace. A batch serves many requests
    // at once, so it also links to every other request's context; those traces are one click away, not drawn in.
    // The worker runs outside any request, so without an explicit parent (default) the span would be a root.
    internal static (ActivityContext Parent, List<ActivityLink> Links) Callers(List<EmbeddingWork> batch, int start, int count)
    {
        ActivityContext parent = default;
        var links = new List<ActivityLink>();
        PendingEmbedding? previous = null;
        for (var i = start; i < start + count; i++)
        {
            var owner = batch[i].Owner;
            if (owner == previous || owner.Caller == default)
            {
                continue;
            }
            previous = owner;
            if (parent == default)
            {
                parent = owner.Caller;
            }
            else if (owner.Caller != parent && !links.Exists(l => l.Context == owner.Caller))
            {
                links.Add(new ActivityLink(owner.Caller));
            }
        }
        return (parent, links);
    }
}
