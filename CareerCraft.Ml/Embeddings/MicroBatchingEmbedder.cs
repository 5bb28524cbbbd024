using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace CareerCraft.Ml.Embeddings;

/// <summary>
/// The process's embedding engine. Loads the model once at start-up (and runs a warm-up inference, so the first user
/// request does not pay for ONNX Runtime's lazy initialisation), then serves every caller from one worker that
/// gathers queued texts of concurrent requests into batches of up to <see cref="EmbeddingOptions.MaxBatchSize"/>.
/// Callers tokenize on their own threads; the queue is bounded by <see cref="EmbeddingOptions.QueueCapacity"/> texts
/// and a request is admitted whole or refused with <see cref="EmbeddingQueueFullException"/> (503 + Retry-After).
/// </summary>
public sealed partial class MicroBatchingEmbedder : ITextEmbedder, IHostedService, IDisposable
{
    private readonly EmbeddingOptions _options;
    private readonly EmbeddingTelemetry _telemetry;
    private readonly ILogger<MicroBatchingEmbedder> _logger;
    private readonly Channel<EmbeddingWork> _queue;
    private readonly TaskCompletionSource<OnnxEmbeddingModel> _model = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _stopping = new();
    // One inference at a time, whether run by the worker or inline by a lone caller: each gets every intra-op thread.
    private readonly SemaphoreSlim _inference = new(1, 1);
    private Task _worker = Task.CompletedTask;

    // Texts admitted and not yet embedded (the queue length), and callers between entering and enqueuing.
    private int _pending;
    private int _submitting;
    // Recent throughput, for an honest Retry-After.
    private double _textsPerSecond = 100;
    private int _disposed;

    public MicroBatchingEmbedder(IOptions<EmbeddingOptions> options, EmbeddingTelemetry telemetry, ILogger<MicroBatchingEmbedder> logger)
    {
        _options = options.Value;
        _telemetry = telemetry;
        _logger = logger;
        _queue = Channel.CreateBounded<EmbeddingWork>(new BoundedChannelOptions(_options.QueueCapacity)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        telemetry.ObserveQueueLength(() => Volatile.Read(ref _pending));
    }

    /// <summary>True once the model is loaded and warm.</summary>
    public bool IsReady => _model.Task.IsCompletedSuccessfully;

    public int QueueLength => Volatile.Read(ref _pending);

    // Only reachable before start-up completes when something embeds during start-up; then it waits for the model.
    public int Dimensions => _model.Task.GetAwaiter().GetResult().Info.Dimensions;

    public async Task<ModelInfo> GetModelInfoAsync(CancellationToken cancellationToken = default) =>
        (await _model.Task.WaitAsync(cancellationToken)).Info;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            var started = Stopwatch.GetTimestamp();
            var model = await Task.Run(() => OnnxEmbeddingModel.Load(_options, _logger), cancellationToken);
            model.Embed([model.Tokenizer.Encode("Warm-up sentence for the embedding model.")], [new float[model.Info.Dimensions]]);
            _model.SetResult(model);
            LogLoaded(model.Info.Name, model.Info.ExecutionProvider, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (Exception e)
        {
            _model.TrySetException(e);
            throw;
        }
        _worker = Task.Run(() => RunAsync(_model.Task.Result, _stopping.Token), CancellationToken.None);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        if (Volatile.Read(ref _disposed) == 0)
        {
            await _stopping.CancelAsync();
        }
        await _worker.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    public async Task<float[][]> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (texts.Count == 0)
        {
            return [];
        }
        var model = await _model.Task.WaitAsync(cancellationToken);
        var dimensions = model.Info.Dimensions;
        var vectors = new float[texts.Count][];
        var tokenIds = new int[texts.Count][];

        Interlocked.Increment(ref _submitting);
        var submitting = true;
        try
        {
            for (var i = 0; i < texts.Count; i++)
            {
                tokenIds[i] = model.Tokenizer.Encode(texts[i] ?? string.Empty);
                vectors[i] = new float[dimensions];
            }
            if (TryRunAlone(model, tokenIds, vectors))
            {
                return vectors;
            }
            // Queue a request's texts by length, so the batches cut from a large request pad little.
            var order = Enumerable.Range(0, texts.Count).ToArray();
            if (order.Length > 1)
            {
                Array.Sort(order, (a, b) => tokenIds[b].Length.CompareTo(tokenIds[a].Length));
            }

            // A request larger than the whole queue goes in queue-sized slices, one after the other.
            for (var start = 0; start < order.Length; start += _options.QueueCapacity)
            {
                if (!submitting)
                {
                    Interlocked.Increment(ref _submitting);
                    submitting = true;
                }
                var slice = order.AsSpan(start, Math.Min(_options.QueueCapacity, order.Length - start));
                var pending = Enqueue(slice, tokenIds, vectors);
                Interlocked.Decrement(ref _submitting);
                submitting = false;
                await pending.Completion.WaitAsync(cancellationToken);
            }
        }
        finally
        {
            if (submitting)
            {
                Interlocked.Decrement(ref _submitting);
            }
        }
        return vectors;
    }

    /// <summary>
    /// When nothing is queued or running and the texts fit one batch, the caller runs the inference itself: batching
    /// has nothing to gain then, and skipping the two thread hops through the worker keeps a lone request at the
    /// bare session's speed.
    /// </summary>
    private bool TryRunAlone(OnnxEmbeddingModel model, int[][] tokenIds, float[][] vectors)
    {
        if (tokenIds.Length > _options.MaxBatchSize || Volatile.Read(ref _pending) != 0 || !_inference.Wait(0))
        {
            return false;
        }
        try
        {
            if (Volatile.Read(ref _pending) != 0 || !TryAdmit(tokenIds.Length))
            {
                return false;
            }
            var owner = new PendingEmbedding(tokenIds.Length, Activity.Current?.Context ?? default);
            var batch = new List<EmbeddingWork>(tokenIds.Length);
            for (var i = 0; i < tokenIds.Length; i++)
            {
                batch.Add(new EmbeddingWork(tokenIds[i], vectors[i], owner));
            }
            Run(model, batch);
            // Run reports a failed inference through the owner; surface it to this caller as the worker path would.
            owner.Completion.GetAwaiter().GetResult();
            return true;
        }
        finally
        {
            _inference.Release();
        }
    }

    private PendingEmbedding Enqueue(ReadOnlySpan<int> indexes, int[][] tokenIds, float[][] vectors)
    {
        if (!TryAdmit(indexes.Length))
        {
            _telemetry.Rejected.Add(indexes.Length);
            var retryAfter = (int)Math.Clamp(Math.Ceiling(QueueLength / Math.Max(_textsPerSecond, 1)), 1, 60);
            throw new EmbeddingQueueFullException(retryAfter);
        }
        var pending = new PendingEmbedding(indexes.Length, Activity.Current?.Context ?? default);
        foreach (var index in indexes)
        {
            // Admission keeps the channel's count within its capacity, so this never fails while running.
            if (!_queue.Writer.TryWrite(new EmbeddingWork(tokenIds[index], vectors[index], pending)))
            {
                throw new InvalidOperationException("The embedding engine is stopping.");
            }
        }
        return pending;
    }

    private bool TryAdmit(int count)
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

    private async Task RunAsync(OnnxEmbeddingModel model, CancellationToken stopping)
    {
        var batch = new List<EmbeddingWork>(_options.MaxBatchSize);
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stopping))
            {
                batch.Clear();
                await FillAsync(batch, stopping);
                await _inference.WaitAsync(stopping);
                try
                {
                    Run(model, batch);
                }
                finally
                {
                    _inference.Release();
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Shutting down: texts still queued belong to requests the server is abandoning.
        }
    }

    private async Task FillAsync(List<EmbeddingWork> batch, CancellationToken stopping)
    {
        var reader = _queue.Reader;
        while (batch.Count < _options.MaxBatchSize && reader.TryRead(out var work))
        {
            batch.Add(work);
        }
        // Wait a moment for texts of requests that are being tokenized right now; nobody coming, no waiting.
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

    private void Run(OnnxEmbeddingModel model, List<EmbeddingWork> batch)
    {
        batch.Sort(static (a, b) => b.TokenIds.Length.CompareTo(a.TokenIds.Length));
        var started = Stopwatch.GetTimestamp();
        try
        {
            var end = batch.Count;
            var starts = PaddingAwareGroups(batch);
            for (var g = starts.Count - 1; g >= 0; g--)
            {
                Infer(model, batch, starts[g], end - starts[g]);
                end = starts[g];
            }
            foreach (var work in batch)
            {
                work.Owner.TextDone();
            }
        }
        catch (Exception e)
        {
            LogInferenceFailed(e, batch.Count);
            foreach (var work in batch)
            {
                work.Owner.Fail(e);
            }
        }
        finally
        {
            Interlocked.Add(ref _pending, -batch.Count);
            var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            if (seconds > 0)
            {
                _textsPerSecond = 0.8 * _textsPerSecond + 0.2 * (batch.Count / seconds);
            }
        }
    }

    /// <summary>
    /// Splits a batch sorted longest first into runs of similar length. The model's cost grows with rows × padded
    /// length, so padding a 16-token sentence to a 23-token neighbour wastes 30% of its row; another inference costs
    /// a fixed overhead instead. Dynamic programming over the split points picks the cheapest grouping (a batch is at
    /// most <see cref="EmbeddingOptions.MaxBatchSize"/> texts, so the quadratic search is cheap). Returns group starts.
    /// </summary>
    private static List<int> PaddingAwareGroups(List<EmbeddingWork> sorted)
    {
        // Roughly what one more inference costs, in padded tokens (an estimate of ONNX Runtime's fixed per-call work).
        const long InferenceOverheadTokens = 32;
        var count = sorted.Count;
        var cost = new long[count + 1];
        var groupStart = new int[count + 1];
        for (var end = 1; end <= count; end++)
        {
            cost[end] = long.MaxValue;
            for (var start = 0; start < end; start++)
            {
                // Sorted longest first, so the group pads to its first text's length.
                var candidate = cost[start] + (long)(end - start) * sorted[start].TokenIds.Length + InferenceOverheadTokens;
                if (candidate < cost[end])
                {
                    cost[end] = candidate;
                    groupStart[end] = start;
                }
            }
        }
        var starts = new List<int>();
        for (var end = count; end > 0; end = groupStart[end])
        {
            starts.Add(groupStart[end]);
        }
        starts.Reverse();
        return starts;
    }

    private void Infer(OnnxEmbeddingModel model, List<EmbeddingWork> batch, int start, int count)
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

        _telemetry.BatchSize.Record(count);
        _telemetry.InferenceDuration.Record(elapsed);
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

    public void Dispose()
    {
        // A host may dispose its services without stopping them first (a failed start, a test factory torn down).
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }
        _queue.Writer.TryComplete();
        _stopping.Cancel();
        // Never free the session under a running inference: wait for it (they take milliseconds to seconds).
        var idle = _inference.Wait(TimeSpan.FromSeconds(30));
        if (_model.Task.IsCompletedSuccessfully)
        {
            _model.Task.Result.Dispose();
        }
        if (idle)
        {
            _inference.Release();
        }
        _inference.Dispose();
        _stopping.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Embedding model {Name} loaded on {Provider} and warm in {Milliseconds:F0} ms")]
    private partial void LogLoaded(string name, ExecutionProviderKind provider, double milliseconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "An inference of {Count} texts failed")]
    private partial void LogInferenceFailed(Exception error, int count);
}
