using CareerCraft.Backend.Storage;
using CareerCraft.Contracts.Ml;

namespace CareerCraft.Backend.Resumes;

/// <summary>
/// The parts of a saved analysis that the history keeps: the score, each named part of its breakdown (keyed by the
/// JSON names the API has always used) and the findings, capped and clipped. The latest analysis is stored whole anyway.
/// </summary>
public static class AnalysisSnapshots
{
    private const int MaxFindings = 100;
    private const int MaxText = 1_000;

    public static AnalysisSnapshot From(AnalysisResponse analysis, DateTimeOffset at)
    {
        var snapshot = new AnalysisSnapshot { Id = Ids.New(), At = at, Score = analysis.AtsScore };
        var breakdown = analysis.Breakdown;
        foreach (var (key, part) in new[]
        {
            ("contact", breakdown.Contact),
            ("sections", breakdown.Sections),
            ("skills", breakdown.Skills),
            ("impact", breakdown.Impact),
            ("readability", breakdown.Readability),
            ("parseability", breakdown.Parseability),
            ("keywords", breakdown.Keywords),
        })
        {
            if (part is not null)
            {
                snapshot.Parts.Add(new AnalysisPart { Key = key, Points = part.Points, Max = part.Max });
            }
        }
        // The contract does not promise non-null items, so a null item or message is left out rather than refused.
        foreach (var item in analysis.Feedback.Where(f => f is { Message.Length: > 0 }).Take(MaxFindings))
        {
            snapshot.Findings.Add(new AnalysisFinding
            {
                Severity = Clip(item.Severity ?? ""),
                Category = Clip(item.Category ?? ""),
                Message = Clip(item.Message),
            });
        }
        return snapshot;
    }

    /// <summary>
    /// The history as the API gives it: what was kept, or for a resume analysed before history was kept, its one
    /// saved analysis read the same way (none when it does not fit the contract).
    /// </summary>
    public static IReadOnlyList<AnalysisSnapshot> HistoryOf(Resume resume)
    {
        if (resume.Analyses.Count > 0 || SavedAnalysis.Read(resume.AnalysisJson) is not { } analysis)
        {
            return resume.Analyses;
        }
        var only = From(analysis, resume.AnalyzedAt ?? resume.UploadedAt);
        only.Id = "latest";
        return [only];
    }

    private static string Clip(string text) => text.Length <= MaxText ? text : text[..MaxText];
}
