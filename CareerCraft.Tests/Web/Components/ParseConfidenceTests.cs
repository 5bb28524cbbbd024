using Bunit;
using CareerCraft.Web.Components.Shared;
using CareerCraft.Web.Services.Ml;

namespace CareerCraft.Tests.Web.Components;

/// <summary>The analysis page says when the service is unsure of its reading, and why; a confident reading says nothing.</summary>
public sealed class ParseConfidenceTests : FluentTestContext
{
    private static readonly ScorePart Part = new(5, 10, "");

    private static AnalysisResponse Analysis(ParseConfidence? confidence) => new(
        70, new ScoreBreakdown(Part, Part, Part, Part, Part, Part, null), new ContactInfo("Amara Okonkwo", null, null, null, []),
        [], [], [], [], [], null, confidence);

    [Fact]
    public void A_low_confidence_reading_is_flagged_with_its_reasons()
    {
        var cut = Render<AnalysisView>(p => p.Add(v => v.Analysis,
            Analysis(new ParseConfidence("low", ["no section headings were recognised", "the name was not found at the top"]))));

        var notice = cut.Find("[data-testid=parse-confidence]");
        Assert.Contains("not sure we read this resume right", notice.TextContent);
        Assert.Equal(2, notice.QuerySelectorAll("li").Length);
        Assert.Contains("no section headings were recognised", notice.TextContent);
    }

    [Theory]
    [InlineData("high")]
    [InlineData(null)]
    public void A_confident_or_older_reading_shows_no_notice(string? level)
    {
        var cut = Render<AnalysisView>(p => p.Add(v => v.Analysis, Analysis(level is null ? null : new ParseConfidence(level, []))));
        Assert.Empty(cut.FindAll("[data-testid=parse-confidence]"));
    }
}
