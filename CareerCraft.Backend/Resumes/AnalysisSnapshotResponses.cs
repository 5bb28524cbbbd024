using CareerCraft.Backend.Storage;

namespace CareerCraft.Backend.Resumes;

public static class AnalysisSnapshotResponses
{
    public static AnalysisSnapshotResponse From(AnalysisSnapshot s) => new(
        s.Id, s.At, s.Score,
        s.Parts.Select(p => new AnalysisPartResponse(p.Key, p.Points, p.Max)).ToList(),
        s.Findings.Select(f => new AnalysisFindingResponse(f.Severity, f.Category, f.Message)).ToList());
}
