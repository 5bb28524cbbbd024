using System.Net.Http.Json;
using CareerCraft.Ml.Matching;
using CareerCraft.Ml.Ranking;
using CareerCraft.Tests.Ml.Matching;

namespace CareerCraft.Tests.Ml.Embeddings.Int8;

/// <summary>
/// What the people who read a match see, per precision: for every resume of TestData/matching against every job there,
/// each requirement's met verdict, and each resume's best-ranked job. The verdict half of the int8 quality gate.
/// </summary>
public sealed record PrecisionVerdicts(IReadOnlyDictionary<string, bool> Met, IReadOnlyDictionary<string, string> TopJob)
{
    public static async Task<PrecisionVerdicts> ReadAsync(HttpClient client)
    {
        var met = new Dictionary<string, bool>(StringComparer.Ordinal);
        var top = new Dictionary<string, string>(StringComparer.Ordinal);
        var jobs = MatchingData.Professions.Select(p => new { id = p, description = MatchingData.Job(p) }).ToArray();
        foreach (var resume in MatchingData.Professions)
        {
            foreach (var job in MatchingData.Professions)
            {
                using var response = await client.PostAsJsonAsync("/resume/job-match",
                    new { resumeText = MatchingData.Resume(resume), jobDescription = MatchingData.Job(job) });
                response.EnsureSuccessStatusCode();
                var match = (await response.Content.ReadFromJsonAsync<JobMatchResponse>())!;
                foreach (var requirement in match.Requirements)
                {
                    met[$"{resume} vs {job}: {requirement.Text}"] = requirement.Met;
                }
            }
            using var ranked = await client.PostAsJsonAsync("/jobs/rank", new { resumeText = MatchingData.Resume(resume), jobs });
            ranked.EnsureSuccessStatusCode();
            top[resume] = (await ranked.Content.ReadFromJsonAsync<JobRankResponse>())!.Results[0].Id;
        }
        return new PrecisionVerdicts(met, top);
    }

    /// <summary>Every verdict or top job that differs from <paramref name="other"/>'s, described.</summary>
    public IReadOnlyList<string> DifferencesFrom(PrecisionVerdicts other) =>
    [
        .. Met.Where(m => other.Met.GetValueOrDefault(m.Key) != m.Value).Select(m => $"met {other.Met.GetValueOrDefault(m.Key)} -> {m.Value}: {m.Key}"),
        .. TopJob.Where(t => other.TopJob.GetValueOrDefault(t.Key) != t.Value).Select(t => $"top job of {t.Key}: {other.TopJob.GetValueOrDefault(t.Key)} -> {t.Value}"),
    ];
}
