using System.Diagnostics.Metrics;
using System.Security.Cryptography;
using System.Threading.Channels;
using Microsoft.Extensions.Options;
using CareerCraft.ServiceDefaults.Files;

namespace CareerCraft.Ml.Extraction.Workers;

/// <summary>
/// The extraction worker processes (DESIGN.md section 7): as many as extractions may run at once, each under its own
/// memory ceiling, each file under a deadline after which its worker is killed, each worker replaced after
/// <see cref="ExtractionWorkerOptions.FilesPerWorker"/> files. A worker lost on a file costs that file a 422 and
/// nobody else anything; the file's hash is remembered so sending it again costs no second worker.
/// </summary>
public sealed partial class ExtractionWorkerPool : IHostedService, IAsyncDisposable
{
    private static readonly TimeSpan MaxRestartDelay = TimeSpan.FromSeconds(30);

    private readonly ExtractionOptions _extraction;
    private readonly ExtractionWorkerOptions _options;
    private readonly WorkerSettings _settings;
    private readonly ILogger<ExtractionWorkerPool> _logger;
    private readonly Channel<ExtractionWorker> _idle = Channel.CreateUnbounded<ExtractionWorker>();
    private readonly TaskCompletionSource _firstReady = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _stopping = new();
    private readonly KillerFiles _killers;
    private readonly RequesterGate _requesters;
    private readonly Counter<long> _losses;
    private readonly Counter<long> _starts;
    private readonly int _maxInFlight;
    private int _inFlight;
    private int _lost;
    private int _started;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<int, byte> _processIds = new();
    private long _peakResidentBytes;

    public ExtractionWorkerPool(
        IOptions<ExtractionOptions> extraction,
        IOptions<ExtractionWorkerOptions> options,
        IOptions<OcrOptions> ocr,
        IMeterFactory meters,
        ILogger<ExtractionWorkerPool> logger)
    {
        _extraction = extraction.Value;
        _options = options.Value;
        _logger = logger;
        Size = ExtractionWorkerOptions.PoolSize(_extraction);
        MemoryBytesPerWorker = _options.MemoryBytesPerWorker(Size);
        _settings = new WorkerSettings(_extraction, ocr.Value, MemoryBytesPerWorker);
        _maxInFlight = Size + _extraction.QueueLimit;
        _killers = new KillerFiles(_options.RememberedKillers);
        PerRequester = _options.MaxFilesPerRequester > 0 ? Math.Min(_options.MaxFilesPerRequester, Size) : Math.Max(1, Size / 2);
        _requesters = new RequesterGate(PerRequester);
        var meter = meters.Create("CareerCraft.Ml.Extraction");
        _starts = meter.CreateCounter<long>("careercraft.extraction.workers.started", description: "Extraction worker processes started.");
        _losses = meter.CreateCounter<long>("careercraft.extraction.workers.lost", description: "Extraction workers killed or dead on a file.");
    }

    public int Size { get; }

    public long MemoryBytesPerWorker { get; }

    /// <summary>Workers one requester's files may hold at once.</summary>
    public int PerRequester { get; }

    /// <summary>Workers started and not yet lost or retired.</summary>
    public int Alive => _processIds.Count;

    /// <summary>Files being read or waiting for a worker.</summary>
    public int InFlight => Volatile.Read(ref _inFlight);

    /// <summary>Workers lost on a file (killed at the deadline, or dead) since start.</summary>
    public int Lost => Volatile.Read(ref _lost);

    /// <summary>Workers started since start, replacements included.</summary>
    public int Started => Volatile.Read(ref _started);

    /// <summary>The process ids of the workers now running.</summary>
    public IReadOnlyCollection<int> ProcessIds => _processIds.Keys.ToList();

    /// <summary>The highest resident memory a worker reported after a file.</summary>
    public long PeakWorkerResidentBytes => Interlocked.Read(ref _peakResidentBytes);

    public string? LastStartError { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!ProcessLimits.Supported)
        {
            LogNoOsLimit(_logger, Environment.OSVersion.Platform.ToString());
        }
        for (var i = 0; i < Size; i++)
        {
            _ = StartWorkerAsync();
        }
        // The service takes traffic once it can read a file, as it did when extraction was in process.
        var ready = await Task.WhenAny(_firstReady.Task, Task.Delay(_options.StartTimeout, cancellationToken));
        if (ready != _firstReady.Task)
        {
            LogNotReady(_logger, _options.StartTimeout.TotalSeconds, LastStartError ?? "still starting");
        }
    }

    /// <summary>
    /// Reads the file in a worker; file-caused failures throw <see cref="ProblemException"/>. Files of one
    /// <paramref name="requester"/> (the signed-in user) take at most <see cref="PerRequester"/> workers at once.
    /// </summary>
    public async Task<ExtractTextResponse> ExtractAsync(
        ResumeFormat format, ReadOnlyMemory<byte> content, string fileName, string requester, CancellationToken cancellationToken)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(content.Span));
        if (_killers.Contains(hash))
        {
            throw ExtractionErrors.TooComplex("the same file already stopped our reader");
        }
        if (Interlocked.Increment(ref _inFlight) > _maxInFlight)
        {
            Interlocked.Decrement(ref _inFlight);
            throw ExtractionErrors.Overloaded();
        }
        try
        {
            var turn = await WaitForTurnAsync(requester, cancellationToken);
            // The file keeps its worker (and its requester's turn) until the worker answers or is killed, even when
            // this request stops waiting: the worker cannot be handed to anyone else mid-file.
            var reading = ReadAsync(new WorkerJob(fileName, format), content, hash, cancellationToken);
            _ = reading.ContinueWith(static (_, pass) => ((IDisposable)pass!).Dispose(), turn, TaskScheduler.Default);
            return await reading.WaitAsync(cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private async Task<IDisposable> WaitForTurnAsync(string requester, CancellationToken cancellationToken)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        wait.CancelAfter(QueueTimeout);
        try
        {
            return await _requesters.EnterAsync(requester, wait.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw ExtractionErrors.Overloaded();
        }
    }

    // By then every busy worker has answered or been killed: waiting longer means the pool cannot keep up.
    private TimeSpan QueueTimeout => _extraction.TimeBudget + _options.KillGrace;

    /// <summary>An idle worker; one that ended while idle (killed from outside, say) is replaced, not lent.</summary>
    private async Task<ExtractionWorker> LeaseAsync(CancellationToken cancellationToken)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        wait.CancelAfter(QueueTimeout);
        try
        {
            while (true)
            {
                var worker = await _idle.Reader.ReadAsync(wait.Token);
                if (!worker.HasExited)
                {
                    return worker;
                }
                LogIdleWorkerGone(_logger, worker.ProcessId, worker.ExitDescription());
                await RetireAsync(worker);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw ExtractionErrors.Overloaded();
        }
    }

    private async Task<ExtractTextResponse> ReadAsync(WorkerJob job, ReadOnlyMemory<byte> content, string hash, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var worker = await LeaseAsync(cancellationToken);
            try
            {
                return await ReadAsync(worker, job, content, hash);
            }
            catch (WorkerGoneException gone)
            {
                LogIdleWorkerGone(_logger, worker.ProcessId, gone.Message);
                await RetireAsync(worker);
                if (attempt == MaxAttemptsWhenWorkersAreGone)
                {
                    throw ExtractionErrors.Overloaded();
                }
            }
            catch (WorkerLostException lost) when (MayBeEarlierFilesDoing(lost, worker))
            {
                // A worker that read other files before may have died of what they left behind (memory the GC keeps,
                // say): the file is blamed only if it also kills a fresh worker.
                LogRetryingOnFreshWorker(_logger, worker.ProcessId, lost.How, content.Length, hash);
                await RetireAsync(worker, replace: false);
                var fresh = await StartFreshAsync();
                return await ReadAsync(fresh, job, content, hash);
            }
        }
    }

    // A worker still holding this share of its ceiling after a file (and after handing back what the GC would free) is
    // replaced: the next file, or Tesseract's native memory, would start short.
    private const double RetireAtShare = 0.5;

    // A death in a worker that read other files before may be theirs; a fresh worker's death, or a deadline, is the file's.
    private static bool MayBeEarlierFilesDoing(WorkerLostException lost, ExtractionWorker worker) =>
        lost.Loss == WorkerLoss.Died && worker.FilesRead > 1;

    // A worker found dead before it had the file is not the file's doing; past this many the pool is failing: 503.
    private const int MaxAttemptsWhenWorkersAreGone = 3;

    /// <summary>
    /// One file in one worker. Throws <see cref="WorkerGoneException"/> when the worker was dead before it had the
    /// file, <see cref="WorkerLostException"/> when it died on a worker that had read other files (the caller retries),
    /// and the file's <see cref="ProblemException"/> otherwise.
    /// </summary>
    private async Task<ExtractTextResponse> ReadAsync(ExtractionWorker worker, WorkerJob job, ReadOnlyMemory<byte> content, string hash)
    {
        WorkerReply reply;
        try
        {
            reply = await worker.ReadAsync(job, content, _extraction.TimeBudget + _options.KillGrace);
        }
        catch (WorkerLostException lost) when (!MayBeEarlierFilesDoing(lost, worker))
        {
            Interlocked.Increment(ref _lost);
            _losses.Add(1, new KeyValuePair<string, object?>("reason", lost.Loss.ToString()));
            LogWorkerLost(_logger, worker.ProcessId, lost.How, job.Format, content.Length, hash);
            if (lost.Loss == WorkerLoss.Died)
            {
                // It killed a fresh worker: the file's doing for certain. A file past its deadline may have met a
                // stalled machine, so only deaths are remembered.
                _killers.Add(hash);
            }
            await RetireAsync(worker);
            throw lost.Loss == WorkerLoss.Deadline
                ? ExtractionErrors.TooComplex($"reading it took longer than the {(_extraction.TimeBudget + _options.KillGrace).TotalSeconds:0} s a file may take")
                : ExtractionErrors.TooComplex("it stopped our reader (it is malformed in a way, or far more complex than, a resume can be)");
        }

        RecordPeak(reply.PeakResidentBytes);
        if (reply.Exiting || worker.FilesRead >= _options.FilesPerWorker || reply.ResidentBytes > MemoryBytesPerWorker * RetireAtShare)
        {
            // Leaving, due for replacement, or holding half its ceiling after a large file: a fresh worker takes its place.
            await RetireAsync(worker);
        }
        else
        {
            _idle.Writer.TryWrite(worker);
        }
        return reply.Fault is { } fault ? throw fault.ToException() : reply.Result!;
    }

    private void RecordPeak(long bytes)
    {
        var current = Interlocked.Read(ref _peakResidentBytes);
        while (bytes > current && Interlocked.CompareExchange(ref _peakResidentBytes, bytes, current) != current)
        {
            current = Interlocked.Read(ref _peakResidentBytes);
        }
    }

    private async Task RetireAsync(ExtractionWorker worker, bool replace = true)
    {
        _processIds.TryRemove(worker.ProcessId, out _);
        if (replace)
        {
            _ = StartWorkerAsync();
        }
        await worker.DisposeAsync();
    }

    /// <summary>A new worker for one file, outside the idle queue; it joins the pool after that file.</summary>
    private async Task<ExtractionWorker> StartFreshAsync()
    {
        try
        {
            var worker = await ExtractionWorker.StartAsync(_settings, MemoryBytesPerWorker, _options.StartTimeout, _logger);
            Joined(worker);
            return worker;
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            LastStartError = ex.Message;
            _ = StartWorkerAsync();
            throw ExtractionErrors.Overloaded();
        }
    }

    private void Joined(ExtractionWorker worker)
    {
        _starts.Add(1);
        Interlocked.Increment(ref _started);
        _processIds[worker.ProcessId] = 0;
        LastStartError = null;
        LogWorkerReady(_logger, worker.ProcessId, MemoryBytesPerWorker / (1024 * 1024));
    }

    /// <summary>Starts one worker and puts it in the idle queue, retrying with a growing delay while starts fail.</summary>
    private async Task StartWorkerAsync()
    {
        for (var attempt = 0; !_stopping.IsCancellationRequested; attempt++)
        {
            try
            {
                var worker = await ExtractionWorker.StartAsync(_settings, MemoryBytesPerWorker, _options.StartTimeout, _logger);
                if (_stopping.IsCancellationRequested)
                {
                    await worker.DisposeAsync();
                    return;
                }
                Joined(worker);
                _idle.Writer.TryWrite(worker);
                _firstReady.TrySetResult();
                return;
            }
            catch (Exception ex) when (ex is InvalidOperationException or System.ComponentModel.Win32Exception)
            {
                LastStartError = ex.Message;
                LogStartFailed(_logger, ex, attempt + 1);
            }
            var delay = TimeSpan.FromMilliseconds(Math.Min(MaxRestartDelay.TotalMilliseconds, 500 * Math.Pow(2, attempt)));
            try
            {
                await Task.Delay(delay, _stopping.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => DisposeAsync().AsTask();

    public async ValueTask DisposeAsync()
    {
        if (_stopping.IsCancellationRequested)
        {
            return;
        }
        await _stopping.CancelAsync();
        _idle.Writer.TryComplete();
        var closing = new List<Task>();
        while (_idle.Reader.TryRead(out var worker))
        {
            closing.Add(worker.DisposeAsync().AsTask());
        }
        await Task.WhenAll(closing);
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Extraction worker {ProcessId} was lost ({How}) reading a {Format} file of {Size} bytes, SHA-256 {Hash}; the file was answered 422 too-complex")]
    private static partial void LogWorkerLost(ILogger logger, int processId, string how, ResumeFormat format, int size, string hash);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Extraction worker {ProcessId} died ({How}) reading a file of {Size} bytes, SHA-256 {Hash}, after other files; reading it again in a fresh worker")]
    private static partial void LogRetryingOnFreshWorker(ILogger logger, int processId, string how, int size, string hash);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Extraction worker {ProcessId} had ended before it was given a file ({How}); it is replaced")]
    private static partial void LogIdleWorkerGone(ILogger logger, int processId, string how);

    [LoggerMessage(Level = LogLevel.Information, Message = "Extraction worker {ProcessId} ready ({MemoryMegabytes} MB memory ceiling)")]
    private static partial void LogWorkerReady(ILogger logger, int processId, long memoryMegabytes);

    [LoggerMessage(Level = LogLevel.Error, Message = "Starting an extraction worker failed (attempt {Attempt}); retrying")]
    private static partial void LogStartFailed(ILogger logger, Exception exception, int attempt);

    [LoggerMessage(Level = LogLevel.Error, Message = "No extraction worker was ready within {Seconds} s of start-up: {Reason}")]
    private static partial void LogNotReady(ILogger logger, double seconds, string reason);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Extraction workers run without an operating-system memory ceiling on {Platform} (only the GC heap limit holds); deploy on Linux for the full isolation")]
    private static partial void LogNoOsLimit(ILogger logger, string platform);
}
