using System.Text;
using System.Text.Json;
using CareerCraft.Contracts.Ml;

namespace CareerCraft.Tests.Backend;

/// <summary>
/// Analyses shaped as the ML service answers (<see cref="AnalysisResponse"/>), for tests that save one: the backend
/// refuses anything else. Vary one with <c>with</c> (e.g. <c>Scored(77) with { Contact = ... }</c>).
/// </summary>
public static class SampleAnalyses
{
    /// <summary>
    /// An analysis scoring <paramref name="score"/>, with every part of the breakdown (impact earning
    /// <paramref name="impact"/> of 25) and the given findings; nothing read beyond that.
    /// </summary>
    public static AnalysisResponse Scored(int score, double impact = 20, params FeedbackItem[] findings) => new(
        score,
        new ScoreBreakdown(
            Contact: Part(15, 15),
            Sections: Part(15, 20, "no summary"),
            Skills: Part(10, 15, "few skills"),
            Impact: Part(impact, 25, "few results"),
            Readability: Part(10, 15),
            Parseability: Part(10, 10),
            Keywords: null),
        new ContactInfo(Name: null, Email: null, Phone: null, Location: null, Links: []),
        Sections: [],
        Skills: [],
        Experience: [],
        Education: [],
        Feedback: findings,
        Keywords: null,
        ParseConfidence: null);

    public static ScorePart Part(double points, double max, string reason = "") => new(points, max, reason);

    public static FeedbackItem Finding(string message, string severity = Severities.Warning, string category = "impact") =>
        new(severity, category, message);

    /// <summary>The analysis as the web sends it: the contract's JSON names (camelCase).</summary>
    public static string Text(AnalysisResponse analysis) => JsonSerializer.Serialize(analysis, JsonSerializerOptions.Web);

    public static StringContent Json(AnalysisResponse analysis) => Json(Text(analysis));

    public static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
