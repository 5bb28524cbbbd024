using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace CareerCraft.Ml.Embeddings;

/// <summary>
/// The engine's metrics and traces ("CareerCraft.Ml.Embeddings"; ServiceDefaults subscribes to every "CareerCraft.*").
/// </summary>
public sealed class EmbeddingTelemetry : IDisposable
{
    public const string Name = "CareerCraft.Ml.Embeddings";

    public static readonly ActivitySource ActivitySource = new(Name);

    private readonly Meter _meter;

    public EmbeddingTelemetry(IMeterFactory meterFactory)
    {
        _meter = meterFactory.Create(Name);
        BatchSize = _meter.CreateHistogram<int>("careercraft.embeddings.batch.size", "{text}", "Texts embedded by one inference.");
        InferenceDuration = _meter.CreateHistogram<double>("careercraft.embeddings.inference.duration", "ms", "Time of one inference, pooling included.");
        Rejected = _meter.CreateCounter<long>("careercraft.embeddings.rejected", "{text}", "Texts refused because the queue was full.");
    }

    public Histogram<int> BatchSize { get; }

    public Histogram<double> InferenceDuration { get; }

    public Counter<long> Rejected { get; }

    /// <summary>Reports the queue length (texts admitted and not yet embedded) whenever metrics are collected.</summary>
    public void ObserveQueueLength(Func<int> queueLength) =>
        _meter.CreateObservableGauge("careercraft.embeddings.queue.length", queueLength, "{text}", "Texts waiting for or in inference.");

    public void Dispose() => _meter.Dispose();
}
