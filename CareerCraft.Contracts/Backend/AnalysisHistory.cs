namespace CareerCraft.Contracts.Backend;

/// <summary><c>GET /api/resumes/{id}/analyses</c>: every analysis of one resume, oldest first.</summary>
public sealed record AnalysisHistoryResponse(string ResumeId, IReadOnlyList<AnalysisSnapshotResponse> Items);

public sealed record AnalysisSnapshotResponse(
    string Id, DateTimeOffset At, double Score, IReadOnlyList<AnalysisPartResponse> Parts, IReadOnlyList<AnalysisFindingResponse> Findings);

public sealed record AnalysisPartResponse(string Key, double Points, double Max);

public sealed record AnalysisFindingResponse(string Severity, string Category, string Message);
