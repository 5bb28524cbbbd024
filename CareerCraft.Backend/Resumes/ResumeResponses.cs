using CareerCraft.Backend.Storage;
using CareerCraft.Contracts.Backend;

namespace CareerCraft.Backend.Resumes;

/// <summary>A stored resume as the API's contracts give it.</summary>
public static class ResumeResponses
{
    public static ResumeSummary Summary(Resume r) => new(r.Id, r.Name, r.FileName, r.ContentType, r.Size, r.UploadedAt, r.Storage);

    public static ResumeDetail Detail(Resume r) => new(
        r.Id, r.Name, r.FileName, r.ContentType, r.Size, r.UploadedAt, r.Storage,
        r.Text,
        Extraction(r),
        SavedAnalysis.Read(r.AnalysisJson),
        r.AnalyzedAt);

    public static ExtractionInfo Extraction(Resume r) => r.Extraction == ExtractionStatus.Pending
        ? new(r.Extraction, null, null, r.ExtractionAttempts, r.NextExtractionAt)
        : new(r.Extraction, r.ExtractionProblem, r.ExtractionDetail, null, null);
}
