namespace CareerCraft.Backend.Storage;

/// <summary>One saved job applied to (or about to be), with what was sent and where it stands.</summary>
public sealed class JobApplication
{
    public string Id { get; set; } = "";
    public string OwnerId { get; set; } = "";
    public string JobId { get; set; } = "";
    public string? ResumeId { get; set; }
    public string? CoverLetterId { get; set; }

    /// <summary>An <see cref="ApplicationStatus"/> value; always the last entry of <see cref="History"/>.</summary>
    public string Status { get; set; } = ApplicationStatus.Saved;
    public List<StatusChange> History { get; set; } = [];
    public string Notes { get; set; } = "";

    /// <summary>When the next interview is, if one is arranged (the dashboard lists this week's).</summary>
    public DateTimeOffset? InterviewAt { get; set; }

    /// <summary>The ML service's job-match answer for <see cref="MatchResumeId"/> against the job, as it sent it.</summary>
    public string? MatchJson { get; set; }
    public string? MatchResumeId { get; set; }
    public DateTimeOffset? MatchedAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

public sealed class StatusChange
{
    public string Status { get; set; } = "";
    public DateTimeOffset At { get; set; }
    public string Note { get; set; } = "";
}
