using CareerCraft.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CareerCraft.Tests.Web.Browser;

/// <summary>
/// Traces worth reading (issue 14): a person's analysis, save, match and letter each come out as one trace from the
/// browser's action in the web to the services it calls, and the circuit's render acknowledgements and the static
/// files of each page come out as nothing. (AppHostTraceTests reads the same traces as the services export them.)
/// </summary>
[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public sealed class TraceTests(BrowserFixture fixture)
{
    [Fact]
    public async Task An_analysis_and_a_save_are_each_one_trace_across_web_backend_and_ml()
    {
        var page = await fixture.NewPageAsync();
        var before = fixture.Services.Spans.Spans.Count;
        await page.ScreenshotOnFailureAsync(fixture, "failure-traces", async () =>
        {
            await page.SignUpNewPersonAsync("tracy");
            await page.GoInteractiveAsync("/analyze");
            await page.GetByTestId("analyze-upload-input").SetInputFilesAsync(Path.Combine(AppContext.BaseDirectory, "TestData", "web", "rm_john_doe.pdf"));
            await page.GetByTestId("ats-score").WaitForAsync();
            await page.GetByTestId("save-resume").ClickAsync();
            await Assertions.Expect(page.GetByTestId("saved")).ToBeVisibleAsync();
        });

        var ml = fixture.Services.MlAddress.Port;
        var backend = fixture.Services.BackendAddress.Port;
        var spans = await SettledAsync(before, s => s.Name.EndsWith("Analyze.SaveAsync", StringComparison.Ordinal));

        // The analysis: the file input's call into the circuit, the web's two calls to ML, ML serving both.
        var analysis = Trace(spans, spans.Single(s => s.Name == "POST /resume/analyze" && s.Port == ml));
        Assert.Contains(analysis, s => s.Source == "Microsoft.AspNetCore.SignalR.Server" && s.Name.EndsWith("/BeginInvokeDotNetFromJS", StringComparison.Ordinal));
        Assert.Contains(analysis, s => s.Source == "System.Net.Http" && s.Url?.EndsWith("/resume/analyze", StringComparison.Ordinal) == true);
        Assert.Contains(analysis, s => s.Name == "POST /resume/extract-text" && s.Port == ml);

        // The save: Blazor's click span and the web's one call to the backend, which stores the text and analysis it
        // was sent; the file is not sent to ML a second time (upload once).
        var save = Trace(spans, spans.Single(s => s.Source == "Microsoft.AspNetCore.Components" && s.Name.EndsWith("Analyze.SaveAsync", StringComparison.Ordinal)));
        Assert.Contains(save, s => s.Name.StartsWith("POST /api/resumes", StringComparison.Ordinal) && s.Port == backend);
        Assert.DoesNotContain(save, s => s.Port == ml);
        Assert.DoesNotContain(save, s => s.Name.StartsWith("PUT /api/resumes/", StringComparison.Ordinal));

        // Pages are traced by their route; their files and the circuit's acknowledgements are not traced at all.
        Assert.Contains(spans, s => s.Name.StartsWith("Route /analyze", StringComparison.Ordinal));
        Assert.DoesNotContain(spans, s => s.Name.EndsWith("/OnRenderCompleted", StringComparison.Ordinal) || s.Name.EndsWith("/EndInvokeJSFromDotNet", StringComparison.Ordinal));
        Assert.DoesNotContain(spans, s => s.Url is { } url && (url.StartsWith("/_framework", StringComparison.Ordinal) || url.EndsWith(".css", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_match_on_a_jobs_page_and_a_letter_are_each_one_trace_and_the_match_holds_its_inferences()
    {
        var page = await fixture.NewPageAsync();
        var before = fixture.Services.Spans.Spans.Count;
        await page.ScreenshotOnFailureAsync(fixture, "failure-traces-match", async () =>
        {
            await page.SignUpNewPersonAsync("mattie");
            await TraceJourney.AnalyseAndSaveAsync(page);
            var jobId = await TraceJourney.TrackAJobAsync(page);
            await TraceJourney.MatchAsync(page, jobId);
            await TraceJourney.WriteAndSaveLetterAsync(page, jobId);
        });

        var ml = fixture.Services.MlAddress.Port;
        var backend = fixture.Services.BackendAddress.Port;
        var spans = await SettledAsync(before, s => s.Name.EndsWith("NewCoverLetter.SaveAsync", StringComparison.Ordinal));

        // The match: the click, the backend's resume, ML's match and the inferences it waited for (children of its
        // request, though the embedder's worker ran them), the backend keeping the result with the application.
        var match = Trace(spans, spans.Single(s => s.Name == "POST /resume/job-match" && s.Port == ml));
        Assert.Contains(match, s => s.Source == "Microsoft.AspNetCore.Components" && s.Name.EndsWith("JobPage.MatchAsync", StringComparison.Ordinal));
        Assert.Contains(match, s => s.Name.StartsWith("GET /api/resumes/", StringComparison.Ordinal) && s.Port == backend);
        Assert.Contains(match, s => s.Name == "embeddings.inference" && match.Exists(p => p.SpanId == s.ParentSpanId));
        Assert.Contains(match, s => s.Name == "PUT /api/applications/{id}/match" && s.Port == backend);

        // The letter: streamed by ML for the form's submit, then saved and linked to the application in one click.
        var letter = Trace(spans, spans.Single(s => s.Name == "POST /cover-letter/stream" && s.Port == ml));
        Assert.Contains(letter, s => s.Source == "Microsoft.AspNetCore.Components");
        var letterSave = Trace(spans, spans.Single(s => s.Source == "Microsoft.AspNetCore.Components" && s.Name.EndsWith("NewCoverLetter.SaveAsync", StringComparison.Ordinal)));
        Assert.Contains(letterSave, s => s.Name.StartsWith("POST /api/cover-letters", StringComparison.Ordinal) && s.Port == backend);
        Assert.Contains(letterSave, s => s.Name == "PUT /api/applications/{id}" && s.Port == backend);
    }

    private static List<RecordedSpan> Trace(IEnumerable<RecordedSpan> spans, RecordedSpan member) =>
        spans.Where(s => s.TraceId == member.TraceId).ToList();

    // A span is handed to the processor when it ends, a moment after the page shows the result.
    private async Task<List<RecordedSpan>> SettledAsync(int before, Func<RecordedSpan, bool> last)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var spans = fixture.Services.Spans.Spans.Skip(before).ToList();
            if (spans.Any(last))
            {
                return spans;
            }
            await Task.Delay(100);
        }
        return fixture.Services.Spans.Spans.Skip(before).ToList();
    }
}
