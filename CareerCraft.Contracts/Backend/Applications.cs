using CareerCraft.Contracts.Ml;

namespace CareerCraft.Contracts.Backend;

/// <summary>A new application: the job it is for, optionally what was sent and where it starts (saved by default).</summary>
public sealed record NewApplicationRequest(
    string? JobId,
    string? ResumeId,
    string? CoverLetterId,
    string? Status = null,
    string? Notes = null,
    DateTimeOffset? InterviewAt = null);

/// <summary>The editable fields; the job stays, and the status moves only through <c>POST …/status</c>.</summary>
public sealed record ApplicationUpdateRequest(
    string? ResumeId,
    string? CoverLetterId,
    string? Notes,
    DateTimeOffset? InterviewAt);

/// <summary><c>POST /api/applications/{id}/status</c>: saved, applied, interviewing, offer, accepted, rejected or withdrawn, with an optional note.</summary>
public sealed record StatusMoveRequest(string? Status, string? Note);

public sealed record StatusChangeResponse(string Status, DateTimeOffset At, string Note);

/// <summary>
/// An application with its dated status history. <c>match</c> is the stored job-match answer and <c>matchResumeId</c>
/// the resume it was made for, which may no longer be the linked one.
/// </summary>
public sealed record ApplicationResponse(
    string Id,
    string JobId,
    string? ResumeId,
    string? CoverLetterId,
    string Status,
    IReadOnlyList<StatusChangeResponse> History,
    string Notes,
    DateTimeOffset? InterviewAt,
    JobMatchResponse? Match,
    string? MatchResumeId,
    DateTimeOffset? MatchedAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
