using System.Text;
using Microsoft.Playwright;

namespace CareerCraft.Tests.Web.Browser;

/// <summary>
/// The job search workspace in Chromium against the real services: a resume analysed twice shows its score trend,
/// two saved jobs are ranked for it, the better one is tracked, moved two stages on the board with the keyboard,
/// matched on its own page and exported as CSV.
/// </summary>
[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public sealed class JobSearchJourneyTests(BrowserFixture fixture)
{
    private const string JavaJob =
        """
        Senior Full Stack Java Developer at Northwind Traders.
        Requirements:
        - 4+ years of experience with Java and Spring Boot
        - Experience building RESTful APIs
        - Strong Angular and TypeScript skills for the front end
        - Experience with Kubernetes and AWS
        """;

    private const string PastryJob = "Requirements: bake croissants, laminate dough, run the pastry kitchen and keep food safety records.";

    private static readonly PageWaitForURLOptions Committed = new() { WaitUntil = WaitUntilState.Commit };

    [Fact]
    public async Task Save_two_jobs_rank_them_track_the_better_one_move_it_on_the_board_and_export_csv()
    {
        var page = await fixture.NewPageAsync();
        await page.ScreenshotOnFailureAsync(fixture, "failure-job-search", () => JourneyAsync(page));
    }

    private async Task JourneyAsync(IPage page)
    {
        await page.SignUpNewPersonAsync("erin");

        // A resume analysed, saved, then analysed again: two points on its score trend and a comparison.
        await page.GoInteractiveAsync("/analyze");
        await page.GetByTestId("analyze-upload-input").SetInputFilesAsync(Path.Combine(AppContext.BaseDirectory, "TestData", "web", "rm_john_doe.pdf"));
        await page.GetByTestId("ats-score").WaitForAsync();
        await page.GetByTestId("save-resume").ClickAsync();
        await Assertions.Expect(page.GetByTestId("saved")).ToBeVisibleAsync();
        await page.GoInteractiveAsync("/resumes");
        await page.GetByTestId("resume-open").ClickAsync();
        await Assertions.Expect(page.GetByTestId("score-trend-point")).ToHaveCountAsync(1);
        await page.FillAndCommitAsync("reanalyse-jd", JavaJob);
        await page.GetByTestId("reanalyse").ClickAsync();
        await Assertions.Expect(page.GetByTestId("score-trend-point")).ToHaveCountAsync(2);
        await Assertions.Expect(page.GetByTestId("score-trend-summary")).ToContainTextAsync("over 2 analyses");
        await Assertions.Expect(page.GetByTestId("analysis-compare")).ToBeVisibleAsync();
        await TopScreenshotAsync(page, "20-score-trend");
        var jsonResume = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("resume-json-export").ClickAsync());
        var jsonResumePath = (await jsonResume.PathAsync())!;
        using (var exported = System.Text.Json.JsonDocument.Parse(await File.ReadAllBytesAsync(jsonResumePath)))
        {
            Assert.Equal("John Doe", exported.RootElement.GetProperty("basics").GetProperty("name").GetString());
        }

        // Two saved jobs, ranked for that resume: the Java role first.
        await page.GoInteractiveAsync("/jobs");
        await SaveJobAsync(page, "Pastry Chef", "Le Petit Four", PastryJob);
        await SaveJobAsync(page, "Senior Java Developer", "Northwind Traders", JavaJob);
        await Assertions.Expect(page.GetByTestId("saved-job")).ToHaveCountAsync(2);
        await Assertions.Expect(page.GetByTestId("rank-resume-chosen")).ToBeVisibleAsync();
        await page.GetByTestId("rank-saved").ClickAsync();
        await Assertions.Expect(page.GetByTestId("saved-job-score")).ToHaveCountAsync(2);
        var best = page.GetByTestId("saved-job").First;
        await Assertions.Expect(best).ToContainTextAsync("Senior Java Developer");
        var jobId = (await best.GetAttributeAsync("data-id"))!;
        await TopScreenshotAsync(page, "21-ranked-jobs");

        // Track the better one; on the board, the keyboard moves it two stages and focus follows the card.
        await best.GetByTestId("saved-job-track").ClickAsync();
        await Assertions.Expect(best.GetByTestId("saved-job-status")).ToHaveTextAsync("Saved");
        await page.GoInteractiveAsync("/applications");
        var card = page.GetByTestId("column-saved").GetByTestId("board-card");
        await Assertions.Expect(card).ToHaveCountAsync(1);
        await card.FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        var applied = page.GetByTestId("column-applied").GetByTestId("board-card");
        await Assertions.Expect(applied).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        var interviewing = page.GetByTestId("column-interviewing").GetByTestId("board-card");
        await Assertions.Expect(interviewing).ToBeFocusedAsync();
        await Assertions.Expect(interviewing).ToContainTextAsync("Senior Java Developer");
        await Assertions.Expect(page.GetByTestId("board-announcement")).ToContainTextAsync("moved to Interviewing");
        await Assertions.Expect(page.GetByTestId("column-saved").GetByTestId("board-card")).ToHaveCountAsync(0);
        await TopScreenshotAsync(page, "22-board");

        // The table view sorts by a column.
        await page.GetByTestId("view-table").ClickAsync();
        await Assertions.Expect(page.GetByTestId("application-row")).ToHaveCountAsync(1);
        await page.GetByTestId("sort-status").ClickAsync();
        await Assertions.Expect(page.Locator("th[aria-sort=ascending]")).ToContainTextAsync("Status");

        // CSV export: the application's row with its job and stage.
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("applications-export").ClickAsync());
        var csvPath = await download.PathAsync();
        var csv = Encoding.UTF8.GetString(await File.ReadAllBytesAsync(csvPath!)).TrimStart('\uFEFF');
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("\"Northwind Traders\",\"Senior Java Developer\",", lines[1]);
        Assert.Contains("\"interviewing\"", lines[1]);

        // The job's page: the linked resume's match with evidence, kept with the application, and a letter prefilled.
        await page.GoInteractiveAsync($"/jobs/{jobId}");
        await Assertions.Expect(page.GetByTestId("job-status")).ToHaveTextAsync("Interviewing");
        await Assertions.Expect(page.GetByTestId("job-history")).ToContainTextAsync("Applied");
        await page.GetByTestId("job-match-run").ClickAsync();
        await page.GetByTestId("fit-score").WaitForAsync();
        await Assertions.Expect(page.GetByTestId("matched-skills")).ToContainTextAsync("Java");
        await Assertions.Expect(page.GetByTestId("requirement")).Not.ToHaveCountAsync(0);
        await page.FillAndCommitAsync("job-notes", "Ask about the on-call rota.");
        await page.GetByTestId("job-details-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("job-details-saved")).ToBeVisibleAsync();
        await page.ReloadAsync();
        await page.WaitInteractiveAsync();
        await page.GetByTestId("fit-score").WaitForAsync();
        await Assertions.Expect(page.GetByTestId("job-notes")).ToHaveValueAsync("Ask about the on-call rota.");
        await TopScreenshotAsync(page, "23-job-page");
        await page.GetByTestId("job-write-letter").ClickAsync();
        await page.WaitForURLAsync($"**/cover-letters/new?job={jobId}", Committed);
        await page.WaitInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("letter-company")).ToHaveValueAsync("Northwind Traders");
        await Assertions.Expect(page.GetByTestId("letter-title")).ToHaveValueAsync("Senior Java Developer");
        await Assertions.Expect(page.GetByTestId("letter-jd")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("Spring Boot"));

        // The JSON Resume exported earlier comes back in as a resume of its own.
        await page.GoInteractiveAsync("/resumes");
        await page.GetByTestId("json-resume-input").SetInputFilesAsync(new FilePayload
        {
            Name = "resume.json", MimeType = "application/json", Buffer = await File.ReadAllBytesAsync(jsonResumePath),
        });
        await Assertions.Expect(page.GetByTestId("resume-item")).ToHaveCountAsync(2);
        await Assertions.Expect(page.GetByTestId("resume-list")).ToContainTextAsync("John Doe (JSON Resume)");

        // The dashboard counts it under its stage; an interview needs no letter, so nothing is asked of it.
        await page.GoInteractiveAsync("/dashboard");
        await Assertions.Expect(page.GetByTestId("stage-count-interviewing")).ToContainTextAsync("1");
        await Assertions.Expect(page.GetByTestId("stage-count-saved")).ToContainTextAsync("0");
        await Assertions.Expect(page.GetByTestId("dashboard-pipeline")).ToContainTextAsync("Nothing pressing");
        await TopScreenshotAsync(page, "24-dashboard-pipeline");
    }

    /// <summary>A full-page screenshot from the top: scrolled, the sticky header would be drawn halfway down the page.</summary>
    private async Task TopScreenshotAsync(IPage page, string name)
    {
        await page.EvaluateAsync("window.scrollTo(0, 0)");
        await page.ScreenshotAsync(fixture, name);
    }

    private static async Task SaveJobAsync(IPage page, string title, string company, string description)
    {
        var before = await page.GetByTestId("saved-job").CountAsync();
        await page.FillAndCommitAsync("job-title", title);
        await page.FillAndCommitAsync("job-company", company);
        await page.FillAndCommitAsync("job-description", description);
        await page.GetByTestId("job-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("saved-job")).ToHaveCountAsync(before + 1);
    }
}
