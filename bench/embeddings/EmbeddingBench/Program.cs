using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CareerCraft.Bench.Embeddings;
using CareerCraft.Ml.Embeddings;
using CareerCraft.Ml.Embeddings.Tokenization;
using CareerCraft.Ml.Ranking;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.ML.OnnxRuntime;

// usage: EmbeddingBench <peer-script> <seconds-per-cell>
// Runs, for each cell (text kind × batch × threads): transformers.js (the peer, a node process), the bare ONNX Runtime
// session on pre-tokenized tensors (the floor: no tokenization, no pooling, no queue) and ours end to end
// (MicroBatchingEmbedder: tokenize, queue, batch, infer, pool, normalise). Then /jobs/rank's ranker, 1 resume x 1,000
// jobs, computed vs cached. Prints markdown.
var peerScript = args.Length > 0 ? args[0] : "peer.mjs";
var seconds = args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 4;
var modelDirectory = EmbeddingOptions.DefaultModelDirectory;
var outDirectory = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "careercraft-bench-embeddings")).FullName;

var tokenizer = MiniLmTokenizer.Create(Path.Combine(modelDirectory, OnnxEmbeddingModel.VocabularyFileName), 256);
var kinds = new (string Name, IReadOnlyList<string> Texts)[]
{
    ("sentences (~20 tokens)", BenchTexts.Sentences(64)),
    ("passages (~250 tokens)", BenchTexts.Passages(64, t => tokenizer.Encode(t).Length)),
};
foreach (var (name, texts) in kinds)
{
    var lengths = texts.Select(t => tokenizer.Encode(t).Length).ToList();
    Console.Error.WriteLine($"{name}: {lengths.Average():F0} tokens on average ({lengths.Min()}-{lengths.Max()})");
}

Console.WriteLine($"Embedding throughput, all-MiniLM-L6-v2 fp32 on CPU, {Environment.ProcessorCount} cores, {seconds:0.#} s per cell");
Console.WriteLine();
Console.WriteLine("| texts | batch | threads | ours (sent/s) | transformers.js (sent/s) | bare session (sent/s) | ours/peer | ours/floor | floor time ratio |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
foreach (var (name, texts) in kinds)
{
    var textsPath = Path.Combine(outDirectory, "texts.json");
    File.WriteAllText(textsPath, JsonSerializer.Serialize(texts));
    foreach (var threads in new[] { 1, 2 })
    {
        foreach (var batch in new[] { 1, 32 })
        {
            var peer = RunPeer(peerScript, modelDirectory, textsPath, threads, batch, seconds);
            var floor = BareSession(modelDirectory, tokenizer, texts, threads, batch, seconds);
            var ours = await Ours(texts, threads, batch, seconds);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {batch} | {threads} | {ours:F1} | {peer:F1} | {floor:F1} | {ours / peer:F2}x | {ours / floor:F2} | {floor / ours:F3} |"));
        }
    }
}
Console.WriteLine();
Console.WriteLine("ours/peer: throughput ratio (target ≥ 1.2 at batch 32). floor time ratio: our time per text over the bare session's (target ≤ 1.15).");

await RankBenchmark();
return;

static double RunPeer(string script, string modelDirectory, string textsPath, int threads, int batch, double seconds)
{
    var start = new ProcessStartInfo("node")
    {
        ArgumentList = { script, modelDirectory, textsPath, threads.ToString(CultureInfo.InvariantCulture), batch.ToString(CultureInfo.InvariantCulture), seconds.ToString(CultureInfo.InvariantCulture) },
        RedirectStandardOutput = true,
    };
    using var process = Process.Start(start)!;
    var output = process.StandardOutput.ReadToEnd();
    process.WaitForExit();
    if (process.ExitCode != 0)
    {
        throw new InvalidOperationException($"The transformers.js peer failed ({process.ExitCode}).");
    }
    var line = output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1];
    return JsonDocument.Parse(line).RootElement.GetProperty("sentencesPerSecond").GetDouble();
}

static double BareSession(string modelDirectory, MiniLmTokenizer tokenizer, IReadOnlyList<string> texts, int threads, int batch, double seconds)
{
    using var options = new Microsoft.ML.OnnxRuntime.SessionOptions
    {
        GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
        IntraOpNumThreads = threads,
        InterOpNumThreads = 1,
    };
    using var session = new InferenceSession(Path.Combine(modelDirectory, OnnxEmbeddingModel.ModelFileName), options);
    // Tensors built once per batch of texts, outside the timed loop: only session.Run is measured.
    var batches = new List<(OrtValue[] Inputs, OrtValue Output)>();
    for (var start = 0; start + batch <= texts.Count && batches.Count < 8; start += batch)
    {
        var ids = texts.Skip(start).Take(batch).Select(tokenizer.Encode).ToList();
        var length = ids.Max(i => i.Length);
        var inputIds = new long[batch * length];
        var mask = new long[batch * length];
        for (var row = 0; row < batch; row++)
        {
            for (var t = 0; t < ids[row].Length; t++)
            {
                inputIds[row * length + t] = ids[row][t];
                mask[row * length + t] = 1;
            }
        }
        long[] shape = [batch, length];
        batches.Add((
            [OrtValue.CreateTensorValueFromMemory(inputIds, shape), OrtValue.CreateTensorValueFromMemory(mask, shape),
             OrtValue.CreateTensorValueFromMemory(new long[batch * length], shape)],
            OrtValue.CreateTensorValueFromMemory(new float[batch * length * 384], [batch, length, 384])));
    }
    string[] inputNames = ["input_ids", "attention_mask", "token_type_ids"];
    string[] outputNames = ["last_hidden_state"];
    using var runOptions = new RunOptions();
    session.Run(runOptions, inputNames, batches[0].Inputs, outputNames, [batches[0].Output]);

    var done = 0;
    var iterations = 0;
    var clock = Stopwatch.StartNew();
    while (clock.Elapsed.TotalSeconds < seconds || iterations < 2)
    {
        var (inputs, output) = batches[iterations % batches.Count];
        session.Run(runOptions, inputNames, inputs, outputNames, [output]);
        done += batch;
        iterations++;
    }
    var rate = done / clock.Elapsed.TotalSeconds;
    foreach (var (inputs, output) in batches)
    {
        foreach (var value in inputs)
        {
            value.Dispose();
        }
        output.Dispose();
    }
    return rate;
}

static async Task<double> Ours(IReadOnlyList<string> texts, int threads, int batch, double seconds)
{
    await using var services = Services(threads);
    var embedder = services.GetRequiredService<MicroBatchingEmbedder>();
    await embedder.StartAsync(CancellationToken.None);
    try
    {
        var batches = Enumerable.Range(0, Math.Max(1, texts.Count / batch)).Select(b => texts.Skip(b * batch).Take(batch).ToList()).ToList();
        await embedder.EmbedAsync(batches[0]);
        var done = 0;
        var iterations = 0;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < seconds || iterations < 2)
        {
            await embedder.EmbedAsync(batches[iterations % batches.Count]);
            done += batch;
            iterations++;
        }
        return done / clock.Elapsed.TotalSeconds;
    }
    finally
    {
        await embedder.StopAsync(CancellationToken.None);
    }
}

static async Task RankBenchmark()
{
    await using var services = Services(threads: Environment.ProcessorCount);
    var embedder = services.GetRequiredService<MicroBatchingEmbedder>();
    await embedder.StartAsync(CancellationToken.None);
    try
    {
        var ranker = services.GetRequiredService<JobRanker>();
        var jobs = BenchTexts.Jobs(1000).Select(j => new RankedJobInput(j.Id, j.Title, j.Description)).ToList();
        var resume = string.Join('\n', BenchTexts.Sentences(40));
        // Warm the resume path on other jobs, so "computed" measures the 1,000 job embeddings.
        await ranker.RankAsync(resume, [new RankedJobInput("warm", "Warm-up", "A warm-up posting.")], CancellationToken.None);

        var clock = Stopwatch.StartNew();
        await ranker.RankAsync(resume, jobs, CancellationToken.None);
        var computed = clock.Elapsed.TotalMilliseconds;
        var cachedRuns = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            clock.Restart();
            await ranker.RankAsync(resume, jobs, CancellationToken.None);
            cachedRuns.Add(clock.Elapsed.TotalMilliseconds);
        }
        var cached = cachedRuns.Order().ElementAt(cachedRuns.Count / 2);
        Console.WriteLine();
        Console.WriteLine($"/jobs/rank ranker, 1 resume x 1,000 jobs, {Environment.ProcessorCount} intra-op threads (no HTTP):");
        Console.WriteLine();
        Console.WriteLine("| job embeddings | time (ms) | jobs/s |");
        Console.WriteLine("|---|---:|---:|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| computed | {computed:F0} | {1000 / (computed / 1000):F0} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| cached (median of 5) | {cached:F1} | {1000 / (cached / 1000):F0} |"));
    }
    finally
    {
        await embedder.StopAsync(CancellationToken.None);
    }
}

static ServiceProvider Services(int threads)
{
    var services = new ServiceCollection();
    services.AddMetrics();
    services.AddSingleton<Microsoft.Extensions.Logging.ILoggerFactory>(NullLoggerFactory.Instance);
    services.AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(NullLogger<>));
    services.AddSingleton(Options.Create(new EmbeddingOptions { IntraOpThreads = threads }));
    services.AddSingleton(Options.Create(new RankingOptions()));
    services.AddSingleton<EmbeddingTelemetry>();
    services.AddSingleton<MicroBatchingEmbedder>();
    services.AddSingleton<ITextEmbedder>(sp => sp.GetRequiredService<MicroBatchingEmbedder>());
    services.AddSingleton<JobEmbeddingCache>();
    services.AddSingleton<JobRanker>();
    return services.BuildServiceProvider();
}
