namespace CareerCraft.Backend.Storage;

/// <summary>The pipeline: saved → applied → interviewing → offer → accepted, with rejected and withdrawn as ways out.</summary>
public static class ApplicationStatus
{
    public const string Saved = "saved";
    public const string Applied = "applied";
    public const string Interviewing = "interviewing";
    public const string Offer = "offer";
    public const string Accepted = "accepted";
    public const string Rejected = "rejected";
    public const string Withdrawn = "withdrawn";

    /// <summary>In pipeline order: the board's columns, left to right.</summary>
    public static readonly IReadOnlyList<string> All = [Saved, Applied, Interviewing, Offer, Accepted, Rejected, Withdrawn];

    public static bool IsKnown(string? status) => status is not null && All.Contains(status);

    /// <summary>
    /// Null when the move is allowed, otherwise why not. Moving back is allowed (a card dropped one column too far is
    /// corrected, and the history keeps both moves); only acceptance needs an offer first.
    /// </summary>
    public static string? RefuseMove(string from, string to) =>
        from == to ? $"The application is already {to}."
        : to == Accepted && from != Offer ? "Only an offer can be accepted: move the application to offer first."
        : null;
}
