using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;

namespace CareerCraft.Bench.Analysis;

/// <summary>Latency percentiles from sequential requests, and throughput from concurrent clients, for one endpoint.</summary>
public sealed record LoadResult(double P50Ms, double P95Ms, double RequestsPerSecond);

public sealed class LoadRunner(HttpClient client, TimeSpan duration, int concurrency)
{
    private const int Warmup = 20;

    public Task<LoadResult> RunAsync(string url, string jsonBody) => RunAsync(url, _ => jsonBody);

    /// <summary>Sends <paramref name="bodyFor"/>(n) as the n-th request, e.g. to defeat caches with unique texts.</summary>
    public async Task<LoadResult> RunAsync(string url, Func<int, string> bodyFor)
    {
        var sent = 0;
        for (var i = 0; i < Warmup; i++)
        {
            await SendAsync(url, bodyFor(Interlocked.Increment(ref sent)));
        }

        // Latency: one request at a time, as one user clicking "Analyse".
        var latencies = new List<double>();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < duration)
        {
            var body = bodyFor(Interlocked.Increment(ref sent));
            var start = Stopwatch.GetTimestamp();
            await SendAsync(url, body);
            latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
        latencies.Sort();

        // Throughput: several clients at once, as several users.
        var completed = 0;
        var stop = DateTime.UtcNow + duration;
        var throughputClock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            while (DateTime.UtcNow < stop)
            {
                await SendAsync(url, bodyFor(Interlocked.Increment(ref sent)));
                Interlocked.Increment(ref completed);
            }
        }));
        var seconds = throughputClock.Elapsed.TotalSeconds;
        return new LoadResult(Percentile(latencies, 0.50), Percentile(latencies, 0.95), completed / seconds);
    }

    /// <summary>One request, timed (ms).</summary>
    public async Task<double> TimeAsync(string url, string jsonBody)
    {
        var start = Stopwatch.GetTimestamp();
        await SendAsync(url, jsonBody);
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }

    public async Task SendAsync(string url, string jsonBody)
    {
        using var content = new StringContent(jsonBody, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(url, content);
        var body = await response.Content.ReadAsByteArrayAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{url} answered {(int)response.StatusCode}: {Encoding.UTF8.GetString(body)}");
        }
    }

    public static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    public static HttpClient Client(Uri baseAddress, string? token)
    {
        var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64 }) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return client;
    }
}
