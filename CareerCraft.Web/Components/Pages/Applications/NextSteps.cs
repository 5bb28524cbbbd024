namespace CareerCraft.Web.Components.Pages.Applications;

using CareerCraft.Web.Services.Backend;

/// <summary>What the dashboard suggests doing next about the applications in progress.</summary>
public sealed record NextSteps(
    IReadOnlyDictionary<string, int> CountsByStage,
    IReadOnlyList<ApplicationResponse> WithoutLetter,
    IReadOnlyList<ApplicationResponse> InterviewsThisWeek,
    IReadOnlyList<ApplicationResponse> QuietForTwoWeeks)
{
    /// <summary>
    /// "This week" is the next seven days from <paramref name="now"/>: an interview on Monday matters on Friday too.
    /// An application is quiet when it has been applied for 14 days with no move: time to follow up.
    /// </summary>
    public static NextSteps Of(IReadOnlyList<ApplicationResponse> applications, DateTimeOffset now)
    {
        var open = applications.Where(a => ApplicationStages.Open.Contains(a.Status)).ToList();
        return new NextSteps(
            ApplicationStages.All.ToDictionary(s => s, s => applications.Count(a => a.Status == s)),
            open.Where(a => a.CoverLetterId is null && a.Status is "saved" or "applied").ToList(),
            open.Where(a => a.InterviewAt is { } at && at >= now && at < now.AddDays(7)).OrderBy(a => a.InterviewAt).ToList(),
            open.Where(a => a.Status == "applied" && a.LastMoved() < now.AddDays(-14)).OrderBy(a => a.LastMoved()).ToList());
    }
}
