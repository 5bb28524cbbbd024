using System.Diagnostics;
using System.Globalization;
using CareerCraft.Contracts.Ml;
using CareerCraft.Ml.Documents.Reading;
using CareerCraft.Ml.Embeddings;
using CareerCraft.Ml.Ranking;
using Microsoft.Extensions.DependencyInjection;

namespace CareerCraft.Bench.Embeddings;

/// <summary>The ranker behind POST /jobs/rank (no HTTP): 1 resume × 1,000 distinct jobs, embeddings computed vs cached (jobs only, and jobs and resume).</summary>
public static class RankBenchmark
{
    private static async Task<double> Median(int runs, Func<int, Task> action)
    {
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            await action(i);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        return times.Order().ElementAt(runs / 2);
    }

    public static async Task RunAsync(ModelPrecision precision)
    {
        await using var services = BenchServices.Create(threads: Environment.ProcessorCount, precision: precision);
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
            // A resume edited at its end: its earlier passages come from the cache.
            var jobsCached = await Median(5, async i =>
                await ranker.RankAsync(resume + $"\nVariant {i}: also led a weekly review.", jobs, CancellationToken.None));
            // A resume never seen: every line differs, so all of its passages are embedded.
            var newResume = await Median(5, async i =>
                await ranker.RankAsync(string.Join('\n', BenchTexts.Sentences(40).Select(s => $"{s} (draft {i})")), jobs, CancellationToken.None));
            var allCached = await Median(5, async _ => await ranker.RankAsync(resume, jobs, CancellationToken.None));

            Console.WriteLine();
            Console.WriteLine($"/jobs/rank ranker (no HTTP): 1 resume x 1,000 jobs, {precision.ToString().ToLowerInvariant()} model; target: jobs cached + new resume < 40 ms (int8)");
            Console.WriteLine(Machine.Line());
            Console.WriteLine();
            Console.WriteLine("| embeddings | time (ms) | vs computed |");
            Console.WriteLine("|---|---:|---:|");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| all computed (1,000 jobs + resume) | {computed:F0} | 1x |"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| jobs cached, resume with one new line (median of 5) | {jobsCached:F1} | {computed / jobsCached:F0}x faster |"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| jobs cached, every resume line new (median of 5) | {newResume:F1} | {computed / newResume:F0}x faster |"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| jobs and resume cached (median of 5) | {allCached:F2} | {computed / allCached:F0}x faster |"));
        }
        finally
        {
            await embedder.StopAsync(CancellationToken.None);
        }
    }
}
