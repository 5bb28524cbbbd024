using System.Text.Json.Serialization;
using CareerCraft.Web.Services.Ml;

namespace CareerCraft.Web.Services.Backend;

public sealed record ResumeSummary(
    string Id, string Name, string FileName, string ContentType, long Size, DateTimeOffset UploadedAt, string? Storage);

/// <summary>What ML read from a file the web is about to store: its text and the analysis shown to the person.</summary>
public sealed record ResumeReading(string Text, AnalysisResponse Analysis);

/// <summary>A stored resume with its extracted text and the analysis saved with it, when there is one.</summary>
public sealed record ResumeDetail(
    string Id,
    string Name,
    string FileName,
    string ContentType,
    long Size,
    DateTimeOffset UploadedAt,
    string? Storage,
    string? Text,
    AnalysisResponse? Analysis,
    ResumeExtraction? Extraction = null)
{
    [JsonIgnore]
    public ResumeSummary Summary => new(Id, Name, FileName, ContentType, Size, UploadedAt, Storage);
}

/// <summary>
/// How far the backend got reading the file's text (backend <c>ExtractionInfo</c>): <c>done</c>; <c>pending</c>, asked
/// again after <see cref="NextAttemptAt"/>; or <c>failed</c> for good, <see cref="Problem"/> a problem type whose last
/// segment says why (<c>password-protected</c>, <c>damaged-file</c>, <c>no-text-layer</c>, <c>extraction-abandoned</c>, ...)
/// and <see cref="Detail"/> the same in words (absent on resumes stored before it was kept).
/// </summary>
public sealed record ResumeExtraction(string Status, string? Problem, string? Detail, int? Attempts, DateTimeOffset? NextAttemptAt)
{
    public bool IsFailed => Status == "failed";

    public bool IsPending => Status == "pending";
}
