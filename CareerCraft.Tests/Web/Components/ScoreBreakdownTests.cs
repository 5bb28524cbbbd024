using System.Text.Json;
using Bunit;
using CareerCraft.Web.Components.Shared;
using CareerCraft.Web.Services.Ml;

namespace CareerCraft.Tests.Web.Components;

public sealed class ScoreBreakdownTests : FluentTestContext
{
    // The ML service's shape: an object of named parts, each with points, max and reason.
    private const string ServiceBreakdown =
        """
        {
          "contact": { "points": 15, "max": 15, "reason": "Name, email, phone, location and a link are all present." },
          "impact": { "points": 8, "max": 25, "reason": "2 of 11 bullets state a measurable result." },
          "parseability": { "points": 5, "max": 10, "reason": "Two columns; some ATS read across them." }
        }
        """;

    [Fact]
    public void Reads_each_named_part_with_points_maximum_and_reason()
    {
        var parts = ScoreBreakdown.Parse(JsonDocument.Parse(ServiceBreakdown).RootElement);

        Assert.Equal(["contact", "impact", "parseability"], parts.Select(p => p.Key));
        var impact = parts[1];
        Assert.Equal("Impact", impact.Label);
        Assert.Equal(8, impact.Points);
        Assert.Equal(25, impact.Maximum);
        Assert.Equal(0.32, impact.Fraction, 3);
        Assert.Equal("2 of 11 bullets state a measurable result.", impact.Reason);
    }

    [Fact]
    public void Accepts_an_array_of_parts_and_skips_entries_without_points()
    {
        var json = """[{"name": "keywordCoverage", "score": 6, "maximum": 20, "explanation": "6 of 20 job terms."}, {"name": "broken"}, 42]""";

        var parts = ScoreBreakdown.Parse(JsonDocument.Parse(json).RootElement);

        var part = Assert.Single(parts);
        Assert.Equal("Keyword coverage", part.Label);
        Assert.Equal(6, part.Points);
        Assert.Equal(20, part.Maximum);
        Assert.Equal("6 of 20 job terms.", part.Reason);
    }

    [Theory]
    [InlineData("contactCompleteness", "Contact completeness")]
    [InlineData("section_structure", "Section structure")]
    [InlineData("skills", "Skills")]
    public void Turns_part_keys_into_labels(string key, string label) =>
        Assert.Equal(label, ScoreBreakdown.Humanize(key));

    [Fact]
    public void Renders_a_bar_per_part_sized_by_its_share_with_its_reason()
    {
        var parts = ScoreBreakdown.Parse(JsonDocument.Parse(ServiceBreakdown).RootElement);

        var cut = Render<ScoreBreakdownBars>(p => p.Add(b => b.Parts, parts));

        var bars = cut.FindAll("[data-testid=breakdown-part]");
        Assert.Equal(3, bars.Count);
        Assert.Contains("8 / 25", bars[1].TextContent);
        Assert.Contains("width: 32%", bars[1].QuerySelector(".cc-bar-fill")!.GetAttribute("style"));
        Assert.Contains("cc-tone-poor", bars[1].QuerySelector(".cc-bar-fill")!.ClassList);
        Assert.Contains("cc-tone-good", bars[0].QuerySelector(".cc-bar-fill")!.ClassList);
        Assert.Equal("2 of 11 bullets state a measurable result.", bars[1].QuerySelector("[data-testid=breakdown-reason]")!.TextContent);
        Assert.Equal("8", bars[1].QuerySelector("[role=progressbar]")!.GetAttribute("aria-valuenow"));
    }

    [Fact]
    public void Says_so_when_there_is_no_breakdown()
    {
        var cut = Render<ScoreBreakdownBars>(p => p.Add(b => b.Parts, []));

        Assert.NotNull(cut.Find("[data-testid=breakdown-empty]"));
    }
}
