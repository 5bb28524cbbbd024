// Extraction benchmark, our side: reads every file given on stdin (one path a line) with the service's extractor,
// in process and warm (--warmup untimed passes, default 3), and prints one JSON line {files, passes, parallel, wallSeconds, cpuSeconds}. With --dump DIR it
// first writes each file's text (or its problem) to DIR/<name>.txt for the recall comparison. With --parallel N the
// timed passes run N extractions at once, as the service does with concurrent uploads (default 1: one after another).
using System.Diagnostics;
using System.Text.Json;
using CareerCraft.Ml.Extraction;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

var passes = 5;
var warmup = 3;
var parallel = 1;
string? dumpDir = null;
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
var extractor = host.Services.GetRequiredService<IResumeTextExtractor>();

async Task<string> ExtractOne((string Path, byte[] Bytes) file)
{
    try
    {
        var result = await extractor.ExtractAsync(file.Bytes, Path.GetFileName(file.Path));
        return result.Text;
    }
    catch (ExtractionException ex)
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

var process = Process.GetCurrentProcess();
process.Refresh();
var cpuBefore = process.TotalProcessorTime;
var clock = Stopwatch.StartNew();
var work = Enumerable.Range(0, passes).SelectMany(_ => files);
await Parallel.ForEachAsync(work, new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (file, _) => await ExtractOne(file));
clock.Stop();
process.Refresh();
var cpu = process.TotalProcessorTime - cpuBefore;

Console.WriteLine(JsonSerializer.Serialize(new
{
    files = files.Count,
    passes,
    parallel,
    wallSeconds = clock.Elapsed.TotalSeconds,
    cpuSeconds = cpu.TotalSeconds,
}));
return 0;
