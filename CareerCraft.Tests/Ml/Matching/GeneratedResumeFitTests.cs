using System.Net;
using System.Net.Http.Json;
using CareerCraft.Contracts.Ml;
using CareerCraft.ResumeGenerator;
using CareerCraft.ResumeGenerator.Model;
using CareerCraft.Tests.Infrastructure;

namespace CareerCraft.Tests.Ml.Matching;

/// <summary>
/// How a resume reads as a whole, judged on resumes nobody fitted it to: generated resumes of the held-out half
/// (tools/CareerCraft.ResumeGenerator) against the job descriptions of TestData/matching. A person's own profession's
/// job must come first, both in a ranking and in a match's semantic similarity.
/// </summary>
[Collection(MlCollection.Name)]
public sealed class GeneratedResumeFitTests(MlServiceFixture ml)
{
    // The generator's professions that have a job description in TestData/matching.
    private static readonly Dictionary<string, string> JobOf = new()
    {
        ["software"] = "software-engineer",
        ["nursing"] = "registered-nurse",
        ["accounting"] = "accountant",
        ["teaching"] = "teacher",
        ["design"] = "product-designer",
        ["mechanical"] = "mechanical-engineer",
    };

    private static List<(string Job, string Text)> Resumes() => ResumeFactory.Seeds(SetHalf.HeldOut, 40)
        .Select(ResumeFactory.Generate)
        .Where(r => JobOf.ContainsKey(r.Truth.Profession))
        .Select(r => (JobOf[r.Truth.Profession], r.Plan.AllText()))
        .ToList();

    [Fact]
    public async Task Generated_resumes_rank_their_own_professions_job_first()
    {
        var resumes = Resumes();
        Assert.True(resumes.Count >= 12, $"only {resumes.Count} resumes of the matched professions");
        var jobs = MatchingData.Professions.Select(p => new RankedJobInput(p, null, MatchingData.Job(p))).ToList();
        var misses = new List<string>();
        foreach (var (job, text) in resumes)
        {
            using var response = await ml.Client.PostAsJsonAsync("/jobs/rank", new JobRankRequest(text, jobs));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var ranked = (await response.Content.ReadFromJsonAsync<JobRankResponse>())!.Results;
            if (ranked[0].Id != job)
            {
                misses.Add($"{job} resume ranked {ranked[0].Id} first");
            }
        }
        Assert.Empty(misses);
    }

    [Fact]
    public async Task Generated_resumes_read_closest_to_their_own_professions_job_in_a_match()
    {
        var misses = new List<string>();
        foreach (var (job, text) in Resumes().Take(12))
        {
            var similarity = new Dictionary<string, double>();
            foreach (var profession in MatchingData.Professions)
            {
                using var response = await ml.Client.PostAsJsonAsync("/resume/job-match", new JobMatchRequest(text, MatchingData.Job(profession)));
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                similarity[profession] = (await response.Content.ReadFromJsonAsync<JobMatchResponse>())!.SemanticSimilarity;
            }
            var closest = similarity.MaxBy(s => s.Value).Key;
            if (closest != job)
            {
                misses.Add($"{job} resume read closest to {closest} ({similarity[closest]:F3} vs {similarity[job]:F3})");
            }
        }
        Assert.Empty(misses);
    }
}
