using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace CareerCraft.Ml.Extraction.Workers;

/// <summary>The extraction worker processes (configuration section <c>Ml:Extraction:Workers</c>).</summary>
public sealed class ExtractionWorkerOptions
{
    public const string SectionName = "Ml:Extraction:Workers";

    /// <summary>Below this a worker cannot hold the runtime, a PDF and the OCR model together.</summary>
    public const int MinimumMegabytesPerWorker = 256;

    /// <summary>
    /// Memory of all workers together, split evenly between them; each worker's share is enforced by the operating
    /// system on its writable memory, native libraries included (Linux <c>RLIMIT_DATA</c>), and by the GC's hard limit.
    /// </summary>
    [Range(MinimumMegabytesPerWorker, 1024 * 1024)]
    public int MemoryLimitMegabytes { get; set; } = 1024;

    /// <summary>Files a worker reads before it is replaced by a fresh one.</summary>
    [Range(1, 1_000_000)]
    public int FilesPerWorker { get; set; } = 200;

    /// <summary>How long a new worker may take to start and warm up before it is killed and started again.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan StartTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Past the extraction's own time budget (which ends reading between pages), how long a file may keep its worker
    /// before the worker is killed: the bound for a file stuck inside one page.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan KillGrace { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Files that killed a worker, remembered by hash so a repeat is refused without another worker's death.</summary>
    [Range(0, 100_000)]
    public int RememberedKillers { get; set; } = 1_000;

    /// <summary>
    /// Workers one user's files may hold at once (0 = half the pool, at least one), so a user sending slow or hostile
    /// files cannot make everyone else wait.
    /// </summary>
    [Range(0, 256)]
    public int MaxFilesPerRequester { get; set; }

    public static int PoolSize(ExtractionOptions extraction) =>
        extraction.MaxConcurrency > 0 ? extraction.MaxConcurrency : Math.Clamp(Environment.ProcessorCount, 1, 4);

    public long MemoryBytesPerWorker(int poolSize) => (long)MemoryLimitMegabytes * 1024 * 1024 / poolSize;
}

/// <summary>Refuses a memory ceiling too small for the pool it is shared by.</summary>
internal sealed class ExtractionWorkerOptionsValidator(IOptions<ExtractionOptions> extraction) : IValidateOptions<ExtractionWorkerOptions>
{
    public ValidateOptionsResult Validate(string? name, ExtractionWorkerOptions options)
    {
        var poolSize = ExtractionWorkerOptions.PoolSize(extraction.Value);
        var perWorker = options.MemoryLimitMegabytes / poolSize;
        return perWorker >= ExtractionWorkerOptions.MinimumMegabytesPerWorker
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"{ExtractionWorkerOptions.SectionName}:MemoryLimitMegabytes = {options.MemoryLimitMegabytes} gives each of the {poolSize} extraction " +
                $"workers {perWorker} MB, under the {ExtractionWorkerOptions.MinimumMegabytesPerWorker} MB one needs: raise it, or lower Ml:Extraction:MaxConcurrency.");
    }
}
