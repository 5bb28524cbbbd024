using System.Diagnostics;
using System.Threading.Channels;

namespace CareerCraft.Ml.Embeddings;

/// <summary>
/// Admission and the queue of texts waiting for the worker: a request is admitted whole while the texts pending stay
/// within the capacity, or refused with a Retry-After from the recent throughput; the worker collects its batches here.
/// </summary>
internal sealed class EmbeddingQueue
{
    private readonly EmbeddingOptions _options;
    private readonly Channel<EmbeddingWork> _channel;

    // Texts admitted and not yet embedded (the queue length), and callers between entering and enqueuing.
    private int _pending;
    private int _submitting;
    // Recent throughput, for an honest Retry-After.
    private double _textsPerSecond = 100;

    public EmbeddingQueue(EmbeddingOptions options)
    {
        _options = options;
        _channel = Channel.CreateBounded<EmbeddingWork>(new BoundedChannelOptions(options.QueueCapacity)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
    }

    public int Pending => Volatile.Read(ref _pending);

    /// <summary>A caller is tokenizing and about to enqueue: the worker waits a moment for its texts.</summary>
    public void EnterSubmitting() => Interlocked.Increment(ref _submitting);

    public void ExitSubmitting() => Interlocked.Decrement(ref _submitting);

    public bool TryAdmit(int count)
    {
        while (true)
        {
            var pending = Volatile.Read(ref _pending);
            if (pending + count > _options.QueueCapacity)
            {
                return false;
            }
            if (Interlocked.CompareExchange(ref _pending, pending + count, pending) == pending)
            {
                return true;
            }
        }
    }

    /// <summary>Seconds until the queue has room, from the recent throughput (1 to 60).</summary>
    public int RetryAfterSeconds() => (int)Math.Clamp(Math.Ceiling(Pending / Math.Max(_textsPerSecond, 1)), 1, 60);

    /// <summary>Admits and queues the texts at <paramref name="indexes"/>; false when there is no room for all of them.</summary>
    public PendingEmbedding? TryEnqueue(ReadOnlySpan<int> indexes, int[][] tokenIds, float[][] vectors)
    {
        if (!TryAdmit(indexes.Length))
        {
            return null;
        }
        var pending = new PendingEmbedding(indexes.Length, Activity.Current?.Context ?? default);
        foreach (var index in indexes)
        {
            // Admission keeps the channel's count within its capacity, so this never fails while running.
            if (!_channel.Writer.TryWrite(new EmbeddingWork(tokenIds[index], vectors[index], pending)))
            {
                throw new InvalidOperationException("The embedding engine is stopping.");
            }
        }
        return pending;
    }

    /// <summary>Texts embedded: their room is free again, and the throughput estimate learns from the batch.</summary>
    public void Completed(int count, double seconds)
    {
        Interlocked.Add(ref _pending, -count);
        if (seconds > 0)
        {
            _textsPerSecond = 0.8 * _textsPerSecond + 0.2 * (count / seconds);
        }
    }

    public void Complete() => _channel.Writer.TryComplete();

    public ValueTask<bool> WaitToReadAsync(CancellationToken stopping) => _channel.Reader.WaitToReadAsync(stopping);

    /// <summary>
    /// Takes up to a batch of queued texts, then waits a moment (<see cref="EmbeddingOptions.MaxBatchDelay"/>) for
    /// texts of requests being tokenized right now; nobody coming, no waiting.
    /// </summary>
    public async Task FillAsync(List<EmbeddingWork> batch, CancellationToken stopping)
    {
        var reader = _channel.Reader;
        while (batch.Count < _options.MaxBatchSize && reader.TryRead(out var work))
        {
            batch.Add(work);
        }
        var deadline = Stopwatch.GetTimestamp() + (long)(_options.MaxBatchDelay.TotalSeconds * Stopwatch.Frequency);
        while (batch.Count < _options.MaxBatchSize && Volatile.Read(ref _submitting) > 0)
        {
            var remaining = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), deadline);
            if (remaining <= TimeSpan.Zero)
            {
                break;
            }
            try
            {
                await reader.WaitToReadAsync(stopping).AsTask().WaitAsync(remaining, stopping);
            }
            catch (TimeoutException)
            {
                break;
            }
            while (batch.Count < _options.MaxBatchSize && reader.TryRead(out var work))
            {
                batch.Add(work);
            }
        }
    }
}
