using CareerCraft.Web.Components.Pages.Applications;
using CareerCraft.Web.Components.Shared;
using CareerCraft.Web.Services.Backend;

namespace CareerCraft.Tests.Web.Components;

/// <summary>The board's steps, the dashboard's next things to do and the comparison of two analyses.</summary>
public sealed class JobSearchLogicTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("saved", -1, null)]
    [InlineData("saved", 1, "applied")]
    [InlineData("interviewing", -1, "applied")]
    [InlineData("offer", 1, "accepted")]
    [InlineData("withdrawn", 1, null)]
    [InlineData("unknown", 1, null)]
    public void A_card_steps_along_the_pipeline_and_stops_at_its_ends(string from, int direction, string? expected) =>
        Assert.Equal(expected, ApplicationStages.Step(from, direction));

    [Fact]
    public void Next_steps_count_every_stage_and_list_missing_letters_this_weeks_interviews_and_quiet_applications()
    {
        var applications = new[]
        {
            Application("a", "saved", letter: null, lastMoved: Now.AddDays(-1)),
            Application("b", "applied", letter: "l1", lastMoved: Now.AddDays(-20)),
            Application("c", "interviewing", letter: null, lastMoved: Now.AddDays(-2), interview: Now.AddDays(2)),
            Application("d", "interviewing", letter: "l2", lastMoved: Now.AddDays(-2), interview: Now.AddDays(9)),
            Application("e", "rejected", letter: null, lastMoved: Now.AddDays(-30), interview: Now.AddDays(1)),
        };

        var steps = NextSteps.Of(applications, Now);

        Assert.Equal(1, steps.CountsByStage["saved"]);
        Assert.Equal(2, steps.CountsByStage["interviewing"]);
        Assert.Equal(0, steps.CountsByStage["offer"]);
        Assert.Equal(["a"], steps.WithoutLetter.Select(a => a.Id));
        Assert.Equal(["c"], steps.InterviewsThisWeek.Select(a => a.Id));
        Assert.Equal(["b"], steps.QuietForTwoWeeks.Select(a => a.Id));
    }

    [Fact]
    public void A_comparison_names_the_parts_that_moved_and_the_findings_that_appeared_or_were_resolved()
    {
        var before = Snapshot(61, [("contact", 15, 15), ("impact", 10, 25), ("skills", 15, 15)],
            ["5 of 6 bullets have no measurable result.", "No summary section."]);
        var after = Snapshot(74, [("contact", 15, 15), ("impact", 22, 25), ("skills", 12, 12), ("keywords", 9, 20)],
            ["5 of 6   bullets have no MEASURABLE result.", "The job asks for Go."]);

        var comparison = AnalysisComparison.Of(before, after);

        Assert.Equal(13, comparison.ScoreChange);
        Assert.Equal(["impact", "keywords", "skills"], comparison.MovedParts.Select(p => p.Key));
        var skills = comparison.MovedParts.Single(p => p.Key == "skills");
        Assert.Equal((15.0, 15.0, 12.0, 12.0), (skills.Before, skills.BeforeMax, skills.After, skills.Max));
        // Full marks both times: fewer points, but nothing lost.
        Assert.Equal(0, skills.ShareChange, 6);
        Assert.True(comparison.MovedParts.Single(p => p.Key == "impact").ShareChange > 0);
        Assert.Equal(["The job asks for Go."], comparison.Appeared.Select(f => f.Message));
        Assert.Equal(["No summary section."], comparison.Resolved.Select(f => f.Message));
    }

    private static ApplicationResponse Application(string id, string status, string? letter, DateTimeOffset lastMoved, DateTimeOffset? interview = null) =>
        new(id, "job-" + id, null, letter, status, [new StatusChangeResponse(status, lastMoved, "")], "", interview, null, null, null, lastMoved, lastMoved);

    private static AnalysisSnapshotResponse Snapshot(double score, (string Key, double Points, double Max)[] parts, string[] findings) =>
        new(Guid.NewGuid().ToString("N"), Now, score,
            parts.Select(p => new AnalysisPartResponse(p.Key, p.Points, p.Max)).ToList(),
            findings.Select(f => new AnalysisFindingResponse("warning", "impact", f)).ToList());
}
