using System.Diagnostics;
using System.Globalization;
using CareerCraft.Ml.Embeddings;
using CareerCraft.Ml.Ranking;
using Microsoft.Extensions.DependencyInjection;

namespace CareerCraft.Bench.Embeddings;

/// <summary>The ranker behind POST /jobs/rank (no HTTP): 1 resume × 1,000 distinct jobs, embeddings computed vs cached.</summary>
public static class RankBenchmark
{
    public static async Task RunAsync()
    {
        await using var services = BenchServices.Create(threads: Environment.ProcessorCount);
        var embedder = services.GetRequiredService<MicroBatchingEmbedder>();
        await embedder.StartAsync(CancellationToken.None);
        try
        {
            var ranker = services.GetRequiredService<JobRanker>();
            var jobs = BenchTexts.Jobs(1000).Select(j => new RankedJobInput(j.Id, j.Title, j.Description)).ToList();
            var resume = string.Join('\n', BenchTexts.Sentences(40));
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
            Console.WriteLine($"/jobs/rank ranker (no HTTP): 1 resume x 1,000 jobs, {Environment.ProcessorCount} cores");
            Console.WriteLine();
            Console.WriteLine("| job embeddings | time (ms) | jobs/s |");
            Console.WriteLine("|---|---:|---:|");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| computed | {computed:F0} | {1000 / (computed / 1000):F0} |"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| cached (median of 5) | {cached:F1} | {1000 / (cached / 1000):F0} |"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| ratio | {computed / cached:F0}x | |"));
        }
        finally
        {
            await embedder.StopAsync(CancellationToken.None);
        }
    }
}
