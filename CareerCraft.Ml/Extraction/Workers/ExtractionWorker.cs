using System.Diagnostics;

namespace CareerCraft.Ml.Extraction.Workers;

/// <summary>
/// The service's handle on one worker process: starts it under its limits, sends it one file at a time and kills it
/// when a file overstays its deadline or the protocol breaks. Not thread-safe: the pool lends it to one file at a time.
/// </summary>
internal sealed partial class ExtractionWorker : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Task _stderrPump;

    private ExtractionWorker(Process process, Task stderrPump)
    {
        _process = process;
        _stderrPump = stderrPump;
    }

    public int ProcessId => _process.Id;

    public int FilesRead { get; private set; }

    public string? OcrUnavailableReason { get; private set; }

    public static async Task<ExtractionWorker> StartAsync(WorkerSettings settings, long memoryBytes, TimeSpan timeout, ILogger logger)
    {
        var process = Process.Start(WorkerLaunch.StartInfo(memoryBytes))
            ?? throw new InvalidOperationException("The extraction worker process did not start.");
        var worker = new ExtractionWorker(process, PumpStderrAsync(process, logger));
        try
        {
            ProcessLimits.Apply(process.Id, memoryBytes);
            using var startup = new CancellationTokenSource(timeout);
            await WorkerProtocol.WriteMessageAsync(process.StandardInput.BaseStream, settings, startup.Token);
            var hello = await WorkerProtocol.ReadMessageAsync<WorkerHello>(process.StandardOutput.BaseStream, startup.Token)
                ?? throw new InvalidOperationException($"The extraction worker ended during start-up ({worker.ExitDescription()}).");
            worker.OcrUnavailableReason = hello.OcrUnavailableReason;
            return worker;
        }
        catch (Exception ex)
        {
            await worker.DisposeAsync();
            throw ex as InvalidOperationException
                ?? new InvalidOperationException($"The extraction worker did not become ready within {timeout.TotalSeconds:0} s: {ex.Message}", ex);
        }
    }

    public bool HasExited => _process.HasExited;

    /// <summary>
    /// The worker's answer for one file; throws <see cref="WorkerLostException"/> when the worker is lost on it, or
    /// <see cref="WorkerGoneException"/> when it was already gone before it could read the file (not the file's doing).
    /// </summary>
    public async Task<WorkerReply> ReadAsync(WorkerJob job, ReadOnlyMemory<byte> content, TimeSpan deadline)
    {
        FilesRead++;
        using var timer = new CancellationTokenSource(deadline);
        var input = _process.StandardInput.BaseStream;
        try
        {
            await WorkerProtocol.WriteMessageAsync(input, job, timer.Token);
            await WorkerProtocol.WriteFrameAsync(input, content, timer.Token);
        }
        catch (IOException)
        {
            // No reader on the pipe: the worker died before it had the file.
            Kill();
            await WaitForExitAsync();
            throw new WorkerGoneException(ExitDescription());
        }
        catch (OperationCanceledException) when (timer.IsCancellationRequested)
        {
            Kill();
            throw new WorkerLostException(WorkerLoss.Deadline, $"killed after {deadline.TotalSeconds:0.#} s");
        }
        try
        {
            var reply = await WorkerProtocol.ReadMessageAsync<WorkerReply>(_process.StandardOutput.BaseStream, timer.Token);
            if (reply is not null)
            {
                return reply;
            }
        }
        catch (OperationCanceledException) when (timer.IsCancellationRequested)
        {
            Kill();
            throw new WorkerLostException(WorkerLoss.Deadline, $"killed after {deadline.TotalSeconds:0.#} s");
        }
        catch (Exception ex) when (ex is IOException or WorkerProtocolException or ObjectDisposedException)
        {
            // A broken pipe or a short frame: the worker died mid-file, or wrote what it should not have.
            Kill();
        }
        await WaitForExitAsync();
        throw new WorkerLostException(WorkerLoss.Died, ExitDescription());
    }

    private void Kill()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    private async Task WaitForExitAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            Kill();
        }
    }

    /// <summary>How the process ended, in words for the log: a signal (137 is SIGKILL, 134 abort, 139 segfault) or code.</summary>
    public string ExitDescription()
    {
        if (!_process.HasExited)
        {
            return "still running";
        }
        return _process.ExitCode switch
        {
            ExtractionWorkerMode.ExitCodes.OutOfMemory => "exited at its memory limit",
            > 128 and < 128 + 65 when !OperatingSystem.IsWindows() => $"ended by signal {_process.ExitCode - 128}",
            var code => $"exited with code {code}",
        };
    }

    /// <summary>Closes the worker's stdin, which ends its loop; a worker that does not leave at once is killed.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            _process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The pipe is already broken: the worker is gone.
        }
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2)))
        {
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                Kill();
                await WaitForExitAsync();
            }
        }
        await _stderrPump.WaitAsync(TimeSpan.FromSeconds(2)).ContinueWith(static _ => { }, TaskScheduler.Default);
        _process.Dispose();
    }

    private static async Task PumpStderrAsync(Process process, ILogger logger)
    {
        var pid = process.Id;
        try
        {
            while (await process.StandardError.ReadLineAsync() is { } line)
            {
                var (level, category, message) = WorkerLogLine.Parse(line);
                if (logger.IsEnabled(level))
                {
                    LogWorkerLine(logger, level, pid, category, message);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or InvalidOperationException)
        {
            // The worker is gone; its last words were read.
        }
    }

    [LoggerMessage(Message = "Extraction worker {ProcessId} ({Category}): {Message}")]
    private static partial void LogWorkerLine(ILogger logger, LogLevel level, int processId, string category, string message);
}

internal enum WorkerLoss
{
    /// <summary>The file kept the worker past its deadline; the worker was killed.</summary>
    Deadline,

    /// <summary>The worker died (stack overflow, memory limit, a native crash) or broke the protocol.</summary>
    Died,
}

/// <summary>The worker had ended before it was given the file: another worker reads it.</summary>
internal sealed class WorkerGoneException(string how) : Exception($"The extraction worker had already ended: {how}.");

internal sealed class WorkerLostException(WorkerLoss loss, string how) : Exception($"The extraction worker was lost: {how}.")
{
    public WorkerLoss Loss { get; } = loss;

    public string How { get; } = how;
}
