using System.Globalization;
using CareerCraft.Bench.Embeddings;
using CareerCraft.Ml.Analysis;
using CareerCraft.Ml.Documents.Reading;
using CareerCraft.Ml.Embeddings;
using CareerCraft.Ml.Embeddings.Tokenization;
using CareerCraft.Ml.Ranking;
using CareerCraft.Ml.Skills;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

// usage: EmbeddingBench <peer-script | none> <seconds-per-cell>
// For each thread count, the three contenders are loaded once: transformers.js (the peer), the bare ONNX Runtime
// session (the floor) and ours. For each cell (texts × batch) they take turns in short slices, round after round,
// so that load from elsewhere on the machine falls on all of them alike; each runs in a process of its own (ours in
// this one, the others as children). Each is measured in texts per wall-clock second
// and in texts per CPU-second of its own process: on a machine shared with other work the second is the fair
// comparison (it does not count time spent waiting for a core), so the ratios use it. Each precision (fp32, int8) has its
// own contenders: transformers.js and the bare session load the same file as ours. Then /jobs/rank's ranker: 1 resume ×
// 1,000 jobs, job embeddings computed vs cached, per precision. Prints markdown. A peer script of "none" (no Node on
// the machine) leaves the transformers.js columns empty.
if (args is ["--floor", var floorThreads, var floorFile])
{
    // Child mode: the bare session as a contender in a process of its own.
    var floorTokenizer = MiniLmTokenizer.Create(Path.Combine(EmbeddingOptions.DefaultModelDirectory, OnnxEmbeddingModel.VocabularyFileName), 256);
    await using var floor = new BareSessionContender(EmbeddingOptions.DefaultModelDirectory, floorFile, floorTokenizer, int.Parse(floorThreads, CultureInfo.InvariantCulture));
    await ContenderServer.RunAsync(floor);
    return;
}

if (args is ["--rank"])
{
    // The ranker alone (bench/embeddings/run.sh --rank), for a quick look at /jobs/rank's cold and cached paths.
    foreach (var rankPrecision in new[] { ModelPrecision.Fp32, ModelPrecision.Int8 })
    {
        await RankBenchmark.RunAsync(rankPrecision);
    }
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

var withPeer = peerScript != "none";
var precisions = new[] { ModelPrecision.Fp32, ModelPrecision.Int8 };
var rows = new List<(ModelPrecision Precision, string Kind, int Batch, int Threads, Slice Ours, Slice? Peer, Slice Floor)>();
foreach (var threads in new[] { 1, 2 })
foreach (var precision in precisions)
{
    await using var services = BenchServices.Create(threads, precision: precision);
    var embedder = services.GetRequiredService<MicroBatchingEmbedder>();
    await embedder.StartAsync(CancellationToken.None);
    var threadArgument = threads.ToString(CultureInfo.InvariantCulture);
    var modelFile = ModelSelection.FileNameOf(precision);
    // Each contender in its own process, so that CPU time (ONNX Runtime's spinning pool threads included) is its own.
    IContender[] contenders =
    [
        new OursContender(embedder),
        new ChildProcessContender("bare session", "dotnet", typeof(BenchServices).Assembly.Location, "--floor", threadArgument, modelFile),
        .. withPeer ? [new ChildProcessContender("transformers.js", "node", peerScript, modelDirectory, threadArgument, modelFile)] : Array.Empty<IContender>(),
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
            rows.Add((precision, kind, batch, threads, totals[0], withPeer ? totals[2] : null, totals[1]));
            Console.Error.WriteLine($"{precision} {kind} batch {batch} threads {threads}: ours {Wall(totals[0]):F1}/{Cpu(totals[0]):F1}, " +
                $"floor {Wall(totals[1]):F1}/{Cpu(totals[1]):F1}{(withPeer ? $", peer {Wall(totals[2]):F1}/{Cpu(totals[2]):F1}" : "")} texts per s/CPU-s");
        }
    }
    foreach (var contender in contenders)
    {
        await contender.DisposeAsync();
    }
    await embedder.StopAsync(CancellationToken.None);
}

Console.WriteLine($"Embedding throughput: all-MiniLM-L6-v2 fp32 and int8 (the build's quantization), CPU, " +
    $"{seconds:0.#} s per contender and cell in {Rounds} interleaved rounds");
Console.WriteLine(Machine.Line());
if (!withPeer)
{
    Console.WriteLine("transformers.js: skipped (node or its packages are missing; bench/embeddings/run.sh says why).");
}
Console.WriteLine();
Console.WriteLine("| precision | texts | batch | threads | ours texts/CPU-s | transformers.js texts/CPU-s | bare session texts/CPU-s | ours/peer | ours/floor | ours texts/s | peer texts/s | floor texts/s |");
Console.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
foreach (var row in rows.OrderBy(r => r.Kind == "passages").ThenBy(r => r.Batch).ThenBy(r => r.Threads).ThenBy(r => r.Precision))
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {Name(row.Precision)} | {row.Kind} (~{tokensPerKind[row.Kind]:F0} tokens) | {row.Batch} | {row.Threads} | {Cpu(row.Ours):F1} | {Peer(row.Peer, Cpu)} | {Cpu(row.Floor):F1} " +
        $"| {(row.Peer is { } peer ? (Cpu(row.Ours) / Cpu(peer)).ToString("F2", CultureInfo.InvariantCulture) : "n/a")} | {Cpu(row.Ours) / Cpu(row.Floor):F2} | {Wall(row.Ours):F1} | {Peer(row.Peer, Wall)} | {Wall(row.Floor):F1} |"));
}
Console.WriteLine();
Console.WriteLine("ours/peer and ours/floor compare texts per CPU-second. Targets: ours/peer ≥ 1.2 at batch 32; ours/floor ≥ 0.87 " +
    "(our time per text within 1.15x of session.Run alone).");

Console.WriteLine();
Console.WriteLine("int8 over fp32, texts per CPU-second of the same contender (the quantization's gain on this CPU)");
Console.WriteLine(Machine.Line());
Console.WriteLine();
Console.WriteLine("| texts | batch | threads | ours int8/fp32 | transformers.js int8/fp32 | bare session int8/fp32 |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|");
foreach (var group in rows.GroupBy(r => (r.Kind, r.Batch, r.Threads)).OrderBy(g => g.Key.Kind == "passages").ThenBy(g => g.Key.Batch).ThenBy(g => g.Key.Threads))
{
    var fp32 = group.Single(r => r.Precision == ModelPrecision.Fp32);
    var int8 = group.Single(r => r.Precision == ModelPrecision.Int8);
    var peerGain = fp32.Peer is { } fp32Peer && int8.Peer is { } int8Peer ? (Cpu(int8Peer) / Cpu(fp32Peer)).ToString("F2", CultureInfo.InvariantCulture) : "n/a";
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {group.Key.Kind} | {group.Key.Batch} | {group.Key.Threads} | {Cpu(int8.Ours) / Cpu(fp32.Ours):F2} | {peerGain} | {Cpu(int8.Floor) / Cpu(fp32.Floor):F2} |"));
}

foreach (var precision in precisions)
{
    await RankBenchmark.RunAsync(precision);
}

static string Name(ModelPrecision precision) => precision.ToString().ToLowerInvariant();

static string Peer(Slice? slice, Func<Slice, double> rate) =>
    slice is { } peer ? rate(peer).ToString("F1", CultureInfo.InvariantCulture) : "n/a";


static double Wall(Slice slice) => slice.Texts / slice.Seconds;

static double Cpu(Slice slice) => slice.Texts / slice.CpuSeconds;


internal static class BenchServices
{
    public static ServiceProvider Create(int threads, ExecutionProviderKind provider = ExecutionProviderKind.Cpu, ModelPrecision precision = ModelPrecision.Fp32)
    {
        var services = new ServiceCollection();
        services.AddMetrics();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSingleton(Options.Create(new EmbeddingOptions { IntraOpThreads = threads, ExecutionProvider = provider, Model = new ModelSelection { Precision = precision } }));
        services.AddSingleton(Options.Create(new EmbeddingCacheOptions()));
        services.AddSingleton<EmbeddingTelemetry>();
        services.AddSingleton<MicroBatchingEmbedder>();
        services.AddSingleton<ITextEmbedder>(sp => sp.GetRequiredService<MicroBatchingEmbedder>());
        services.AddSingleton<JobEmbeddingCache>();
        // The ranker reads a resume's lines as the analysis does (wrapped bullets joined).
        services.AddSingleton(_ => SkillTaxonomy.LoadEmbedded());
        services.AddSingleton<ISkillExtractor, SkillExtractor>();
        services.AddSingleton(_ => ResumeLexicon.Load());
        services.AddSingleton<ResumeParser>();
        services.AddSingleton<JobRanker>();
        return services.BuildServiceProvider();
    }
}
