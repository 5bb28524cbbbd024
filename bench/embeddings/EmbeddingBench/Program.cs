using System.Globalization;
using CareerCraft.Bench.Embeddings;
using CareerCraft.Ml.Analysis;
using CareerCraft.Ml.Analysis.Parsing;
using CareerCraft.Ml.Embeddings;
using CareerCraft.Ml.Embeddings.Tokenization;
using CareerCraft.Ml.Ranking;
using CareerCraft.Ml.Skills;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

// usage: EmbeddingBench <peer-script> <seconds-per-cell>
// For each thread count, the three contenders are loaded once: transformers.js (the peer), the bare ONNX Runtime
// session (the floor) and ours. For each cell (texts × batch) they take turns in short slices, round after round,
// so that load from elsewhere on the machine falls on all of them alike; each runs in a process of its own (ours in
// this one, the others as children). Each is measured in texts per wall-clock second
// and in texts per CPU-second of its own process: on a machine shared with other work the second is the fair
// comparison (it does not count time spent waiting for a core), so the ratios use it. Then /jobs/rank's ranker: 1 resume ×
// 1,000 jobs, job embeddings computed vs cached. Prints markdown.
if (args is ["--floor", var floorThreads])
{
    // Child mode: the bare session as a contender in a process of its own.
    var floorTokenizer = MiniLmTokenizer.Create(Path.Combine(EmbeddingOptions.DefaultModelDirectory, OnnxEmbeddingModel.VocabularyFileName), 256);
    await using var floor = new BareSessionContender(EmbeddingOptions.DefaultModelDirectory, floorTokenizer, int.Parse(floorThreads, CultureInfo.InvariantCulture));
    await ContenderServer.RunAsync(floor);
    return;
}

if (args is ["--providers", var providerSeconds])
{
    // bench/gpu/run.sh: CUDA against the CPU on the same machine, in a build with -p:MlGpu=true.
    await ProviderComparison.RunAsync(double.Parse(providerSeconds, CultureInfo.InvariantCulture));
    return;
}

var peerScript = args.Length > 0 ? args[0] : "peer.mjs";
var seconds = args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 6;
const int Rounds = 4;
var modelDirectory = EmbeddingOptions.DefaultModelDirectory;

var tokenizer = MiniLmTokenizer.Create(Path.Combine(modelDirectory, OnnxEmbeddingModel.VocabularyFileName), 256);
var kinds = new (string Name, IReadOnlyList<string> Texts)[]
{
    ("sentences", BenchTexts.Sentences(64)),
    ("passages", BenchTexts.Passages(64, t => tokenizer.Encode(t).Length)),
};
var tokensPerKind = kinds.ToDictionary(k => k.Name, k => k.Texts.Average(t => tokenizer.Encode(t).Length));

var rows = new List<(string Kind, int Batch, int Threads, Slice Ours, Slice Peer, Slice Floor)>();
foreach (var threads in new[] { 1, 2 })
{
    await using var services = BenchServices.Create(threads);
    var embedder = services.GetRequiredService<MicroBatchingEmbedder>();
    await embedder.StartAsync(CancellationToken.None);
    var threadArgument = threads.ToString(CultureInfo.InvariantCulture);
    // Each contender in its own process, so that CPU time (ONNX Runtime's spinning pool threads included) is its own.
    IContender[] contenders =
    [
        new ChildProcessContender("transformers.js", "node", peerScript, modelDirectory, threadArgument),
        new ChildProcessContender("bare session", "dotnet", typeof(BenchServices).Assembly.Location, "--floor", threadArgument),
        new OursContender(embedder),
    ];
    foreach (var (kind, texts) in kinds)
    {
        foreach (var batch in new[] { 1, 32 })
        {
            var totals = new Slice[contenders.Length];
            for (var c = 0; c < contenders.Length; c++)
            {
                await contenders[c].PrepareAsync(texts, batch);
            }
            for (var round = 0; round < Rounds; round++)
            {
                for (var c = 0; c < contenders.Length; c++)
                {
                    totals[c] += await contenders[c].MeasureAsync(batch, seconds / Rounds);
                }
            }
            rows.Add((kind, batch, threads, totals[2], totals[0], totals[1]));
            Console.Error.WriteLine($"{kind} batch {batch} threads {threads}: ours {Wall(totals[2]):F1}/{Cpu(totals[2]):F1}, " +
                $"peer {Wall(totals[0]):F1}/{Cpu(totals[0]):F1}, floor {Wall(totals[1]):F1}/{Cpu(totals[1]):F1} texts per s/CPU-s");
        }
    }
    foreach (var contender in contenders)
    {
        await contender.DisposeAsync();
    }
    await embedder.StopAsync(CancellationToken.None);
}

Console.WriteLine($"Embedding throughput: all-MiniLM-L6-v2 fp32, CPU, {Environment.ProcessorCount} cores (load average {LoadAverage()}), " +
    $"{seconds:0.#} s per contender and cell in {Rounds} interleaved rounds");
Console.WriteLine();
Console.WriteLine("| texts | batch | threads | ours texts/CPU-s | transformers.js texts/CPU-s | bare session texts/CPU-s | ours/peer | ours/floor | ours texts/s | peer texts/s | floor texts/s |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
foreach (var row in rows.OrderBy(r => r.Kind == "passages").ThenBy(r => r.Batch).ThenBy(r => r.Threads))
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {row.Kind} (~{tokensPerKind[row.Kind]:F0} tokens) | {row.Batch} | {row.Threads} | {Cpu(row.Ours):F1} | {Cpu(row.Peer):F1} | {Cpu(row.Floor):F1} " +
        $"| {Cpu(row.Ours) / Cpu(row.Peer):F2} | {Cpu(row.Ours) / Cpu(row.Floor):F2} | {Wall(row.Ours):F1} | {Wall(row.Peer):F1} | {Wall(row.Floor):F1} |"));
}
Console.WriteLine();
Console.WriteLine("ours/peer and ours/floor compare texts per CPU-second. Targets: ours/peer ≥ 1.2 at batch 32; ours/floor ≥ 0.87 " +
    "(our time per text within 1.15x of session.Run alone).");

await RankBenchmark.RunAsync();

static double Wall(Slice slice) => slice.Texts / slice.Seconds;

static double Cpu(Slice slice) => slice.Texts / slice.CpuSeconds;

static string LoadAverage() =>
    File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

internal static class BenchServices
{
    public static ServiceProvider Create(int threads, ExecutionProviderKind provider = ExecutionProviderKind.Cpu)
    {
        var services = new ServiceCollection();
        services.AddMetrics();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSingleton(Options.Create(new EmbeddingOptions { IntraOpThreads = threads, ExecutionProvider = provider }));
        services.AddSingleton(Options.Create(new RankingOptions()));
        services.AddSingleton<EmbeddingTelemetry>();
        services.AddSingleton<MicroBatchingEmbedder>();
        services.AddSingleton<ITextEmbedder>(sp => sp.GetRequiredService<MicroBatchingEmbedder>());
        services.AddSingleton<JobEmbeddingCache>();
        // The ranker reads a resume's lines as the analysis does (wrapped bullets joined).
        services.AddSingleton(_ => SkillTaxonomy.LoadEmbedded());
        services.AddSingleton<ISkillExtractor, SkillExtractor>();
        services.AddSingleton(_ => AnalysisLexicon.Load());
        services.AddSingleton<ResumeParser>();
        services.AddSingleton<JobRanker>();
        return services.BuildServiceProvider();
    }
}
