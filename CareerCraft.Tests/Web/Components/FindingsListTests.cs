using Bunit;
using CareerCraft.Web.Components.Shared;
using CareerCraft.Web.Services.Ml;

namespace CareerCraft.Tests.Web.Components;

public sealed class FindingsListTests : FluentTestContext
{
    [Fact]
    public void Groups_findings_by_severity_most_serious_first()
    {
        FeedbackItem[] findings =
        [
            new("suggestion", "readability", "Shorten the summary to three lines."),
            new("warning", "impact", "4 of 5 bullets under Experience at Acme have no measurable result."),
            new("Critical", "contact", "No email address found."),
            new("warning", "skills", "Only 3 skills recognised."),
            new("note", "", "A severity this app does not know is still shown."),
        ];

        var cut = Render<FindingsList>(p => p.Add(f => f.Findings, findings));

        var groups = cut.FindAll("section.cc-findings-group");
        Assert.Equal(["findings-critical", "findings-warning", "findings-suggestion", "findings-note"],
            groups.Select(g => g.GetAttribute("data-testid")));
        Assert.Equal(2, groups[1].QuerySelectorAll("[data-testid=finding]").Length);
        Assert.Contains("2", groups[1].QuerySelector("h3 .cc-chip")!.TextContent);
        Assert.Contains("No email address found.", groups[0].TextContent);
        Assert.Contains("contact", groups[0].QuerySelector(".cc-finding-category")!.TextContent);
        Assert.Contains("Critical: fix these first", groups[0].QuerySelector("h3")!.TextContent);
    }

    [Fact]
    public void Keeps_the_order_of_findings_within_a_group()
    {
        FeedbackItem[] findings = [new("warning", "a", "first"), new("warning", "b", "second"), new("warning", "c", "third")];

        var cut = Render<FindingsList>(p => p.Add(f => f.Findings, findings));

        Assert.Equal(["first", "second", "third"],
            cut.FindAll("[data-testid=finding] > div:last-child").Select(d => d.TextContent));
    }

    [Fact]
    public void No_findings_and_blank_messages_show_the_all_clear()
    {
        var empty = Render<FindingsList>(p => p.Add(f => f.Findings, [new FeedbackItem("warning", "x", "  ")]));
        Assert.NotNull(empty.Find("[data-testid=findings-empty]"));

        var none = Render<FindingsList>(p => p.Add(f => f.Findings, null));
        Assert.NotNull(none.Find("[data-testid=findings-empty]"));
    }
}
