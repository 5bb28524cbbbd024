using System.Text.Json.Serialization;
using CareerCraft.Web.Services.Ml;

namespace CareerCraft.Web.Services.Backend;

public sealed record ResumeSummary(
    string Id, string Name, string FileName, string ContentType, long Size, DateTimeOffset UploadedAt, string? Storage);

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
    ResumeAnalysis? Analysis)
{
    [JsonIgnore]
    public ResumeSummary Summary => new(Id, Name, FileName, ContentType, Size, UploadedAt, Storage);
}
