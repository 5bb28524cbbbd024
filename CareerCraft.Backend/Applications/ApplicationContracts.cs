using System.Text.Json;
using CareerCraft.Backend.Storage;

namespace CareerCraft.Backend.Applications;

/// <summary>A new application: the job it is for, optionally what was sent and where it starts (saved by default).</summary>
public sealed record NewApplicationRequest(
    string? JobId,
    string? ResumeId,
    string? CoverLetterId,
    string? Status,
    string? Notes,
    DateTimeOffset? InterviewAt);

/// <summary>The editable fields; the job stays, and the status moves only through <c>POST …/status</c>.</summary>
public sealed record ApplicationUpdateRequest(
    string? ResumeId,
    string? CoverLetterId,
    string? Notes,
    DateTimeOffset? InterviewAt);

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
    JsonElement? Match,
    string? MatchResumeId,
    DateTimeOffset? MatchedAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static ApplicationResponse From(JobApplication a) => new(
        a.Id, a.JobId, a.ResumeId, a.CoverLetterId, a.Status,
        a.History.Select(h => new StatusChangeResponse(h.Status, h.At, h.Note)).ToList(),
        a.Notes, a.InterviewAt,
        a.MatchJson is null ? null : JsonDocument.Parse(a.MatchJson).RootElement.Clone(),
        a.MatchResumeId, a.MatchedAt, a.CreatedAt, a.UpdatedAt);
}
