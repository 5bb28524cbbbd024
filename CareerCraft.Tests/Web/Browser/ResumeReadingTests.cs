using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Playwright;

namespace CareerCraft.Tests.Web.Browser;

/// <summary>
/// What a person sees on the analysis page when the layout is unusual (issue 11): a resume whose section headings
/// sit in a left table column is read section by section and scored as the good resume it is; a resume with no
/// headings at all is told that we could not read its headings, not that it lacks an Experience section.
/// </summary>
[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public sealed class ResumeReadingTests(BrowserFixture fixture)
{
    // Printed by LibreOffice from the generator's DOCX: a renderer none of the parser's rules were written against.
    private const string HeadingColumnResume = "0000-software-heading-column-tagline-title-then-company.libreoffice.pdf";

    [Fact]
    public async Task A_resume_with_its_headings_in_a_left_column_is_read_section_by_section()
    {
        var page = await fixture.NewPageAsync();
        await page.ScreenshotOnFailureAsync(fixture, "failure-heading-column", async () =>
        {
            await page.SignUpNewPersonAsync("hana");
            await page.GoInteractiveAsync("/analyze");
            await page.GetByTestId("analyze-upload-input").SetInputFilesAsync(
                Path.Combine(AppContext.BaseDirectory, "TestData", "generated", "libreoffice", HeadingColumnResume));

            var score = page.GetByTestId("ats-score");
            await score.WaitForAsync();
            Assert.InRange(int.Parse((await score.GetAttributeAsync("data-score"))!, CultureInfo.InvariantCulture), 70, 100);
            // Each chip shows the heading as written ("Expertise") and carries the kind it was read as.
            foreach (var kind in new[] { "experience", "education", "skills" })
            {
                await Assertions.Expect(page.GetByTestId("sections").Locator($".cc-chip[title='{kind}']")).ToHaveCountAsync(1);
            }
            await Assertions.Expect(page.GetByTestId("finding").Filter(new() { HasText = "No Experience section" })).ToHaveCountAsync(0);
            await page.ScreenshotAsync(fixture, "21-analysis-heading-column");
        });
    }

    [Fact]
    public async Task A_resume_whose_headings_could_not_be_read_is_told_so_without_losing_points()
    {
        var page = await fixture.NewPageAsync();
        await page.ScreenshotOnFailureAsync(fixture, "failure-unheaded", async () =>
        {
            await page.SignUpNewPersonAsync("amara");
            await page.GoInteractiveAsync("/analyze");
            await page.GetByTestId("analyze-upload-input").SetInputFilesAsync(new FilePayload
            {
                Name = "amara-okonkwo.docx",
                MimeType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                Buffer = UnheadedDocx(),
            });

            await page.GetByTestId("ats-score").WaitForAsync();
            await Assertions.Expect(page.GetByTestId("parse-confidence")).ToContainTextAsync("heading");
            await Assertions.Expect(page.GetByTestId("finding").Filter(new() { HasText = "could not recognise your section headings" })).ToHaveCountAsync(1);
            await Assertions.Expect(page.GetByTestId("finding").Filter(new() { HasText = "No Experience section" })).ToHaveCountAsync(0);
            await Assertions.Expect(page.GetByTestId("contact")).ToContainTextAsync("Amara Okonkwo");
            await page.ScreenshotAsync(fixture, "22-analysis-headings-not-read");
        });
    }

    // The unheaded accountant of the analysis tests as plain DOCX paragraphs: no heading of any kind.
    private static byte[] UnheadedDocx()
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "TestData", "analysis", "resumes", "unheaded_accountant.txt"));
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var body = new Body(lines.Select(line => new Paragraph(new Run(new Text(line) { Space = SpaceProcessingModeValues.Preserve }))));
            document.AddMainDocumentPart().Document = new Document(body);
        }
        return stream.ToArray();
    }
}
