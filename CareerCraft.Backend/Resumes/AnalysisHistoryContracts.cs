using CareerCraft.Backend.Storage;

namespace CareerCraft.Backend.Resumes;

/// <summary>Every analysis of one resume, oldest first.</summary>
public sealed record AnalysisHistoryResponse(string ResumeId, IReadOnlyList<AnalysisSnapshotResponse> Items);

public sealed record AnalysisSnapshotResponse(
    string Id, DateTimeOffset At, double Score, IReadOnlyList<AnalysisPartResponse> Parts, IReadOnlyList<AnalysisFindingResponse> Findings)
{
    public static AnalysisSnapshotResponse From(AnalysisSnapshot s) => new(
        s.Id, s.At, s.Score,
        s.Parts.Select(p => new AnalysisPartResponse(p.Key, p.Points, p.Max)).ToList(),
        s.Findings.Select(f => new AnalysisFindingResponse(f.Severity, f.Category, f.Message)).ToList());
}

public sealed record AnalysisPartResponse(string Key, double Points, double Max);

public sealed record AnalysisFindingResponse(string Severity, string Category, string Message);
