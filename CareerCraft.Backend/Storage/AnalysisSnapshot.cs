namespace CareerCraft.Backend.Storage;

/// <summary>
/// What one analysis of a resume said, kept when the resume is analysed again: its score, each part's points and
/// its findings. The full analysis is kept only for the latest (<see cref="Resume.AnalysisJson"/>).
/// </summary>
public sealed class AnalysisSnapshot
{
    public string Id { get; set; } = "";
    public DateTimeOffset At { get; set; }
    public double Score { get; set; }
    public List<AnalysisPart> Parts { get; set; } = [];
    public List<AnalysisFinding> Findings { get; set; } = [];
}

public sealed class AnalysisPart
{
    public string Key { get; set; } = "";
    public double Points { get; set; }
    public double Max { get; set; }
}

public sealed class AnalysisFinding
{
    public string Severity { get; set; } = "";
    public string Category { get; set; } = "";
    public string Message { get; set; } = "";
}
