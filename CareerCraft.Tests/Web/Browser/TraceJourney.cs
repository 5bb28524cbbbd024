using Microsoft.Playwright;

namespace CareerCraft.Tests.Web.Browser;

/// <summary>
/// The actions whose traces the trace tests read (issue 14), for a person already signed in: a resume analysed and
/// saved, a job saved and tracked with it, matched on the job's page, and a letter for it written and saved.
/// </summary>
public static class TraceJourney
{
    private const string JavaJob =
        """
        Senior Full Stack Java Developer at Northwind Traders.
        Requirements:
        - 4+ years of experience with Java and Spring Boot
        - Experience building RESTful APIs
        - Experience with Kubernetes and AWS
        """;

    public static async Task AnalyseAndSaveAsync(IPage page)
    {
        await page.GoInteractiveAsync("/analyze");
        await page.GetByTestId("analyze-upload-input").SetInputFilesAsync(Path.Combine(AppContext.BaseDirectory, "TestData", "web", "rm_john_doe.pdf"));
        await page.GetByTestId("ats-score").WaitForAsync();
        await page.GetByTestId("save-resume").ClickAsync();
        await Assertions.Expect(page.GetByTestId("saved")).ToBeVisibleAsync();
    }

    /// <summary>Saves a job, tracks an application for it with the saved resume, and answers the job's id.</summary>
    public static async Task<string> TrackAJobAsync(IPage page)
    {
        await page.GoInteractiveAsync("/jobs");
        await page.FillAndCommitAsync("job-title", "Senior Java Developer");
        await page.FillAndCommitAsync("job-company", "Northwind Traders");
        await page.FillAndCommitAsync("job-description", JavaJob);
        await page.GetByTestId("job-save").ClickAsync();
        var job = page.GetByTestId("saved-job");
        await Assertions.Expect(job).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByTestId("rank-resume-chosen")).ToBeVisibleAsync();
        await job.GetByTestId("saved-job-track").ClickAsync();
        await Assertions.Expect(job.GetByTestId("saved-job-status")).ToHaveTextAsync("Saved");
        return (await job.GetAttributeAsync("data-id"))!;
    }

    /// <summary>On the job's page: the tracked resume's match (web → backend → ml → backend).</summary>
    public static async Task MatchAsync(IPage page, string jobId)
    {
        await page.GoInteractiveAsync($"/jobs/{jobId}");
        await page.GetByTestId("job-match-run").ClickAsync();
        await page.GetByTestId("fit-score").WaitForAsync();
    }

    /// <summary>From the job's page: a letter generated (web → ml) and saved with the application (web → backend).</summary>
    public static async Task WriteAndSaveLetterAsync(IPage page, string jobId)
    {
        await page.GetByTestId("job-write-letter").ClickAsync();
        await page.WaitForURLAsync($"**/cover-letters/new?job={jobId}", new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });
        await page.WaitInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("letter-resume-chosen")).ToBeVisibleAsync();
        await page.GetByTestId("letter-generate").ClickAsync();
        await page.GetByTestId("letter-draft").WaitForAsync();
        await page.GetByTestId("letter-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("letter-status")).ToContainTextAsync("saved");
    }
}
