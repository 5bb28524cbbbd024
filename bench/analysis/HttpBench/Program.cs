// Resume analysis and job matching through HTTP against the running ML service, with a bare Kestrel endpoint (same
// request body, a canned answer, no work) as the ceiling of what HTTP on this machine allows.
// Usage: HttpBench <ml-base-url> <jwt-secret> <resume-file.pdf|docx> <job-description.txt> [seconds-per-cell] [concurrency] [label]
//        HttpBench --jwks <jwt-secret>   (prints the key set to give the ML service as Jwt__Jwks)
using System.Net.Http.Headers;
using System.Text.Json;
using CareerCraft.Bench.Analysis;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

if (args is ["--jwks", var secret])
{
    Console.WriteLine(TestToken.Jwks(secret));
    return;
}

var mlUrl = new Uri(args[0]);
var token = TestToken.Create(args[1]);
var resumeFile = args[2];
var jobDescription = File.ReadAllText(args[3]);
var duration = TimeSpan.FromSeconds(args.Length > 4 ? double.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture) : 8);
var concurrency = args.Length > 5 ? int.Parse(args[5], System.Globalization.CultureInfo.InvariantCulture) : 4;
// What the service under test runs (e.g. "int8 model"), for the table's title.
var label = args.Length > 6 ? args[6] : "default settings";

// The ceiling: Kestrel reading the same JSON body and answering a fixed small JSON, nothing else.
var builder = WebApplication.CreateSlimBuilder();
builder.Logging.ClearProviders();
builder.WebHost.UseUrls("http://127.0.0.1:0");
var bare = builder.Build();
bare.MapPost("/bare", async (HttpRequest request) =>
{
    using var body = await JsonDocument.ParseAsync(request.Body);
    return Results.Text("{\"ok\":true}", "application/json");
});
await bare.StartAsync();
var bareUrl = new Uri(bare.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

using var ml = LoadRunner.Client(mlUrl, token);

// The resume text exactly as the service extracts it from the file.
using var form = new MultipartFormDataContent();
var file = new ByteArrayContent(File.ReadAllBytes(resumeFile));
file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
form.Add(file, "file", Path.GetFileName(resumeFile));
using var extracted = await ml.PostAsync("/resume/extract-text", form);
extracted.EnsureSuccessStatusCode();
using var extraction = JsonDocument.Parse(await extracted.Content.ReadAsStringAsync());
var resumeText = extraction.RootElement.GetProperty("text").GetString()!;
var resumeLayout = extraction.RootElement.GetProperty("layout").Clone();
var words = resumeText.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

var analyzeBody = JsonSerializer.Serialize(new { text = resumeText, jobDescription });
var matchBody = JsonSerializer.Serialize(new { resumeText, jobDescription });
// The reading an upload gets: the text with the lines' layout (size, weight, position, styles) as extraction gave it.
var analyzeLayoutBody = JsonSerializer.Serialize(new { text = resumeText, layout = resumeLayout, jobDescription });

var runner = new LoadRunner(ml, duration, concurrency);
using var bareClient = LoadRunner.Client(bareUrl, null);
var bareRunner = new LoadRunner(bareClient, duration, concurrency);

var analyze = await runner.RunAsync("/resume/analyze", analyzeBody);
var analyzeCeiling = await bareRunner.RunAsync("/bare", analyzeBody);
var analyzeLayout = await runner.RunAsync("/resume/analyze", analyzeLayoutBody);
var analyzeLayoutCeiling = await bareRunner.RunAsync("/bare", analyzeLayoutBody);
var match = await runner.RunAsync("/resume/job-match", matchBody);
var matchCeiling = await bareRunner.RunAsync("/bare", matchBody);
// Cold: every line of both texts made unique per request, so no embedding comes from the service's content cache
// (the first match of a new resume against a new job); the warm rows above repeat one resume and job.
var coldMatch = await runner.RunAsync("/resume/job-match", n => JsonSerializer.Serialize(new
{
    resumeText = Unique(resumeText, n),
    jobDescription = Unique(jobDescription, n),
}));
// New job: the resume repeats (matched before, its lines cached), every job line is new: one person trying their
// resume against one posting after another.
var newJobMatch = await runner.RunAsync("/resume/job-match", n => JsonSerializer.Serialize(new
{
    resumeText,
    jobDescription = Unique(jobDescription, n),
}));
// After analysis: a person analyses a new resume, reads the result for a moment, then matches it against a new job.
// The analysis prepared the resume's side of the match in the background; the match embeds the job's texts only.
var afterAnalysis = new List<double>();
for (var n = 1; n <= 12; n++)
{
    var resume = Unique(resumeText, 1_000_000 + n);
    await runner.SendAsync("/resume/analyze", JsonSerializer.Serialize(new { text = resume }));
    await Task.Delay(TimeSpan.FromSeconds(2));
    afterAnalysis.Add(await runner.TimeAsync("/resume/job-match",
        JsonSerializer.Serialize(new { resumeText = resume, jobDescription = Unique(jobDescription, 1_000_000 + n) })));
}
afterAnalysis.Sort();
await bare.StopAsync();

var cores = Environment.ProcessorCount;
Console.WriteLine($"ML service with the {label}.");
Console.WriteLine($"machine: {cores} cores, load average {LoadAverage()}");
Console.WriteLine($"Resume: {Path.GetFileName(resumeFile)} ({words} words, {resumeText.Length:N0} characters); job description {jobDescription.Length:N0} characters; " +
    $"latency from sequential requests, throughput from {concurrency} concurrent clients, {duration.TotalSeconds:0} s per cell; {cores} cores.");
Console.WriteLine();
Console.WriteLine("| measurement | ours | bare Kestrel | ratio (ours / bare) | target | cores |");
Console.WriteLine("|---|---|---|---|---|---|");
Row("/resume/analyze p50 (ms)", analyze.P50Ms, analyzeCeiling.P50Ms, "< 50 ms");
Row("/resume/analyze p95 (ms)", analyze.P95Ms, analyzeCeiling.P95Ms, "");
Row("/resume/analyze throughput (req/s)", analyze.RequestsPerSecond, analyzeCeiling.RequestsPerSecond, "");
Row($"/resume/analyze with layout ({resumeLayout.GetProperty("lines").GetArrayLength()} lines) p50 (ms)", analyzeLayout.P50Ms, analyzeLayoutCeiling.P50Ms, "< 50 ms");
Row("/resume/analyze with layout p95 (ms)", analyzeLayout.P95Ms, analyzeLayoutCeiling.P95Ms, "");
Row("/resume/job-match warm p50 (ms)", match.P50Ms, matchCeiling.P50Ms, "< 150 ms");
Row("/resume/job-match warm p95 (ms)", match.P95Ms, matchCeiling.P95Ms, "");
Row("/resume/job-match warm throughput (req/s)", match.RequestsPerSecond, matchCeiling.RequestsPerSecond, "");
Row("/resume/job-match new job p50 (ms)", newJobMatch.P50Ms, matchCeiling.P50Ms, "< 150 ms");
Row("/resume/job-match new job p95 (ms)", newJobMatch.P95Ms, matchCeiling.P95Ms, "");
Row("/resume/job-match new job throughput (req/s)", newJobMatch.RequestsPerSecond, matchCeiling.RequestsPerSecond, "");
Row("/resume/job-match after analysis p50 (ms)", LoadRunner.Percentile(afterAnalysis, 0.5), matchCeiling.P50Ms, "< 150 ms");
Row("/resume/job-match after analysis p95 (ms)", LoadRunner.Percentile(afterAnalysis, 0.95), matchCeiling.P95Ms, "");
Row("/resume/job-match cold p50 (ms)", coldMatch.P50Ms, matchCeiling.P50Ms, "< 150 ms");
Row("/resume/job-match cold p95 (ms)", coldMatch.P95Ms, matchCeiling.P95Ms, "");
Row("/resume/job-match cold throughput (req/s)", coldMatch.RequestsPerSecond, matchCeiling.RequestsPerSecond, "");

static string LoadAverage() =>
    File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

static string Unique(string text, int n) =>
    string.Join('\n', text.Split('\n').Select(line => line.Trim().Length == 0 ? line : $"{line} #{n}"));

void Row(string name, double ours, double peer, string target) =>
    Console.WriteLine($"| {name} | {ours:0.0} | {peer:0.0} | {ours / peer:0.00} | {target} | {cores} |");
