using System.Net;
using System.Net.Http.Json;
using System.Text;
using CareerCraft.Ml.Ranking;
using CareerCraft.Tests.Infrastructure;
using CareerCraft.Ml.Embeddings;

namespace CareerCraft.Tests.Ml.Matching;

[Collection(MlCollection.Name)]
public sealed class JobRankingTests(MlServiceFixture ml)
{
    private static object AllJobs() => MatchingData.Professions
        .Select(p => new { id = p, title = (string?)null, description = MatchingData.Job(p) })
        .ToArray();

    [Theory]
    [MemberData(nameof(MatchingData.ProfessionCases), MemberType = typeof(MatchingData))]
    public async Task A_resume_ranks_its_own_professions_job_first(string profession)
    {
        var results = await Rank(new { resumeText = MatchingData.Resume(profession), jobs = AllJobs() });

        Assert.Equal(MatchingData.Professions.Length, results.Count);
        Assert.Equal(profession, results[0].Id);
        Assert.True(results[0].Score > results[1].Score + 0.05, $"{results[0].Score:F3} vs {results[1].Id} {results[1].Score:F3}");
        Assert.Equal(results.OrderByDescending(r => r.Score).Select(r => r.Id), results.Select(r => r.Id));
    }

    [Fact]
    public async Task Cached_job_embeddings_give_the_same_scores_as_computed_ones()
    {
        var jobs = Enumerable.Range(0, 5)
            .Select(i => new { id = $"cache-{i}", title = "Staff nurse", description = $"Ward {i}: care for post-operative patients and give medication." })
            .ToArray();
        var request = new { resumeText = MatchingData.Resume("registered-nurse"), jobs };

        var computed = await Rank(request);
        var cache = ml.GetService<JobEmbeddingCache>();
        Assert.True(cache.Contains($"Staff nurse. {jobs[3].description}"));
        // The resume too: ranking it against the next page of jobs embeds only those jobs.
        Assert.True(cache.TryGet(JobEmbeddingCache.ResumeKey(MatchingData.Resume("registered-nurse")), out _));
        var cached = await Rank(request);

        Assert.Equal(computed, cached);
    }

    [Fact]
    public async Task More_than_a_thousand_jobs_are_refused()
    {
        var jobs = Enumerable.Range(0, 1001).Select(i => new { id = i.ToString(), description = "Nurse" }).ToArray();
        await AssertInvalid(new { resumeText = "Nurse", jobs }, "1,000");
    }

    [Fact]
    public async Task Empty_resume_missing_jobs_and_duplicate_ids_are_refused()
    {
        await AssertInvalid(new { resumeText = "  ", jobs = new[] { new { id = "a", description = "x" } } }, "resumeText");
        await AssertInvalid(new { resumeText = "Nurse" }, "jobs");
        await AssertInvalid(new { resumeText = "Nurse", jobs = new[] { new { id = "a", description = "x" }, new { id = "a", description = "y" } } }, "more than once");
        await AssertInvalid(new { resumeText = "Nurse", jobs = new[] { new { id = "a", description = "" } } }, "jobs[0].description");
    }

    [Fact]
    public async Task A_huge_description_is_refused_with_the_limit()
    {
        var jobs = new[] { new { id = "a", description = new string('x', 20_001) } };
        await AssertInvalid(new { resumeText = "Nurse", jobs }, "20,000");
    }

    [Fact]
    public async Task Non_json_is_a_415_and_malformed_json_a_400()
    {
        using var text = await ml.Client.PostAsync("/jobs/rank", new StringContent("resume=nurse", Encoding.UTF8, "text/plain"));
        await InvalidInputAssert.IsUnsupportedContentTypeAsync(text);
        using var broken = await ml.Client.PostAsync("/jobs/rank", new StringContent("{\"resumeText\": \"x\", \"jobs\": [", Encoding.UTF8, "application/json"));
        await AssertProblem(broken, "not valid JSON");
        using var wrongType = await ml.Client.PostAsync("/jobs/rank", new StringContent("{\"resumeText\": 5, \"jobs\": []}", Encoding.UTF8, "application/json"));
        await AssertProblem(wrongType, "resumeText");
    }

    [Fact]
    public async Task Ranking_requires_a_token()
    {
        using var response = await ml.Anonymous.PostAsJsonAsync("/jobs/rank", new { resumeText = "x", jobs = AllJobs() });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private async Task<List<JobScore>> Rank(object request)
    {
        using var response = await ml.Client.PostAsJsonAsync("/jobs/rank", request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JobRankResponse>();
        return body!.Results.ToList();
    }

    private Task AssertInvalid(object request, string mentioned) =>
        InvalidInputAssert.PostIsInvalidAsync(ml.Client, "/jobs/rank", request, mentioned);

    private static Task AssertProblem(HttpResponseMessage response, string mentioned) =>
        InvalidInputAssert.IsInvalidInputAsync(response, mentioned);
}
