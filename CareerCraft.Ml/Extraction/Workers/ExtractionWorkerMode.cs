using System.Diagnostics;
using Microsoft.Extensions.Options;
using CareerCraft.ServiceDefaults.Files;

namespace CareerCraft.Ml.Extraction.Workers;

/// <summary>
/// The ML executable started with <see cref="Argument"/>: an extraction worker instead of the web service. It reads
/// files one at a time from stdin and answers on the pipe that was stdout; everything else the process writes (our
/// logs, native libraries' chatter) goes to stderr, which the service logs. Its death costs one file: the service
/// answers that file with a 422 and starts another worker.
/// </summary>
public static class ExtractionWorkerMode
{
    public const string Argument = "--extraction-worker";

    public static bool IsRequested(string[] args) => args is [Argument, ..];

    public static async Task<int> RunAsync()
    {
        using var stdio = WorkerStdio.Take();
        using var loggerFactory = LoggerFactory.Create(logging => logging
            .SetMinimumLevel(LogLevel.Information)
            .AddProvider(new StderrLineLoggerProvider()));
        var logger = loggerFactory.CreateLogger("CareerCraft.Ml.Extraction.Worker");

        var settings = await WorkerProtocol.ReadMessageAsync<WorkerSettings>(stdio.Input, CancellationToken.None);
        if (settings is null)
        {
            return 0;
        }
        using var ocr = new OcrEngine(Options.Create(settings.Ocr), loggerFactory.CreateLogger<OcrEngine>());
        var reader = new ResumeFileReader(settings.Extraction, ocr, logger);
        WarmUp(reader, ocr);
        await WorkerProtocol.WriteMessageAsync(stdio.Output, new WorkerHello(Environment.ProcessId, ocr.UnavailableReason), CancellationToken.None);

        while (await WorkerProtocol.ReadMessageAsync<WorkerJob>(stdio.Input, CancellationToken.None) is { } job)
        {
            var content = await WorkerProtocol.ReadFrameAsync(stdio.Input, CancellationToken.None)
                ?? throw new WorkerProtocolException("the file frame is missing");
            var (result, fault, exiting) = Read(reader, job, content, logger);
            ReleaseMemory(settings.MemoryBytes);
            using var self = Process.GetCurrentProcess();
            var reply = new WorkerReply(result, fault is null ? null : WorkerFault.From(fault), self.WorkingSet64, self.PeakWorkingSet64, exiting);
            await WorkerProtocol.WriteMessageAsync(stdio.Output, reply, CancellationToken.None);
            if (reply.Exiting)
            {
                return ExitCodes.OutOfMemory;
            }
        }
        return 0;
    }

    /// <summary>The file's result, or the problem it caused; <c>Exiting</c> when this worker must end after answering.</summary>
    private static (ExtractTextResponse? Result, ProblemException? Fault, bool Exiting) Read(
        ResumeFileReader reader, WorkerJob job, byte[] content, ILogger logger)
    {
        try
        {
            return (reader.Read(job.Format, content, job.FileName), null, false);
        }
        catch (ProblemException ex)
        {
            return (null, ex, false);
        }
        catch (InsufficientExecutionStackException)
        {
            return (null, ExtractionErrors.TooComplex("it nests its content deeper than the reader can follow"), false);
        }
        catch (OutOfMemoryException)
        {
            // The heap limit was reached; what the runtime holds after that is not trusted, so this worker ends.
            return (null, ExtractionErrors.TooComplex("reading it needs more memory than a resume can"), true);
        }
        catch (Exception ex)
        {
            logger.LogInformation("Reading failed: {ExceptionType}: {Message}", ex.GetType().Name, ex.Message);
            return (null, FileProblems.Damaged("The file is damaged and could not be read: export it again and upload the new copy."), false);
        }
    }

    // Past this share of the ceiling after a file, the heap is compacted and handed back to the system: memory the GC
    // keeps counts against the worker's ceiling, which native code (Tesseract) also needs for the next file. Below it
    // the GC is left alone: a full compacting collection after every file doubled a worker's CPU per file.
    private const double ReleaseAtShare = 0.35;

    private static void ReleaseMemory(long ceilingBytes)
    {
        if (Environment.WorkingSet > ceilingBytes * ReleaseAtShare)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }
    }

    /// <summary>
    /// Compiles the reading paths and loads the OCR model before the worker says it is ready: without it the first file
    /// pays about 2 s of JIT and font-table set-up, and the hot parsing code stays at the slow first JIT tier.
    /// </summary>
    private static void WarmUp(ResumeFileReader reader, OcrEngine ocr)
    {
        var pdf = WarmupDocument.TwoColumnPdf();
        for (var round = 0; round < WarmupRounds; round++)
        {
            reader.WarmUp(pdf);
        }
        ocr.EnsureInitialised();
    }

    // Tiered compilation promotes a method after 30 calls; a round calls the page-level code once per page.
    private const int WarmupRounds = 20;

    /// <summary>How a worker's exit tells the service why it ended.</summary>
    public static class ExitCodes
    {
        public const int OutOfMemory = 3;
    }
}
