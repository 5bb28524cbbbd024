using CareerCraft.Contracts.Ml;

namespace CareerCraft.Contracts.Backend;

/// <summary>A stored resume in a list: <c>GET /api/resumes</c>, and the answer to an upload (201).</summary>
public sealed record ResumeSummary(
    string Id, string Name, string FileName, string ContentType, long Size, DateTimeOffset UploadedAt, string Storage);

/// <summary>
/// <c>GET /api/resumes/{id}</c>: a stored resume with its extracted text, how far reading it got, and the analysis
/// saved with it (null when none was, or when one saved by an early version does not fit the contract).
/// </summary>
public sealed record ResumeDetail(
    string Id,
    string Name,
    string FileName,
    string ContentType,
    long Size,
    DateTimeOffset UploadedAt,
    string Storage,
    string? Text,
    ExtractionInfo Extraction,
    AnalysisResponse? Analysis,
    DateTimeOffset? AnalyzedAt);

/// <summary>
/// How far reading the file's text got. <c>status</c> from <see cref="ExtractionStatuses"/>: <c>done</c>;
/// <c>pending</c> (asked again on a read after <c>nextAttemptAt</c>, <c>attempts</c> made so far); or <c>failed</c>
/// for good, with <c>problem</c> (a <see cref="ProblemTypes"/> URI: the ML service's, e.g. <c>password-protected</c>,
/// or the backend's <c>extraction-abandoned</c>) and <c>detail</c> in words. The file stays downloadable in every state.
/// </summary>
public sealed record ExtractionInfo(string Status, string? Problem, string? Detail, int? Attempts, DateTimeOffset? NextAttemptAt);

public static class ExtractionStatuses
{
    public const string Pending = "pending";
    public const string Done = "done";
    public const string Failed = "failed";
}
