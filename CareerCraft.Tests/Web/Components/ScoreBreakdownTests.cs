using Bunit;
using CareerCraft.Web.Components.Shared;
using CareerCraft.Web.Services.Ml;

namespace CareerCraft.Tests.Web.Components;

public sealed class ScoreBreakdownTests : FluentTestContext
{
    // The ML service's answer: every part with points, max and reason; keywords only with a job description.
    private static readonly ScoreBreakdown Breakdown = new(
        Contact: new(15, 15, "Name, email, phone, location and a link are all present."),
        Sections: new(16, 20, "No Summary section."),
        Skills: new(14, 15, "14 skills recognised."),
        Impact: new(8, 25, "2 of 11 bullets state a measurable result."),
        Readability: new(9, 10, "Sentences average 14 words."),
        Parseability: new(5, 10, "Two columns; some ATS read across them."),
        Keywords: null);

    [Fact]
    public void Reads_each_part_with_points_maximum_and_reason_in_the_contracts_order()
    {
        var parts = ScoreParts.Of(Breakdown);

        Assert.Equal(["contact", "sections", "skills", "impact", "readability", "parseability"], parts.Select(p => p.Key));
        var impact = parts[3];
        Assert.Equal("Impact", impact.Label);
        Assert.Equal(8, impact.Points);
        Assert.Equal(25, impact.Maximum);
        Assert.Equal(0.32, impact.Fraction, 3);
        Assert.Equal("2 of 11 bullets state a measurable result.", impact.Reason);
    }

    [Fact]
    public void The_keyword_part_comes_last_when_a_job_description_was_given()
    {
        var parts = ScoreParts.Of(Breakdown with { Keywords = new(6, 20, "6 of 20 job terms.") });

        var keywords = parts[^1];
        Assert.Equal(("keywords", "Keywords", 6.0, 20.0), (keywords.Key, keywords.Label, keywords.Points, keywords.Maximum));
        Assert.Equal(7, parts.Count);
    }

    [Theory]
    [InlineData("contactCompleteness", "Contact completeness")]
    [InlineData("section_structure", "Section structure")]
    [InlineData("skills", "Skills")]
    public void Turns_part_keys_into_labels(string key, string label) =>
        Assert.Equal(label, ScoreParts.Humanize(key));

    [Fact]
    public void Renders_a_bar_per_part_sized_by_its_share_with_its_reason()
    {
        var parts = ScoreParts.Of(Breakdown);

        var cut = Render<ScoreBreakdownBars>(p => p.Add(b => b.Parts, parts));

        var bars = cut.FindAll("[data-testid=breakdown-part]");
        Assert.Equal(6, bars.Count);
        Assert.Contains("8 / 25", bars[3].TextContent);
        Assert.Contains("width: 32%", bars[3].QuerySelector(".cc-bar-fill")!.GetAttribute("style"));
        Assert.Contains("cc-tone-poor", bars[3].QuerySelector(".cc-bar-fill")!.ClassList);
        Assert.Contains("cc-tone-good", bars[0].QuerySelector(".cc-bar-fill")!.ClassList);
        Assert.Equal("2 of 11 bullets state a measurable result.", bars[3].QuerySelector("[data-testid=breakdown-reason]")!.TextContent);
        Assert.Equal("8", bars[3].QuerySelector("[role=progressbar]")!.GetAttribute("aria-valuenow"));
    }

    [Fact]
    public void Says_so_when_there_is_no_breakdown()
    {
        var cut = Render<ScoreBreakdownBars>(p => p.Add(b => b.Parts, []));

        Assert.NotNull(cut.Find("[data-testid=breakdown-empty]"));
    }
}
