using System.Text.Json;
using CareerCraft.Backend.Storage;
using CareerCraft.Contracts.Ml;

namespace CareerCraft.Backend.Resumes;

/// <summary>
/// One check of an analysis a client saves, whether it comes with the upload or on its own: it must be the ML
/// service's answer (<see cref="AnalysisResponse"/>), so the backend reads typed fields instead of guessing them. The
/// JSON is still stored as the client sent it; an analysis stored before this check that does not fit reads as none.
/// </summary>
public static class SavedAnalysis
{
    /// <summary>What a client is told when its analysis is not the contract's.</summary>
    public const string Required =
        "Must be the resume analysis: breakdown (with contact, sections, skills, impact, readability and parseability), "
        + "contact, sections, skills, experience, education and feedback are required.";

    /// <summary>The analysis and the history's snapshot of it; null with the reason when it is not the contract's.</summary>
    public static (AnalysisResponse Analysis, AnalysisSnapshot Snapshot)? Parse(byte[] body, DateTimeOffset at, out string error)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return Check(document.RootElement, out error) is { } analysis
                ? (analysis, AnalysisSnapshots.From(analysis, at))
                : null;
        }
        catch (JsonException)
        {
            error = "Must be valid JSON: the resume analysis.";
            return null;
        }
    }

    /// <summary>A stored analysis, typed; null when there is none or it does not fit the contract (never throws).</summary>
    public static AnalysisResponse? Read(string? json)
    {
        if (json is null)
        {
            return null;
        }
        try
        {
            using var document = JsonDocument.Parse(json);
            return Check(document.RootElement, out _);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static AnalysisResponse? Check(JsonElement analysis, out string error)
    {
        error = "Must be a JSON object: the resume analysis.";
        if (analysis.ValueKind != JsonValueKind.Object)
        {
            return null;
        }
        try
        {
            var parsed = analysis.Deserialize<AnalysisResponse>(JsonSerializerOptions.Web);
            if (parsed is
                {
                    Breakdown: { Contact: not null, Sections: not null, Skills: not null, Impact: not null, Readability: not null, Parseability: not null },
                    Contact: not null, Sections: not null, Skills: not null, Experience: not null, Education: not null, Feedback: not null,
                })
            {
                error = "";
                return parsed;
            }
            error = Required;
        }
        catch (JsonException ex)
        {
            error = $"Does not fit the resume analysis: {ex.Message} {Required}";
        }
        return null;
    }
}
