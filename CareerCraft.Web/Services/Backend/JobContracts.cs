using System.Text.Json;

namespace CareerCraft.Web.Services.Backend;

public sealed record SaveJobRequest(string Title, string Company, string? Location, string? Url, string? Description, string? Salary, string? Source);

public sealed record SavedJob(
    string Id,
    string Title,
    string Company,
    string? Location,
    string? Url,
    string? Description,
    string? Salary,
    string? Source,
    DateTimeOffset SavedAt,
    DateTimeOffset? UpdatedAt);

public sealed record NewApplicationRequest(string JobId, string? ResumeId, string? CoverLetterId, string? Status = null, string? Notes = null);

public sealed record ApplicationUpdateRequest(string? ResumeId, string? CoverLetterId, string? Notes, DateTimeOffset? InterviewAt);

public sealed record StatusMoveRequest(string Status, string? Note);

public sealed record StatusChange(string Status, DateTimeOffset At, string? Note);

/// <summary>An application (backend <c>ApplicationResponse</c>); <see cref="Match"/> is the stored job match for <see cref="MatchResumeId"/>.</summary>
public sealed record JobApplication(
    string Id,
    string JobId,
    string? ResumeId,
    string? CoverLetterId,
    string Status,
    IReadOnlyList<StatusChange> History,
    string? Notes,
    DateTimeOffset? InterviewAt,
    JsonElement? Match,
    string? MatchResumeId,
    DateTimeOffset? MatchedAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    /// <summary>When the status last changed (the newest history entry).</summary>
    public DateTimeOffset LastMoved => History.Count > 0 ? History[^1].At : CreatedAt;
}

/// <summary>Every analysis of one resume, oldest first (backend <c>AnalysisHistoryResponse</c>).</summary>
public sealed record AnalysisHistory(string ResumeId, IReadOnlyList<AnalysisSnapshot> Items);

public sealed record AnalysisSnapshot(string Id, DateTimeOffset At, double Score, IReadOnlyList<AnalysisPartScore> Parts, IReadOnlyList<AnalysisFinding> Findings);

public sealed record AnalysisPartScore(string Key, double Points, double Max);

public sealed record AnalysisFinding(string Severity, string? Category, string Message);
