// Extraction benchmark, our side: reads every file given on stdin (one path a line) with the service's extractor,
// in process and warm (--warmup untimed passes, default 3), and prints one JSON line {files, passes, parallel, wallSeconds, cpuSeconds}. With --dump DIR it
// first writes each file's text (or its problem) to DIR/<name>.txt for the recall comparison. With --parallel N the
// timed passes run N extractions at once, as the service does with concurrent uploads (default 1: one after another).
// --isolation worker (default) reads through the service's extraction worker processes, as the service does;
// --isolation none calls the same reader in this process, so the two rows show what isolation costs. CPU seconds
// include the workers' (read from /proc).
using System.Diagnostics;
using System.Text.Json;
using CareerCraft.Ml.Documents;
using CareerCraft.Ml.Extraction;
using CareerCraft.Ml.Extraction.Workers;
using CareerCraft.ServiceDefaults.Files;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

var passes = 5;
var warmup = 3;
var parallel = 1;
string? dumpDir = null;
var isolated = true;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--passes":
            passes = int.Parse(args[++i]);
            break;
        case "--warmup":
            warmup = int.Parse(args[++i]);
            break;
        case "--parallel":
            parallel = int.Parse(args[++i]);
            break;
        case "--isolation":
            isolated = args[++i] switch
            {
                "worker" => true,
                "none" => false,
                var other => throw new ArgumentException($"--isolation worker|none, not {other}"),
            };
            break;
        case "--dump":
            dumpDir = args[++i];
            break;
        default:
            Console.Error.WriteLine($"unknown argument {args[i]}");
            return 2;
    }
}

var paths = new List<string>();
while (Console.ReadLine() is { } line)
{
    if (line.Trim().Length > 0)
    {
        paths.Add(line.Trim());
    }
}
var files = paths.Select(p => (Path: p, Bytes: File.ReadAllBytes(p))).ToList();

var builder = Host.CreateApplicationBuilder();
builder.Logging.ClearProviders();
builder.AddExtraction();
using var host = builder.Build();
await host.StartAsync();
var pool = host.Services.GetRequiredService<ExtractionWorkerPool>();
var extractor = host.Services.GetRequiredService<IResumeTextExtractor>();
var reader = new ResumeFileReader(
    host.Services.GetRequiredService<IOptions<ExtractionOptions>>().Value,
    new OcrEngine(host.Services.GetRequiredService<IOptions<OcrOptions>>(), NullLogger<OcrEngine>.Instance),
    NullLogger.Instance);

async Task<string> ExtractOne((string Path, byte[] Bytes) file)
{
    try
    {
        // Each file its own requester: the pool's per-user share would otherwise serialise the parallel row.
        var name = Path.GetFileName(file.Path);
        var result = isolated
            ? await extractor.ExtractAsync(file.Bytes, name, requester: name)
            : await Task.Run(() => reader.Read(ResumeFileSniffer.Sniff(file.Bytes), file.Bytes, name));
        return result.Text;
    }
    catch (ProblemException ex)
    {
        return $"!{ex.StatusCode} {ex.ProblemType}: {ex.Message}";
    }
}

// Warm: untimed passes let the JIT reach its optimised tier on every path the corpus takes (one pass is not enough:
// tier-up happens in the background after repeated calls), as in a service that has been serving for a while.
for (var pass = 0; pass < warmup; pass++)
{
    foreach (var file in files)
    {
        var text = await ExtractOne(file);
        if (pass == 0 && dumpDir is not null)
        {
            Directory.CreateDirectory(dumpDir);
            await File.WriteAllTextAsync(Path.Combine(dumpDir, Path.GetFileNameWithoutExtension(file.Path) + ".txt"), text);
        }
    }
}

var cpuBefore = CpuSeconds(pool);
var clock = Stopwatch.StartNew();
var work = Enumerable.Range(0, passes).SelectMany(_ => files);
await Parallel.ForEachAsync(work, new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (file, _) => await ExtractOne(file));
clock.Stop();
var cpu = TimeSpan.FromSeconds(CpuSeconds(pool) - cpuBefore);

Console.WriteLine(JsonSerializer.Serialize(new
{
    files = files.Count,
    passes,
    parallel,
    isolation = isolated ? "worker" : "none",
    workersStarted = pool.Started,
    wallSeconds = clock.Elapsed.TotalSeconds,
    cpuSeconds = cpu.TotalSeconds,
}));
await host.StopAsync();
return 0;

// This process's CPU time plus the workers': a worker's utime + stime from /proc/PID/stat, in clock ticks (100 a second).
static double CpuSeconds(ExtractionWorkerPool pool)
{
    using var self = Process.GetCurrentProcess();
    var seconds = self.TotalProcessorTime.TotalSeconds;
    foreach (var pid in pool.ProcessIds)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            seconds += (double.Parse(fields[11]) + double.Parse(fields[12])) / 100.0;
        }
        catch (IOException)
        {
            // The worker was retired meanwhile; its time is lost to the figure.
        }
    }
    return seconds;
}
