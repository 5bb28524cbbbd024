using System.Text.Json;
using CareerCraft.Backend.Storage;

namespace CareerCraft.Backend.Resumes;

public sealed record ResumeSummary(
    string Id, string Name, string FileName, string ContentType, long Size, DateTimeOffset UploadedAt, string Storage)
{
    public static ResumeSummary From(Resume r) => new(r.Id, r.Name, r.FileName, r.ContentType, r.Size, r.UploadedAt, r.Storage);
}

/// <summary><c>extraction.status</c>: pending (retried on the next read), done, or failed with the ML service's problem type.</summary>
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
        new ExtractionInfo(r.Extraction, r.ExtractionProblem),
        r.AnalysisJson is null ? null : JsonDocument.Parse(r.AnalysisJson).RootElement.Clone(),
        r.AnalyzedAt);
}

public sealed record ExtractionInfo(string Status, string? Problem);
