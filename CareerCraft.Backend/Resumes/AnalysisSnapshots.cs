using System.Text.Json;
using CareerCraft.Backend.Storage;

namespace CareerCraft.Backend.Resumes;

/// <summary>
/// Reads the parts of a saved analysis that the history keeps. The analysis is the ML service's answer as the
/// client sent it, so anything missing or of another type is left out rather than refused: the latest analysis is
/// stored whole anyway.
/// </summary>
public static class AnalysisSnapshots
{
    private const int MaxParts = 20;
    private const int MaxFindings = 100;
    private const int MaxText = 1_000;

    public static AnalysisSnapshot From(JsonElement analysis, DateTimeOffset at)
    {
        var snapshot = new AnalysisSnapshot { Id = Ids.New(), At = at };
        if (analysis.TryGetProperty("atsScore", out var score) && score.ValueKind == JsonValueKind.Number)
        {
            snapshot.Score = score.GetDouble();
        }
        if (analysis.TryGetProperty("breakdown", out var breakdown) && breakdown.ValueKind == JsonValueKind.Object)
        {
            foreach (var part in breakdown.EnumerateObject().Take(MaxParts))
            {
                if (part.Value.ValueKind == JsonValueKind.Object && Number(part.Value, "points") is { } points)
                {
                    snapshot.Parts.Add(new AnalysisPart { Key = Clip(part.Name), Points = points, Max = Number(part.Value, "max") ?? 0 });
                }
            }
        }
        if (analysis.TryGetProperty("feedback", out var feedback) && feedback.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in feedback.EnumerateArray().Take(MaxFindings))
            {
                if (item.ValueKind == JsonValueKind.Object && Text(item, "message") is { Length: > 0 } message)
                {
                    snapshot.Findings.Add(new AnalysisFinding
                    {
                        Severity = Text(item, "severity") ?? "",
                        Category = Text(item, "category") ?? "",
                        Message = message,
                    });
                }
            }
        }
        return snapshot;
    }

    /// <summary>
    /// The history as the API gives it: what was kept, or for a resume analysed before history was kept, its one
    /// saved analysis read the same way.
    /// </summary>
    public static IReadOnlyList<AnalysisSnapshot> HistoryOf(Resume resume)
    {
        if (resume.Analyses.Count > 0 || resume.AnalysisJson is null)
        {
            return resume.Analyses;
        }
        using var document = JsonDocument.Parse(resume.AnalysisJson);
        var only = From(document.RootElement, resume.AnalyzedAt ?? resume.UploadedAt);
        only.Id = "latest";
        return [only];
    }

    private static double? Number(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;

    private static string? Text(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? Clip(value.GetString()!) : null;

    private static string Clip(string text) => text.Length <= MaxText ? text : text[..MaxText];
}
