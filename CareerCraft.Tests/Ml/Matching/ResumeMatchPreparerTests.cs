using System.Net;
using System.Net.Http.Json;
using CareerCraft.Ml.Matching;
using CareerCraft.Ml.Ranking;
using CareerCraft.Tests.Infrastructure;
using CareerCraft.Ml.Embeddings;

namespace CareerCraft.Tests.Ml.Matching;

/// <summary>An analysed resume is prepared for the job match that follows: its side is embedded ahead, in the background.</summary>
[Collection(MlCollection.Name)]
public sealed class ResumeMatchPreparerTests(MlServiceFixture ml)
{
    [Fact]
    public async Task After_an_analysis_the_resume_side_of_a_match_is_already_embedded()
    {
        // A resume no other test sends, so nothing of it can be cached already.
        var resume = MatchingData.Resume("teacher") + $"\nCoached the school chess club to a regional final ({UniqueWord.Next()}).";
        var cache = ml.GetService<JobEmbeddingCache>();
        var texts = ml.GetService<JobMatcher>().ResumeTexts(resume);
        Assert.Contains(texts, t => t.Contains("chess club", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains("chess club", StringComparison.Ordinal) && cache.Contains(t));

        using var analysis = await ml.Client.PostAsJsonAsync("/resume/analyze", new { text = resume });
        Assert.Equal(HttpStatusCode.OK, analysis.StatusCode);

        // Background work on a shared machine: wait for it, however long it takes, rather than assume a duration.
        var waited = 0;
        while (!texts.All(cache.Contains) && waited++ < 600)
        {
            await Task.Delay(100);
        }
        Assert.All(texts, t => Assert.True(cache.Contains(t), $"not prepared: {t}"));

    }
}
