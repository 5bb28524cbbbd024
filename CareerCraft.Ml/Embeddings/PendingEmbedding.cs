using System.Diagnostics;

namespace CareerCraft.Ml.Embeddings;

/// <summary>One caller's texts in flight: completes when the last of them has been embedded.</summary>
internal sealed class PendingEmbedding(int count, ActivityContext caller)
{
    private readonly TaskCompletionSource _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _remaining = count;

    /// <summary>The caller's trace context: the parent of, or linked from, the inference activities that serve it.</summary>
    public ActivityContext Caller { get; } = caller;

    public Task Completion => _completion.Task;

    public void TextDone()
    {
        if (Interlocked.Decrement(ref _remaining) == 0)
        {
            _completion.TrySetResult();
        }
    }

    public void Fail(Exception error) => _completion.TrySetException(error);
}

/// <summary>One text waiting in the queue: its token ids, where its vector goes, and whose it is.</summary>
internal readonly record struct EmbeddingWork(int[] TokenIds, float[] Destination, PendingEmbedding Owner);
