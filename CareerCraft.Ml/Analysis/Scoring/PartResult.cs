namespace CareerCraft.Ml.Analysis.Scoring;

/// <summary>A finding before ordering: its severity and its message, which names the place it concerns.</summary>
public sealed record Finding(string Severity, string Message);

/// <summary>One score part as its evaluator sees it, in its own unscaled points.</summary>
public sealed record PartResult(string Category, int Points, int Max, string Reason, IReadOnlyList<Finding> Findings)
{
    public int Lost => Max - Points;
}

/// <summary>What the file's extraction reported, passed through by clients that extracted it themselves.</summary>
public sealed record ExtractionSignals(IReadOnlyList<string> Warnings, bool Ocr, bool MultiColumn)
{
    public static ExtractionSignals None { get; } = new([], false, false);
}
