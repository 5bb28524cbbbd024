using System.Diagnostics;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using CareerCraft.Tests.Web.Browser;
using Microsoft.Playwright;
using Xunit.Abstractions;
using TempDirectory = CareerCraft.Tests.Infrastructure.TempDirectory;

namespace CareerCraft.Tests.AppHost;

/// <summary>
/// Traces worth reading (issue 14), as the dashboard gets them: the whole application started by the AppHost, every
/// service's OTLP exporter pointed at a local receiver in place of the dashboard's endpoint, and a person's actions
/// in Chromium. Each action is one trace, named by the service spans it holds:
/// <list type="bullet">
/// <item>an analysis: web (the file input's hub call) → ml (extract-text, analyze);</item>
/// <item>a save: web (the click) → backend (the upload with the text and analysis the page already has; ml is not
/// asked again: upload once);</item>
/// <item>a match from a tracked job's page: web (the click) → backend (the resume) → ml (job-match and its embedding
/// inferences) → backend (the match kept with the application): all three services;</item>
/// <item>a letter: its generation web → ml (the streamed letter), its save web → backend (the letter, and the
/// application it is now sent with).</item>
/// </list>
/// </summary>
[Trait("Category", "AppHost")]
public sealed class AppHostTraceTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(4);

    [Fact]
    public async Task An_analysis_a_save_a_match_and_a_letter_are_each_one_trace_across_the_services_they_touch()
    {
        var clock = Stopwatch.StartNew();
        await using var otlp = await OtlpReceiver.StartAsync();
        using var data = new TempDirectory();
        using var timeout = new CancellationTokenSource(Timeout);
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.CareerCraft_AppHost>(
            ["Storage=Embedded", "Ml:Replicas=1"], timeout.Token);
        builder.CreateResourceBuilder<ProjectResource>("backend")
            .WithEnvironment("Storage__Path", Path.Combine(data.Path, "traces.db"));
        foreach (var name in new[] { "backend", "ml", "web" })
        {
            // Set after the AppHost's own OTLP settings (the dashboard's endpoint), so these win. The service name
            // stays the one Aspire gives (the resource's name), as the dashboard shows it.
            builder.CreateResourceBuilder<ProjectResource>(name)
                .WithEnvironment("OTEL_EXPORTER_OTLP_ENDPOINT", otlp.Endpoint)
                .WithEnvironment("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf")
                .WithEnvironment("OTEL_BSP_SCHEDULE_DELAY", "200")
                .WithEnvironment("OTEL_TRACES_SAMPLER", "always_on");
        }

        await using var app = await builder.BuildAsync(timeout.Token);
        await app.StartAsync(timeout.Token);
        foreach (var name in new[] { "backend", "ml", "web" })
        {
            await app.ResourceNotifications.WaitForResourceHealthyAsync(name, timeout.Token);
        }
        output.WriteLine($"{clock.Elapsed.TotalSeconds:F1} s: the application is healthy");

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserFixture.LaunchChromiumAsync(playwright);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.GetEndpoint("web", "http").ToString() });
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        var page = await context.NewPageAsync();

        await page.SignUpNewPersonAsync("otto");
        await TraceJourney.AnalyseAndSaveAsync(page);
        var jobId = await TraceJourney.TrackAJobAsync(page);
        await TraceJourney.MatchAsync(page, jobId);
        await TraceJourney.WriteAndSaveLetterAsync(page, jobId);
        output.WriteLine($"{clock.Elapsed.TotalSeconds:F1} s: the journey is done");

        var spans = await SettledAsync(otlp, s => s.Service == "backend" && s.Name.StartsWith("POST /api/cover-letters", StringComparison.Ordinal)
            && Trace(otlp.Spans, s).Any(t => t.Service == "backend" && t.Name.StartsWith("PUT /api/applications/", StringComparison.Ordinal)));
        output.WriteLine($"{clock.Elapsed.TotalSeconds:F1} s: {spans.Count} spans received");
        try
        {
            AssertTraces(spans);
        }
        catch
        {
            // What the dashboard would have listed, for the report of a failure.
            foreach (var span in spans)
            {
                output.WriteLine(span.ToString());
            }
            throw;
        }
        output.WriteLine($"{clock.Elapsed.TotalSeconds:F1} s: done");
    }

    private static void AssertTraces(IReadOnlyList<ExportedSpan> spans)
    {

        // The analysis: the file input's call into the circuit, then ML reading the file and analysing its text.
        var analysis = Trace(spans, Single(spans, "ml", "POST /resume/analyze"));
        Assert.Contains(analysis, s => s.Service == "web" && s.Scope == "Microsoft.AspNetCore.SignalR.Server" && s.Name.EndsWith("/BeginInvokeDotNetFromJS", StringComparison.Ordinal));
        Assert.Contains(analysis, s => s.Service == "ml" && s.Name == "POST /resume/extract-text");
        Touches(analysis, "web", "ml");

        // The save: Blazor's click span in the web and the backend's upload.
        var save = Trace(spans, Single(spans, "web", "Analyze.SaveAsync"));
        Assert.Contains(save, s => s.Service == "backend" && s.Name.StartsWith("POST /api/resumes", StringComparison.Ordinal));
        Assert.Contains(save, s => s.Service == "web");
        Touches(save, "web", "backend");

        // The match: the click, the backend's resume, ML's match and its inferences, the backend keeping the result.
        var match = Trace(spans, Single(spans, "ml", "POST /resume/job-match"));
        Assert.Contains(match, s => s.Service == "web" && s.Scope == "Microsoft.AspNetCore.Components" && s.Name.EndsWith("JobPage.MatchAsync", StringComparison.Ordinal));
        Assert.Contains(match, s => s.Service == "backend" && s.Name.StartsWith("GET /api/resumes/", StringComparison.Ordinal));
        Assert.Contains(match, s => s.Service == "backend" && s.Name == "PUT /api/applications/{id}/match");
        Assert.Contains(match, s => s.Service == "ml" && s.Name == "embeddings.inference" && match.Exists(p => p.SpanId == s.ParentSpanId));
        Touches(match, "web", "backend", "ml");

        // The letter: written by ML for the click, then saved to the backend and linked to the tracked application.
        var letter = Trace(spans, Single(spans, "ml", "POST /cover-letter/stream"));
        // (The button submits the letter's form: Blazor names the event after the form's handler, not the page's.)
        Assert.Contains(letter, s => s.Service == "web" && s.Scope == "Microsoft.AspNetCore.Components");
        Touches(letter, "web", "ml");
        var letterSave = Trace(spans, Single(spans, "backend", "POST /api/cover-letters"));
        Assert.Contains(letterSave, s => s.Service == "web" && s.Name.EndsWith("NewCoverLetter.SaveAsync", StringComparison.Ordinal));
        Assert.Contains(letterSave, s => s.Service == "backend" && s.Name == "PUT /api/applications/{id}");
        Touches(letterSave, "web", "backend");

        // Five clicks, five traces; and none for health probes or the circuit's render acknowledgements.
        Assert.Equal(5, new[] { analysis, save, match, letter, letterSave }.Select(t => t[0].TraceId).Distinct().Count());
        Assert.DoesNotContain(spans, s => s.Name.Contains("/health", StringComparison.Ordinal) || s.Name.EndsWith("/OnRenderCompleted", StringComparison.Ordinal));
    }

    private static ExportedSpan Single(IEnumerable<ExportedSpan> spans, string service, string name) =>
        Assert.Single(spans, s => s.Service == service && (s.Name.TrimEnd('/') == name || s.Name.EndsWith("." + name, StringComparison.Ordinal)));

    private static List<ExportedSpan> Trace(IEnumerable<ExportedSpan> spans, ExportedSpan member) =>
        spans.Where(s => s.TraceId == member.TraceId).ToList();

    /// <summary>
    /// The trace holds spans of exactly these services, leaving out a fetch of the backend's token signing keys
    /// (/.well-known/jwks.json), which the first request a service checks a token for may make on its way.
    /// </summary>
    private static void Touches(List<ExportedSpan> trace, params string[] services) =>
        Assert.Equal(services.Order(), trace.Where(s => !s.Name.Contains("/.well-known/", StringComparison.Ordinal)).Select(s => s.Service).Distinct().Order());

    // Each service exports a batch a moment after its spans end.
    private static async Task<IReadOnlyList<ExportedSpan>> SettledAsync(OtlpReceiver otlp, Func<ExportedSpan, bool> last)
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(20))
        {
            var spans = otlp.Spans;
            if (spans.Any(last))
            {
                // The other services' last batches: their timers run independently.
                await Task.Delay(1000);
                return otlp.Spans;
            }
            await Task.Delay(200);
        }
        return otlp.Spans;
    }
}
