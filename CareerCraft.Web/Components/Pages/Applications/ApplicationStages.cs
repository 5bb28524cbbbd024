namespace CareerCraft.Web.Components.Pages.Applications;

/// <summary>
/// The backend's status pipeline as the board shows it: a column per stage, left to right. Moving a card left or
/// right steps along this order; the backend refuses only acceptance without an offer.
/// </summary>
public static class ApplicationStages
{
    public static readonly IReadOnlyList<string> All = ["saved", "applied", "interviewing", "offer", "accepted", "rejected", "withdrawn"];

    /// <summary>Stages still in progress: the dashboard's "next things to do" look only at these.</summary>
    public static readonly IReadOnlyList<string> Open = ["saved", "applied", "interviewing", "offer"];

    public static string Label(string status) => status switch
    {
        "saved" => "Saved",
        "applied" => "Applied",
        "interviewing" => "Interviewing",
        "offer" => "Offer",
        "accepted" => "Accepted",
        "rejected" => "Rejected",
        "withdrawn" => "Withdrawn",
        _ => status,
    };

    /// <summary>The stage one step to the left (-1) or right (+1), or null at either end.</summary>
    public static string? Step(string status, int direction)
    {
        var index = IndexOf(status);
        var next = index + direction;
        return index < 0 || next < 0 || next >= All.Count ? null : All[next];
    }

    public static int IndexOf(string status)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (All[i] == status)
            {
                return i;
            }
        }
        return -1;
    }
}
