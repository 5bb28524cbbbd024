using System.Text.Json;
using CareerCraft.Contracts.Ml;

namespace CareerCraft.Backend.Applications;

/// <summary>
/// The job-match answer kept with an application. It is checked against the contract when saved, so the web reads
/// typed fields instead of guessing them; a match stored before that check that does not fit reads as none.
/// </summary>
public static class StoredMatch
{
    public static JobMatchResponse? Parse(JsonElement match, out string error)
    {
        error = "Must be a JSON object: the job-match answer.";
        if (match.ValueKind != JsonValueKind.Object)
        {
            return null;
        }
        try
        {
            var parsed = match.Deserialize<JobMatchResponse>(JsonSerializerOptions.Web);
            if (parsed is { MatchedSkills: not null, MissingSkills: not null, PartialMatches: not null, Requirements: not null, Feedback: not null })
            {
                return parsed;
            }
            error = "Must be the job-match answer: matchedSkills, partialMatches, missingSkills, requirements and feedback are required.";
        }
        catch (JsonException ex)
        {
            error = $"Does not fit the job-match answer: {ex.Message}";
        }
        return null;
    }

    public static JobMatchResponse? Read(string? json)
    {
        if (json is null)
        {
            return null;
        }
        using var document = JsonDocument.Parse(json);
        return Parse(document.RootElement, out _);
    }
}
