using CareerCraft.Web.Services.Backend;
using CareerCraft.Web.Services.Ml;

namespace CareerCraft.Web.Components.Shared;

/// <summary>What changed between two analyses of a resume: the score, each part that moved, and the findings that appeared or were resolved.</summary>
public sealed record AnalysisComparison(
    double ScoreChange,
    IReadOnlyList<PartMove> MovedParts,
    IReadOnlyList<AnalysisFindingResponse> Appeared,
    IReadOnlyList<AnalysisFindingResponse> Resolved)
{
    /// <summary>
    /// Findings are the same finding when their message is (case and spacing aside): the analysis is deterministic,
    /// so an unchanged problem is worded the same both times.
    /// </summary>
    public static AnalysisComparison Of(AnalysisSnapshotResponse before, AnalysisSnapshotResponse after)
    {
        var earlier = before.Parts.ToDictionary(p => p.Key);
        var later = after.Parts.ToDictionary(p => p.Key);
        var moved = earlier.Keys.Union(later.Keys)
            .Select(key => new PartMove(
                key, ScoreParts.Humanize(key),
                earlier.TryGetValue(key, out var b) ? b.Points : 0,
                later.TryGetValue(key, out var a) ? a.Points : 0,
                (earlier.GetValueOrDefault(key) ?? later[key]).Max,
                (later.GetValueOrDefault(key) ?? earlier[key]).Max))
            .Where(m => Math.Abs(m.Change) >= 0.05)
            .OrderByDescending(m => Math.Abs(m.Change))
            .ToList();
        var beforeMessages = before.Findings.Select(f => Key(f.Message)).ToHashSet();
        var afterMessages = after.Findings.Select(f => Key(f.Message)).ToHashSet();
        return new AnalysisComparison(
            after.Score - before.Score,
            moved,
            after.Findings.Where(f => !beforeMessages.Contains(Key(f.Message))).ToList(),
            before.Findings.Where(f => !afterMessages.Contains(Key(f.Message))).ToList());
    }

    private static string Key(string message) => string.Join(' ', message.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}

/// <summary>
/// A part's points before and after, each out of its own maximum: a job description given to one analysis adds the
/// keywords part and rescales the others.
/// </summary>
public sealed record PartMove(string Key, string Label, double Before, double After, double BeforeMax, double Max)
{
    public double Change => After - Before;

    /// <summary>Better or worse as a share of the part's maximum: 20 of 20 → 16 of 16 lost nothing.</summary>
    public double ShareChange => (Max <= 0 ? 0 : After / Max) - (BeforeMax <= 0 ? 0 : Before / BeforeMax);
}
