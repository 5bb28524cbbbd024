using System.Text.Json;
using CareerCraft.Backend.Storage;

namespace CareerCraft.Backend.Resumes;

public sealed record ResumeSummary(
    string Id, string Name, string FileName, string ContentType, long Size, DateTimeOffset UploadedAt, string Storage)
{
    public static ResumeSummary From(Resume r) => new(r.Id, r.Name, r.FileName, r.ContentType, r.Size, r.UploadedAt, r.Storage);
}

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
    JsonElement? Analysis,
    DateTimeOffset? AnalyzedAt)
{
    public static ResumeDetail From(Resume r) => new(
        r.Id, r.Name, r.FileName, r.ContentType, r.Size, r.UploadedAt, r.Storage,
        r.Text,
        ExtractionInfo.From(r),
        r.AnalysisJson is null ? null : JsonDocument.Parse(r.AnalysisJson).RootElement.Clone(),
        r.AnalyzedAt);
}

/// <summary>
/// How far reading the file's text got. <c>status</c>: <c>done</c>; <c>pending</c> (asked again on a read after
/// <c>nextAttemptAt</c>, <c>attempts</c> made so far); or <c>failed</c> for good, with <c>problem</c> (the ML service's
/// type, e.g. <c>password-protected</c>, or ours, <c>extraction-abandoned</c>) and <c>detail</c> in words. The file
/// stays downloadable in every state.
/// </summary>
public sealed record ExtractionInfo(string Status, string? Problem, string? Detail, int? Attempts, DateTimeOffset? NextAttemptAt)
{
    public static ExtractionInfo From(Resume r) => r.Extraction == ExtractionStatus.Pending
        ? new(r.Extraction, null, null, r.ExtractionAttempts, r.NextExtractionAt)
        : new(r.Extraction, r.ExtractionProblem, r.ExtractionDetail, null, null);
}
