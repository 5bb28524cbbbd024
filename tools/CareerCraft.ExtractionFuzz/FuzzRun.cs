using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;

namespace CareerCraft.ExtractionFuzz;

/// <summary>
/// Sends the cases to a running ML service from several clients at once while a canary client sends a normal resume
/// every second and a prober asks <c>/alive</c>: the canary's latency is what other users feel during the attack.
/// </summary>
public sealed class FuzzRun(FuzzOptions options)
{
    public async Task<int> RunAsync()
    {
        var seeds = SeedFiles.Load(options.Corpus);
        var canaryFile = seeds.First(s => s.Name.EndsWith("rm_john_doe.pdf", StringComparison.Ordinal)).Content;
        await using var service = await ServiceUnderFuzz.StartAsync(options.MlExecutable);
        using var http = new HttpClient { BaseAddress = service.Address, Timeout = TimeSpan.FromSeconds(120) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", service.Token("attacker"));
        // The canary is another user, as the people who share the service with an attacker are.
        using var canaryHttp = new HttpClient { BaseAddress = service.Address, Timeout = TimeSpan.FromSeconds(120) };
        canaryHttp.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", service.Token("canary"));

        using var budget = new CancellationTokenSource(options.Budget);
        var results = new ConcurrentBag<CaseResult>();
        var canary = new ConcurrentBag<CaseResult>();
        var aliveFailures = 0;
        var cases = new FileMutator(seeds, options.Seed, options.Mutations).Cases(options.Cases).GetEnumerator();
        var gate = new Lock();
        using var stopSide = new CancellationTokenSource();

        var started = TimeProvider.System.GetTimestamp();
        var sideTasks = new[]
        {
            Task.Run(async () =>
            {
                var number = 0;
                while (!stopSide.IsCancellationRequested)
                {
                    canary.Add(await FuzzClient.PostAsync(canaryHttp, new FuzzCase(--number, "canary", "rm_john_doe.pdf", canaryFile), CancellationToken.None));
                    await Delay(TimeSpan.FromSeconds(1), stopSide.Token);
                }
            }),
            Task.Run(async () =>
            {
                while (!stopSide.IsCancellationRequested)
                {
                    try
                    {
                        using var alive = await http.GetAsync("/alive", stopSide.Token);
                        if (!alive.IsSuccessStatusCode)
                        {
                            Interlocked.Increment(ref aliveFailures);
                        }
                    }
                    catch (HttpRequestException)
                    {
                        Interlocked.Increment(ref aliveFailures);
                    }
                    catch (OperationCanceledException)
                    {
                        return;
                    }
                    await Delay(TimeSpan.FromSeconds(1), stopSide.Token);
                }
            }),
        };

        var clients = Enumerable.Range(0, options.Concurrency).Select(_ => Task.Run(async () =>
        {
            while (!budget.IsCancellationRequested && !service.HasExited)
            {
                FuzzCase next;
                lock (gate)
                {
                    try
                    {
                        if (!cases.MoveNext())
                        {
                            return;
                        }
                    }
                    catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or IOException)
                    {
                        // A bug of the mutator, not of the service: say so and stop this client rather than the run.
                        Console.Error.WriteLine($"mutator failed: {ex}");
                        return;
                    }
                    next = cases.Current;
                }
                var result = await FuzzClient.PostAsync(http, next, CancellationToken.None);
                results.Add(result);
                if (result.IsFinding)
                {
                    Console.Error.WriteLine($"finding: case {next.Number} ({next.Mutation} of {next.Seed}, {next.Content.Length} bytes): {result.Outcome} {result.Status}");
                    if (options.Findings is { } findingsFolder)
                    {
                        Directory.CreateDirectory(findingsFolder);
                        await File.WriteAllBytesAsync(Path.Combine(findingsFolder, next.FileName), next.Content);
                    }
                }
                if (results.Count % 500 == 0)
                {
                    Console.Error.WriteLine($"{results.Count} cases, {TimeProvider.System.GetElapsedTime(started).TotalSeconds:0} s");
                }
            }
        })).ToList();
        await Task.WhenAll(clients);
        var elapsed = TimeProvider.System.GetElapsedTime(started);
        await stopSide.CancelAsync();
        await Task.WhenAll(sideTasks);

        var report = Report(results.ToList(), canary.ToList(), aliveFailures, service, elapsed);
        Console.WriteLine(report);
        if (options.Report is { } path)
        {
            await File.WriteAllTextAsync(path, report);
        }
        var findings = results.Count(r => r.IsFinding) + aliveFailures + (service.HasExited ? 1 : 0);
        return findings == 0 ? 0 : 1;
    }

    private static async Task Delay(TimeSpan delay, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(delay, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    private string Report(List<CaseResult> results, List<CaseResult> canary, int aliveFailures, ServiceUnderFuzz service, TimeSpan elapsed)
    {
        static string Ms(IEnumerable<CaseResult> rows, double quantile)
        {
            var sorted = rows.Select(r => r.Elapsed.TotalMilliseconds).Order().ToList();
            return sorted.Count == 0 ? "-" : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(quantile * sorted.Count) - 1)].ToString("0", CultureInfo.InvariantCulture);
        }
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"## Extraction fuzz run (seed {options.Seed}, {options.Concurrency} clients, {Environment.ProcessorCount} cores, {elapsed.TotalSeconds:0} s)");
        text.AppendLine();
        text.AppendLine("| cases | read (2xx) | refused (4xx ProblemDetails) | busy (503 + Retry-After) | 4xx without ProblemDetails | other 5xx | dropped connections | service deaths | /alive failures | peak RSS service | peak RSS service + workers | p50 ms | p99 ms |");
        text.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        text.AppendLine(CultureInfo.InvariantCulture,
            $"| {results.Count:N0} | {Count(results, Outcome.Read):N0} | {Count(results, Outcome.Refused):N0} | {Count(results, Outcome.Busy)} | {Count(results, Outcome.RefusedWithoutProblem)} | {Count(results, Outcome.ServerError)} | {Count(results, Outcome.Dropped)} | {(service.HasExited ? 1 : 0)} | {aliveFailures} | {Mb(service.PeakServiceBytes)} | {Mb(service.PeakTreeBytes)} | {Ms(results, 0.5)} | {Ms(results, 0.99)} |");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"Canary (a normal resume every second during the run): {canary.Count} requests, {canary.Count(c => c.Outcome == Outcome.Read)} read, p50 {Ms(canary, 0.5)} ms, p99 {Ms(canary, 0.99)} ms, max {Ms(canary, 1.0)} ms.");
        text.AppendLine();
        text.AppendLine("| mutation | cases | read | refused | problem types | p99 ms |");
        text.AppendLine("|---|---:|---:|---:|---|---:|");
        foreach (var group in results.GroupBy(r => r.Mutation).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var types = string.Join(", ", group.Where(r => r.ProblemType is not null).GroupBy(r => r.ProblemType!)
                .OrderByDescending(t => t.Count()).Select(t => $"{t.Key} {t.Count()}"));
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {group.Key} | {group.Count()} | {Count(group, Outcome.Read)} | {Count(group, Outcome.Refused)} | {types} | {Ms(group, 0.99)} |");
        }
        return text.ToString();
    }

    private static int Count(IEnumerable<CaseResult> results, Outcome outcome) => results.Count(r => r.Outcome == outcome);

    private static string Mb(long bytes) => $"{bytes / (1024 * 1024):N0} MB";
}
