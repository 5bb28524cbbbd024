using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace CareerCraft.Ml.Embeddings;

/// <summary>
/// The process's embedding engine. Loads the model once at start-up (and runs a warm-up inference, so the first user
/// request does not pay for ONNX Runtime's lazy initialisation), then serves every caller from one worker that
/// gathers queued texts of concurrent requests into batches of up to <see cref="EmbeddingOptions.MaxBatchSize"/>.
/// Callers tokenize on their own threads; the queue is bounded by <see cref="EmbeddingOptions.QueueCapacity"/> texts
/// and a request is admitted whole or refused with <see cref="EmbeddingQueueFullException"/> (503 + Retry-After).
/// The pieces: <see cref="EmbeddingQueue"/> admits and queues, <see cref="BatchPlanner"/> groups a batch by length,
/// <see cref="BatchInference"/> runs and traces one inference; this class owns the model's life and the worker.
/// </summary>
public sealed partial class MicroBatchingEmbedder : ITextEmbedder, IHostedService, IDisposable
{
    private readonly EmbeddingOptions _options;
    private readonly EmbeddingTelemetry _telemetry;
    private readonly ILogger<MicroBatchingEmbedder> _logger;
    private readonly EmbeddingQueue _queue;
    private readonly BatchInference _inferences;
    private readonly TaskCompletionSource<OnnxEmbeddingModel> _model = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _stopping = new();
    // One inference at a time, whether run by the worker or inline by a lone caller: each gets every intra-op thread.
    private readonly SemaphoreSlim _inference = new(1, 1);
    private Task _worker = Task.CompletedTask;
    private int _disposed;

    public MicroBatchingEmbedder(IOptions<EmbeddingOptions> options, EmbeddingTelemetry telemetry, ILogger<MicroBatchingEmbedder> logger)
    {
        _options = options.Value;
        _telemetry = telemetry;
        _logger = logger;
        _queue = new EmbeddingQueue(_options);
        _inferences = new BatchInference(telemetry);
        telemetry.ObserveQueueLength(() => _queue.Pending);
    }

    /// <summary>True once the model is loaded and warm.</summary>
    public bool IsReady => _model.Task.IsCompletedSuccessfully;

    public int QueueLength => _queue.Pending;

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
        _queue.Complete();
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

        _queue.EnterSubmitting();
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
                    _queue.EnterSubmitting();
                    submitting = true;
                }
                var slice = order.AsSpan(start, Math.Min(_options.QueueCapacity, order.Length - start));
                var pending = Enqueue(slice, tokenIds, vectors);
                _queue.ExitSubmitting();
                submitting = false;
                await pending.Completion.WaitAsync(cancellationToken);
            }
        }
        finally
        {
            if (submitting)
            {
                _queue.ExitSubmitting();
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
        if (tokenIds.Length > _options.MaxBatchSize || _queue.Pending != 0 || !_inference.Wait(0))
        {
            return false;
        }
        try
        {
            if (_queue.Pending != 0 || !_queue.TryAdmit(tokenIds.Length))
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
        if (_queue.TryEnqueue(indexes, tokenIds, vectors) is { } pending)
        {
            return pending;
        }
        _telemetry.Rejected.Add(indexes.Length);
        throw new EmbeddingQueueFullException(_queue.RetryAfterSeconds());
    }

    private async Task RunAsync(OnnxEmbeddingModel model, CancellationToken stopping)
    {
        var batch = new List<EmbeddingWork>(_options.MaxBatchSize);
        try
        {
            while (await _queue.WaitToReadAsync(stopping))
            {
                batch.Clear();
                await _queue.FillAsync(batch, stopping);
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

    private void Run(OnnxEmbeddingModel model, List<EmbeddingWork> batch)
    {
        batch.Sort(static (a, b) => b.TokenIds.Length.CompareTo(a.TokenIds.Length));
        var started = Stopwatch.GetTimestamp();
        try
        {
            var end = batch.Count;
            var starts = BatchPlanner.PaddingAwareGroups(batch);
            for (var g = starts.Count - 1; g >= 0; g--)
            {
                _inferences.Infer(model, batch, starts[g], end - starts[g]);
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
            _queue.Completed(batch.Count, Stopwatch.GetElapsedTime(started).TotalSeconds);
        }
    }

    public void Dispose()
    {
        // A host may dispose its services without stopping them first (a failed start, a test factory torn down).
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }
        _queue.Complete();
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
