using Bunit;
using CareerCraft.Web.Components.Shared;

namespace CareerCraft.Tests.Web.Components;

public sealed class ScoreGaugeTests : FluentTestContext
{
    [Theory]
    [InlineData(83.4, 83, "cc-tone-good", "Strong")]
    [InlineData(74.5, 75, "cc-tone-good", "Strong")]
    [InlineData(50, 50, "cc-tone-fair", "Needs some work")]
    [InlineData(49.4, 49, "cc-tone-poor", "Needs significant work")]
    [InlineData(-3, 0, "cc-tone-poor", "Needs significant work")]
    [InlineData(140, 100, "cc-tone-good", "Strong")]
    public void Shows_the_rounded_score_its_band_and_verdict(double score, int shown, string tone, string verdict)
    {
        var cut = Render<ScoreGauge>(p => p.Add(g => g.Score, score).Add(g => g.TestId, "ats-score"));

        Assert.Equal(shown.ToString(System.Globalization.CultureInfo.InvariantCulture), cut.Find("[data-testid=ats-score-value]").TextContent);
        Assert.Equal(shown.ToString(System.Globalization.CultureInfo.InvariantCulture), cut.Find("[role=meter]").GetAttribute("aria-valuenow"));
        Assert.Contains(tone, cut.Find("[data-testid=ats-score-value]").ClassList);
        Assert.Equal(verdict, cut.Find(".cc-gauge-verdict").TextContent);
    }

    [Fact]
    public void The_ring_fills_in_proportion_to_the_score()
    {
        var half = Render<ScoreGauge>(p => p.Add(g => g.Score, 50));
        var dash = half.FindAll("circle")[1].GetAttribute("stroke-dasharray")!.Split(' ');

        var filled = double.Parse(dash[0], System.Globalization.CultureInfo.InvariantCulture);
        var circumference = double.Parse(dash[1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(0.5, filled / circumference, 3);
    }
}
