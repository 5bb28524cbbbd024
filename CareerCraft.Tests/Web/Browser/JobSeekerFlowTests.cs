using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Playwright;

namespace CareerCraft.Tests.Web.Browser;

/// <summary>
/// A person's whole journey through the real web app, backend and ML service in Chromium: sign up, analyse a
/// real resume, save it, match it to a job, write, edit, save and export a cover letter, sign out; and another
/// person who cannot reach any of it.
/// </summary>
[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public sealed partial class JobSeekerFlowTests(BrowserFixture fixture)
{
    private const string JobDescription =
        """
        Senior Full Stack Java Developer at Northwind Traders.
        We build web applications for logistics customers.
        Requirements:
        - 4+ years of experience with Java and Spring Boot
        - Experience building RESTful APIs
        - Strong Angular and TypeScript skills for the front end
        - Experience with Kubernetes and AWS
        - Familiarity with Agile and Scrum
        """;

    // The URL is enough; each step then waits for what it needs (the circuit, an element), not for every resource.
    private static readonly PageWaitForURLOptions Committed = new() { WaitUntil = WaitUntilState.Commit };

    private static string TestFile(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "web", name);

    [Fact]
    public async Task A_job_seeker_analyses_saves_matches_and_writes_a_cover_letter()
    {
        var page = await fixture.NewPageAsync();
        await page.ScreenshotOnFailureAsync(fixture, "failure-flow", () => JourneyAsync(page));
    }

    private async Task JourneyAsync(IPage page)
    {
        var user = BrowserPerson.New("alice");
        var consoleBefore = fixture.ConsoleMessages.Count;

        // Landing page for visitors, with the services' live status.
        await page.GoInteractiveAsync("/");
        await Assertions.Expect(page.GetByTestId("health-backend")).ToHaveAttributeAsync("data-status", "Healthy");
        await Assertions.Expect(page.GetByTestId("health-ml")).ToHaveAttributeAsync("data-status", "Healthy");
        await page.ScreenshotAsync(fixture, "01-landing");

        // Sign-up: an empty form shows each field's error next to it, a valid one signs in.
        await page.GetByTestId("hero-signup").ClickAsync();
        await page.WaitForURLAsync("**/signup", Committed);
        await page.GetByTestId("signup-submit").ClickAsync();
        await Assertions.Expect(page.Locator(".validation-message")).Not.ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("signup-form")).ToContainTextAsync("Choose a username.");
        await Assertions.Expect(page.GetByTestId("signup-form")).ToContainTextAsync("Enter your email address.");
        await page.ScreenshotAsync(fixture, "02-signup-errors");
        await page.SignUpAsync(user);

        await Assertions.Expect(page.GetByTestId("user-name")).ToContainTextAsync(user.FullName);
        await Assertions.Expect(page.GetByTestId("stat-resumes")).ToContainTextAsync("0");
        await page.ScreenshotAsync(fixture, "03-dashboard-empty");

        // Analyse a real corpus PDF: a score within 0-100, its parts with reasons, and findings.
        await page.GoInteractiveAsync("/analyze");
        await page.ScreenshotAsync(fixture, "04-analyze-start");
        await page.GetByTestId("analyze-upload-input").SetInputFilesAsync(TestFile("rm_john_doe.pdf"));
        var score = page.GetByTestId("ats-score");
        await score.WaitForAsync();
        var value = int.Parse((await score.GetAttributeAsync("data-score"))!, CultureInfo.InvariantCulture);
        Assert.InRange(value, 1, 100);
        await Assertions.Expect(page.GetByTestId("breakdown-part")).Not.ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("breakdown-reason").First).Not.ToBeEmptyAsync();
        await Assertions.Expect(page.GetByTestId("finding")).Not.ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("contact")).ToContainTextAsync("john.doe@email.com");
        await Assertions.Expect(page.GetByTestId("skills")).ToContainTextAsync("Java");
        await page.ScreenshotAsync(fixture, "05-analysis");

        await page.GetByTestId("save-resume").ClickAsync();
        await Assertions.Expect(page.GetByTestId("saved")).ToBeVisibleAsync();

        // My resumes lists it; its page shows the saved analysis and the extracted text.
        await page.GoInteractiveAsync("/resumes");
        var item = page.GetByTestId("resume-item");
        await Assertions.Expect(item).ToHaveCountAsync(1);
        await Assertions.Expect(item).ToContainTextAsync("rm_john_doe");
        var resumeId = (await item.GetAttributeAsync("data-id"))!;
        await page.ScreenshotAsync(fixture, "06-my-resumes");
        await page.GetByTestId("resume-open").ClickAsync();
        await Assertions.Expect(page.GetByTestId("ats-score")).ToHaveAttributeAsync("data-score", value.ToString(CultureInfo.InvariantCulture));
        await page.GetByTestId("tab-text").ClickAsync();
        await Assertions.Expect(page.GetByTestId("resume-text")).ToContainTextAsync("Spring Boot");

        // Match it against a job: fit score, skills, and a requirement table with evidence from the resume.
        await page.GoInteractiveAsync("/match");
        await Assertions.Expect(page.GetByTestId("match-resume-chosen")).ToBeVisibleAsync();
        await page.FillAndCommitAsync("match-jd", JobDescription);
        await page.GetByTestId("match-submit").ClickAsync();
        var fit = page.GetByTestId("fit-score");
        await fit.WaitForAsync();
        Assert.InRange(int.Parse((await fit.GetAttributeAsync("data-score"))!, CultureInfo.InvariantCulture), 1, 100);
        await Assertions.Expect(page.GetByTestId("matched-skills")).ToContainTextAsync("Java");
        await Assertions.Expect(page.GetByTestId("requirement")).Not.ToHaveCountAsync(0);
        await page.ScreenshotAsync(fixture, "07-job-match");

        // ...and rank several pasted jobs: the Java role comes before an unrelated one.
        await page.GetByTestId("mode-rank").ClickAsync();
        await page.FillAndCommitAsync("rank-jobs",
            "Pastry Chef at Le Petit Four\nBake croissants, laminate dough, manage the pastry kitchen and food safety.\n---\n" + JobDescription);
        await page.GetByTestId("rank-submit").ClickAsync();
        var ranked = page.GetByTestId("ranked-job");
        await Assertions.Expect(ranked).ToHaveCountAsync(2);
        await Assertions.Expect(ranked.First).ToContainTextAsync("Java Developer");
        await page.ScreenshotAsync(fixture, "08-job-ranking");

        // Cover letter: generate from the saved resume, edit a paragraph, save, export as .docx.
        await page.GoInteractiveAsync("/cover-letters/new");
        await Assertions.Expect(page.GetByTestId("letter-resume-chosen")).ToBeVisibleAsync();
        await page.FillAndCommitAsync("letter-company", "Northwind Traders");
        await page.FillAndCommitAsync("letter-title", "Senior Full Stack Java Developer");
        await page.FillAndCommitAsync("letter-jd", JobDescription);
        await page.GetByTestId("tone-confident").CheckAsync();
        await page.GetByTestId("letter-generate").ClickAsync();
        await Assertions.Expect(page.GetByTestId("letter-stream")).ToContainTextAsync("Contoso");
        await page.ScreenshotAsync(fixture, "09a-cover-letter-streaming");
        await page.GetByTestId("letter-draft").WaitForAsync();
        await Assertions.Expect(page.GetByTestId("letter-body")).Not.ToHaveCountAsync(0);
        // The (fake) model's letter streamed in first, but it names an employer the resume never mentions: the page
        // says it was discarded, and the letter to edit is the template's, from the resume's facts.
        await Assertions.Expect(page.GetByTestId("letter-fallback")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("letter-generator")).ToContainTextAsync("template");
        await Assertions.Expect(page.GetByTestId("letter-body").First).Not.ToHaveValueAsync(new Regex("Contoso"));
        Assert.True(fixture.Services.Llm.Requests.Last()["stream"]!.GetValue<bool>(), "the page asked for the streamed letter");
        await page.ScreenshotAsync(fixture, "09-cover-letter-draft");

        const string edit = "I would bring the same care for tested, maintainable code to Northwind's logistics platform.";
        await page.GetByTestId("letter-body").First.FillAsync(edit);
        await page.GetByTestId("letter-body").First.DispatchEventAsync("change");
        await page.GetByTestId("letter-save").ClickAsync();
        await page.WaitForURLAsync(LetterUrl(), Committed);
        await Assertions.Expect(page.GetByTestId("letter-status")).ToContainTextAsync("saved");
        var letterUrl = page.Url;

        await page.GoInteractiveAsync(letterUrl);
        await Assertions.Expect(page.GetByTestId("letter-body").First).ToHaveValueAsync(edit);
        await page.ScreenshotAsync(fixture, "10-cover-letter-saved");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("letter-export").ClickAsync());
        Assert.EndsWith(".docx", download.SuggestedFilename, StringComparison.OrdinalIgnoreCase);
        var docx = Path.Combine(Path.GetTempPath(), $"careercraft-{Guid.NewGuid():N}.docx");
        await download.SaveAsAsync(docx);
        try
        {
            using var document = WordprocessingDocument.Open(docx, false);
            Assert.Contains(edit, document.MainDocumentPart!.Document!.Body!.InnerText, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(docx);
        }

        await page.GoInteractiveAsync("/cover-letters");
        await Assertions.Expect(page.GetByTestId("letter-item")).ToHaveCountAsync(1);
        await page.ScreenshotAsync(fixture, "11-cover-letters");

        await page.GoInteractiveAsync("/profile");
        await page.FillAndCommitAsync("profile-headline", "Full stack Java developer");
        await page.FillAndCommitAsync("profile-linkedin", "not a link");
        await page.GetByTestId("profile-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("profile-form")).ToContainTextAsync("Enter a full web address");
        await page.FillAndCommitAsync("profile-linkedin", "https://www.linkedin.com/in/johndoe");
        await page.GetByTestId("profile-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("profile-saved")).ToBeVisibleAsync();
        await page.GoInteractiveAsync("/profile");
        await Assertions.Expect(page.GetByTestId("profile-headline")).ToHaveValueAsync("Full stack Java developer");
        await page.ScreenshotAsync(fixture, "12-profile");

        await page.GoInteractiveAsync("/dashboard");
        await Assertions.Expect(page.GetByTestId("stat-resumes")).ToContainTextAsync("1");
        await Assertions.Expect(page.GetByTestId("stat-analysed")).ToContainTextAsync("1");
        await Assertions.Expect(page.GetByTestId("stat-letters")).ToContainTextAsync("1");
        await page.ScreenshotAsync(fixture, "13-dashboard");

        // Sign out: the session ends and the pages ask to sign in again.
        await page.GetByTestId("sign-out").ClickAsync();
        await Assertions.Expect(page.GetByTestId("signed-out")).ToBeVisibleAsync();
        await page.GotoAsync("/resumes");
        await page.WaitForURLAsync(new Regex("/signin\\?"), Committed);
        await Assertions.Expect(page.GetByTestId("signin-form")).ToBeVisibleAsync();
        await page.ScreenshotAsync(fixture, "14-signin");

        // A second person sees none of it, even with the addresses.
        var other = await fixture.NewPageAsync();
        await other.GotoAsync("/signup");
        await other.SignUpAsync(BrowserPerson.New("bob"));
        await other.GoInteractiveAsync("/resumes");
        await Assertions.Expect(other.GetByTestId("resumes-empty")).ToBeVisibleAsync();
        await other.GoInteractiveAsync($"/resumes/{resumeId}");
        await Assertions.Expect(other.GetByTestId("resume-problem")).ToHaveAttributeAsync("data-status", "404");
        await other.GoInteractiveAsync(letterUrl.Replace(fixture.Services.WebAddress.ToString().TrimEnd('/'), "", StringComparison.Ordinal));
        await Assertions.Expect(other.GetByTestId("letter-problem")).ToHaveAttributeAsync("data-status", "404");
        var file = await other.APIRequest.GetAsync($"/files/resumes/{resumeId}");
        Assert.Equal(404, file.Status);
        await other.GoInteractiveAsync("/cover-letters");
        await Assertions.Expect(other.GetByTestId("letters-empty")).ToBeVisibleAsync();

        // ...and signing back in as the first person brings everything back.
        await page.GetByTestId("signin-email").FillAsync(user.Email);
        await page.GetByTestId("signin-password").FillAsync(user.Password);
        await page.GetByTestId("signin-submit").ClickAsync();
        await page.WaitForURLAsync("**/resumes", Committed);
        await page.WaitInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("resume-item")).ToHaveCountAsync(1);

        // The whole journey, both people included, leaves no error in the browser console (a missing asset, a script error).
        Assert.DoesNotContain(fixture.ConsoleMessages.Skip(consoleBefore), m => m.Type == "error");
    }

    [Fact]
    public async Task Wrong_password_and_taken_email_are_explained_next_to_the_form()
    {
        var page = await fixture.NewPageAsync();
        var user = BrowserPerson.New("carol");
        await page.GotoAsync("/signup");
        await page.SignUpAsync(user);
        await page.GetByTestId("sign-out").ClickAsync();
        await Assertions.Expect(page.GetByTestId("signed-out")).ToBeVisibleAsync();

        await page.GotoAsync("/signup");
        await page.GetByTestId("signup-username").FillAsync(user.Username + "2");
        await page.GetByTestId("signup-email").FillAsync(user.Email.ToUpperInvariant());
        await page.GetByTestId("signup-password").FillAsync(user.Password);
        await page.GetByTestId("signup-confirm").FillAsync(user.Password);
        await page.GetByTestId("signup-submit").ClickAsync();
        var emailError = page.Locator("#signup-email ~ .validation-message");
        await Assertions.Expect(emailError).ToContainTextAsync("email", new() { IgnoreCase = true });

        await page.GotoAsync("/signin");
        await page.GetByTestId("signin-email").FillAsync(user.Email);
        await page.GetByTestId("signin-password").FillAsync("not-the-password");
        await page.GetByTestId("signin-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("signin-problem")).ToContainTextAsync("don't match");
        await page.ScreenshotAsync(fixture, "15-signin-error");
    }

    [Fact]
    public async Task A_file_that_is_not_a_resume_gets_a_readable_message_not_an_error_page()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/signup");
        await page.SignUpAsync(BrowserPerson.New("dave"));
        await page.GoInteractiveAsync("/analyze");
        await page.GetByTestId("analyze-upload-input").SetInputFilesAsync(TestFile("txt_renamed.pdf"));
        var problem = page.GetByTestId("analyze-problem");
        await Assertions.Expect(problem).ToBeVisibleAsync();
        await Assertions.Expect(problem).ToHaveAttributeAsync("data-status", new Regex("^4\\d\\d$"));
        await Assertions.Expect(page.GetByTestId("analyze-upload-input")).ToBeEnabledAsync();
        await page.ScreenshotAsync(fixture, "16-analyze-bad-file");
    }

    [GeneratedRegex("/cover-letters/[^/?]+\\?saved=1$")]
    private static partial Regex LetterUrl();

}
