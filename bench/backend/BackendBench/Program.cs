using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CareerCraft.Bench.Backend;

// Two roles in one small program, so both sides of the comparison share the same HTTP client code:
//   peer --urls URL                       a bare Kestrel endpoint (no auth, no store): the HTTP ceiling
//   load --backend URL --peer URL [...]   drives both and prints a markdown table
return args.FirstOrDefault() switch
{
    "peer" => await Peer.RunAsync(args[1..]),
    "load" => await Load.RunAsync(Options.Parse(args[1..])),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: BackendBench peer --urls URL | load --backend URL --peer URL [--seconds N] [--concurrency N] [--bcrypt-cost N]");
    return 2;
}

namespace CareerCraft.Bench.Backend
{
    internal sealed record Options(string Backend, string Peer, int Seconds, int Concurrency, string BCryptCost)
    {
        public static Options Parse(string[] args)
        {
            string Get(string name, string fallback)
            {
                var i = Array.IndexOf(args, name);
                return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
            }
            return new Options(Get("--backend", "http://127.0.0.1:5311"), Get("--peer", "http://127.0.0.1:5312"),
                int.Parse(Get("--seconds", "5"), CultureInfo.InvariantCulture), int.Parse(Get("--concurrency", "16"), CultureInfo.InvariantCulture),
                Get("--bcrypt-cost", "12"));
        }
    }

    internal static class Sample
    {
        public static readonly object Letter = new
        {
            companyName = "Contoso",
            jobTitle = "Backend Engineer",
            jobDescription = "Build and operate APIs in C# and .NET; own reliability and performance of services used by millions.",
            tone = "confident",
            coverLetter = new
            {
                greeting = "Dear Hiring Manager,",
                body = new[]
                {
                    "I have spent six years building HTTP services in C#, most recently a document pipeline serving 40 million requests a day.",
                    "I care about latency budgets, careful data handling and tests that catch real regressions.",
                    "I would be glad to bring that to Contoso's platform team.",
                },
                closing = "Thank you for your time and consideration.",
                signOff = "Sincerely,",
                candidateName = "Ada Lovelace",
            },
        };
    }

    /// <summary>The ceiling: Kestrel and System.Text.Json only, answering the same payloads.</summary>
    internal static class Peer
    {
        public static async Task<int> RunAsync(string[] args)
        {
            var builder = WebApplication.CreateSlimBuilder(args);
            builder.Logging.ClearProviders();
            var app = builder.Build();
            var stored = JsonSerializer.SerializeToElement(Sample.Letter, JsonSerializerOptions.Web);
            app.MapGet("/health", () => "ok");
            app.MapGet("/read/{id}", (string id) => TypedResults.Ok(stored));
            app.MapPost("/write", (JsonElement body) => TypedResults.Created("/read/1", body));
            await app.RunAsync();
            return 0;
        }
    }

    internal sealed record Result(string Scenario, string Side, double RequestsPerSecond, double P50Ms, double P95Ms, int Errors);

    internal static class Load
    {
        public static async Task<int> RunAsync(Options options)
        {
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Concurrency, PooledConnectionLifetime = TimeSpan.FromMinutes(10) });
            var backend = options.Backend.TrimEnd('/');
            var peer = options.Peer.TrimEnd('/');

            var username = "bench" + Guid.NewGuid().ToString("N")[..10];
            const string password = "benchmark-password-123";
            using var signUp = await http.PostAsJsonAsync($"{backend}/api/auth/signup", new { username, email = $"{username}@example.com", password });
            signUp.EnsureSuccessStatusCode();
            var token = (await signUp.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
            var bearer = new AuthenticationHeaderValue("Bearer", token);
            using var created = await Send(http, HttpMethod.Post, $"{backend}/api/cover-letters", bearer, Sample.Letter);
            created.EnsureSuccessStatusCode();
            var letterId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

            var results = new List<Result>
            {
                // Same pipeline minus auth and store: separates framework and middleware cost from ours.
                await Measure("anonymous GET /alive (pipeline only)", "backend (SQLite)", options, () => Send(http, HttpMethod.Get, $"{backend}/alive", null, null)),
                await Measure("anonymous GET /alive (pipeline only)", "bare Kestrel", options, () => Send(http, HttpMethod.Get, $"{peer}/health", null, null)),
                await Measure("authenticated read", "backend (SQLite)", options, () => Send(http, HttpMethod.Get, $"{backend}/api/cover-letters/{letterId}", bearer, null)),
                await Measure("authenticated read", "bare Kestrel", options, () => Send(http, HttpMethod.Get, $"{peer}/read/{letterId}", null, null)),
                await Measure("authenticated write", "backend (SQLite)", options, () => Send(http, HttpMethod.Post, $"{backend}/api/cover-letters", bearer, Sample.Letter)),
                await Measure("authenticated write", "bare Kestrel", options, () => Send(http, HttpMethod.Post, $"{peer}/write", null, Sample.Letter)),
                // BCrypt is the cost here by design; as many workers as cores is all it can use.
                await Measure($"sign-in (BCrypt cost {options.BCryptCost})", "backend (SQLite)", options with { Concurrency = Environment.ProcessorCount },
                    () => Send(http, HttpMethod.Post, $"{backend}/api/auth/signin", null, new { email = username, password })),
            };

            Console.WriteLine($"Backend HTTP benchmark: {Environment.ProcessorCount} cores (servers and load generator share them), {options.Seconds} s per row after 1 s warm-up, {options.Concurrency} concurrent clients (sign-in: {Environment.ProcessorCount}).");
            Console.WriteLine();
            Console.WriteLine("| scenario | backend req/s | bare Kestrel req/s | ratio | backend p50 ms | backend p95 ms | Kestrel p95 ms | errors |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var scenario in results.GroupBy(r => r.Scenario))
            {
                var ours = scenario.First(r => r.Side.StartsWith("backend", StringComparison.Ordinal));
                var ceiling = scenario.FirstOrDefault(r => r.Side == "bare Kestrel");
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {scenario.Key} | {Rate(ours.RequestsPerSecond)} | {(ceiling is null ? "n/a" : Rate(ceiling.RequestsPerSecond))} | " +
                    $"{(ceiling is null ? "n/a" : (ours.RequestsPerSecond / ceiling.RequestsPerSecond).ToString("F2", CultureInfo.InvariantCulture))} | " +
                    $"{ours.P50Ms:F1} | {ours.P95Ms:F1} | {(ceiling is null ? "n/a" : ceiling.P95Ms.ToString("F1", CultureInfo.InvariantCulture))} | {ours.Errors + (ceiling?.Errors ?? 0)} |"));
            }
            return results.Any(r => r.Errors > 0) ? 1 : 0;
        }

        /// <summary>Whole numbers for hundreds per second; a decimal where BCrypt keeps it to a handful.</summary>
        private static string Rate(double perSecond) =>
            perSecond.ToString(perSecond < 100 ? "F1" : "F0", CultureInfo.InvariantCulture);

        private static async Task<HttpResponseMessage> Send(HttpClient http, HttpMethod method, string url, AuthenticationHeaderValue? bearer, object? body)
        {
            using var request = new HttpRequestMessage(method, url);
            request.Headers.Authorization = bearer;
            if (body is not null)
            {
                request.Content = JsonContent.Create(body);
            }
            return await http.SendAsync(request);
        }

        private static async Task<Result> Measure(string scenario, string side, Options options, Func<Task<HttpResponseMessage>> call)
        {
            await RunFor(TimeSpan.FromSeconds(1), options.Concurrency, call, null);
            var latencies = new List<double>[options.Concurrency];
            var clock = Stopwatch.StartNew();
            var errors = await RunFor(TimeSpan.FromSeconds(options.Seconds), options.Concurrency, call, latencies);
            var elapsed = clock.Elapsed.TotalSeconds;
            var all = latencies.SelectMany(l => l).Order().ToArray();
            double Percentile(double p) => all.Length == 0 ? double.NaN : all[Math.Min(all.Length - 1, (int)Math.Ceiling(p * all.Length) - 1)];
            Console.Error.WriteLine($"{scenario} / {side}: {all.Length} requests in {elapsed:F1} s");
            return new Result(scenario, side, all.Length / elapsed, Percentile(0.50), Percentile(0.95), errors);
        }

        private static async Task<int> RunFor(TimeSpan duration, int workers, Func<Task<HttpResponseMessage>> call, List<double>[]? latencies)
        {
            var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
            var errors = 0;
            await Task.WhenAll(Enumerable.Range(0, workers).Select(async worker =>
            {
                var mine = new List<double>();
                while (Stopwatch.GetTimestamp() < deadline)
                {
                    var start = Stopwatch.GetTimestamp();
                    using var response = await call();
                    await response.Content.LoadIntoBufferAsync();
                    var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                    if (response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Created)
                    {
                        mine.Add(ms);
                    }
                    else
                    {
                        Interlocked.Increment(ref errors);
                    }
                }
                if (latencies is not null)
                {
                    latencies[worker] = mine;
                }
            }));
            return errors;
        }
    }
}
