using Bunit;
using CareerCraft.Web.Components.Shared;
using CareerCraft.Contracts.Backend;

namespace CareerCraft.Tests.Web.Components;

public sealed class ExtractionNoticeTests : FluentTestContext
{
    private const string Download = "/files/resumes/r1";

    [Fact]
    public void A_failed_extraction_says_why_that_the_file_is_still_there_and_what_to_do()
    {
        var extraction = new ExtractionInfo("failed", "https://careercraft.dev/problems/too-complex",
            "The document nests too deeply to be read safely.", null, null);

        var cut = Render<ExtractionNotice>(p => p.Add(n => n.Extraction, extraction).Add(n => n.DownloadHref, Download));

        var notice = cut.Find("[data-testid=extraction-failed]");
        Assert.Contains("We could not read this file", notice.TextContent);
        Assert.Equal("The document nests too deeply to be read safely.", cut.Find("[data-testid=extraction-reason]").TextContent);
        Assert.Equal("too-complex", notice.GetAttribute("data-problem"));
        Assert.Equal(Download, cut.Find("[data-testid=extraction-download]").GetAttribute("href"));
        Assert.Contains("export it again", notice.TextContent);
        Assert.Contains("upload another file", notice.TextContent);
        Assert.Empty(cut.FindAll("[data-testid=extraction-pending]"));
    }

    [Theory]
    [InlineData("https://careercraft.dev/problems/password-protected", "protected by a password")]
    [InlineData("https://careercraft.dev/problems/extraction-abandoned", "unavailable each time")]
    [InlineData("status-422", "could not read it")]
    public void A_failure_stored_before_reasons_were_kept_is_explained_from_its_type(string problem, string reason)
    {
        var cut = Render<ExtractionNotice>(p => p
            .Add(n => n.Extraction, new ExtractionInfo("failed", problem, null, null, null))
            .Add(n => n.DownloadHref, Download));

        Assert.Contains(reason, cut.Find("[data-testid=extraction-reason]").TextContent);
    }

    [Fact]
    public void A_pending_extraction_says_the_text_comes_shortly()
    {
        var cut = Render<ExtractionNotice>(p => p
            .Add(n => n.Extraction, new ExtractionInfo("pending", null, null, 1, DateTimeOffset.UtcNow.AddSeconds(30)))
            .Add(n => n.DownloadHref, Download));

        Assert.Contains("will be read shortly", cut.Find("[data-testid=extraction-pending]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=extraction-failed]"));
    }

    [Fact]
    public void Nothing_is_shown_when_the_text_was_read_or_the_backend_said_nothing()
    {
        var done = Render<ExtractionNotice>(p => p.Add(n => n.Extraction, new ExtractionInfo("done", null, null, null, null)).Add(n => n.DownloadHref, Download));
        var none = Render<ExtractionNotice>(p => p.Add(n => n.Extraction, null).Add(n => n.DownloadHref, Download));

        Assert.Empty(done.FindAll(".cc-notice"));
        Assert.Empty(none.FindAll(".cc-notice"));
    }
}
