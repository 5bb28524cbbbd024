using System.Globalization;
using CareerCraft.Ml.Embeddings;
using CareerCraft.Ml.Embeddings.Tokenization;
using Microsoft.Extensions.DependencyInjection;

namespace CareerCraft.Bench.Embeddings;

/// <summary>
/// Ours end to end on CUDA and on the CPU, one after the other in this process: texts per second at batch 1 and 32,
/// sentences and passages. Cuda is strict (no fallback to the CPU), so a CUDA row is measured on the GPU or not at all.
/// </summary>
internal static class ProviderComparison
{
    private const int Rounds = 4;

    public static async Task RunAsync(double secondsPerCell)
    {
        var tokenizer = MiniLmTokenizer.Create(Path.Combine(EmbeddingOptions.DefaultModelDirectory, OnnxEmbeddingModel.VocabularyFileName), 256);
        var kinds = new (string Name, IReadOnlyList<string> Texts)[]
        {
            ("sentences", BenchTexts.Sentences(64)),
            ("passages", BenchTexts.Passages(64, t => tokenizer.Encode(t).Length)),
        };
        var results = new Dictionary<(string Kind, int Batch, ExecutionProviderKind Provider), Slice>();
        foreach (var provider in new[] { ExecutionProviderKind.Cuda, ExecutionProviderKind.Cpu })
        {
            // All cores for the CPU (ONNX Runtime decides); the GPU does the work for CUDA.
            await using var services = BenchServices.Create(threads: 0, provider);
            var embedder = services.GetRequiredService<MicroBatchingEmbedder>();
            await embedder.StartAsync(CancellationToken.None);
            var ours = new OursContender(embedder);
            foreach (var (kind, texts) in kinds)
            {
                foreach (var batch in new[] { 1, 32 })
                {
                    await ours.PrepareAsync(texts, batch);
                    var total = default(Slice);
                    for (var round = 0; round < Rounds; round++)
                    {
                        total += await ours.MeasureAsync(batch, secondsPerCell / Rounds);
                    }
                    results[(kind, batch, provider)] = total;
                    Console.Error.WriteLine($"{provider} {kind} batch {batch}: {total.Texts / total.Seconds:F1} texts/s");
                }
            }
            await embedder.StopAsync(CancellationToken.None);
        }

        Console.WriteLine($"Embedding throughput, CUDA vs CPU: all-MiniLM-L6-v2 fp32, {Environment.ProcessorCount} cores, {secondsPerCell:0.#} s per cell");
        Console.WriteLine();
        Console.WriteLine("| texts | batch | CUDA texts/s | CPU texts/s | CUDA/CPU |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var (kind, _) in kinds)
        {
            foreach (var batch in new[] { 1, 32 })
            {
                var cuda = Rate(results[(kind, batch, ExecutionProviderKind.Cuda)]);
                var cpu = Rate(results[(kind, batch, ExecutionProviderKind.Cpu)]);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {kind} | {batch} | {cuda:F1} | {cpu:F1} | {cuda / cpu:F2} |"));
            }
        }
    }

    private static double Rate(Slice slice) => slice.Texts / slice.Seconds;
}
