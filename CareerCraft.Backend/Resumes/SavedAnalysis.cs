using System.Text.Json;
using CareerCraft.Backend.Storage;

namespace CareerCraft.Backend.Resumes;

/// <summary>One check of an analysis a client saves, whether it comes with the upload or on its own.</summary>
public static class SavedAnalysis
{
    /// <summary>The history's snapshot of the analysis; null with the reason when it is not a JSON object.</summary>
    public static AnalysisSnapshot? Parse(byte[] body, DateTimeOffset at, out string error)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                error = "Must be a JSON object.";
                return null;
            }
            error = "";
            return AnalysisSnapshots.From(document.RootElement, at);
        }
        catch (JsonException)
        {
            error = "Must be valid JSON.";
            return null;
        }
    }
}
