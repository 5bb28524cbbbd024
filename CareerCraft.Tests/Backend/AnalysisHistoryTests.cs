using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CareerCraft.Backend;
using CareerCraft.Backend.Storage;
using CareerCraft.Contracts.Ml;
using CareerCraft.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CareerCraft.Tests.Backend;

[Collection(BackendCollection.Name)]
public sealed class AnalysisHistoryTests(BackendFixture fixture)
{
    private readonly ServiceFactory<BackendService> _factory = fixture.Factory;

    [Fact]
    public async Task Each_saved_analysis_is_kept_with_its_score_parts_and_findings_oldest_first()
    {
        var user = await _factory.SignUpAsync();
        var id = (await user.UploadAsync("rm_john_doe.pdf")).GetProperty("id").GetString()!;
        Assert.Empty((await user.Client.GetFromJsonAsync<JsonElement>($"/api/resumes/{id}/analyses")).GetProperty("items").EnumerateArray());

        await SaveAsync(user, id, Analysis(61, impact: 10, "No measurable results under Experience."));
        await SaveAsync(user, id, Analysis(74, impact: 22, "Add a summary."));

        var history = await user.Client.GetFromJsonAsync<JsonElement>($"/api/resumes/{id}/analyses");
        var items = history.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(id, history.GetProperty("resumeId").GetString());
        Assert.Equal([61, 74], items.Select(i => i.GetProperty("score").GetInt32()));
        Assert.True(items[0].GetProperty("at").GetDateTimeOffset() <= items[1].GetProperty("at").GetDateTimeOffset());
        Assert.NotEqual(items[0].GetProperty("id").GetString(), items[1].GetProperty("id").GetString());
        var impact = items[1].GetProperty("parts").EnumerateArray().Single(p => p.GetProperty("key").GetString() == "impact");
        Assert.Equal(22, impact.GetProperty("points").GetInt32());
        Assert.Equal(25, impact.GetProperty("max").GetInt32());
        Assert.Equal("Add a summary.", Assert.Single(items[1].GetProperty("findings").EnumerateArray()).GetProperty("message").GetString());
        Assert.Equal("warning", items[0].GetProperty("findings")[0].GetProperty("severity").GetString());
        // The resume itself still carries the latest analysis whole.
        var resume = await user.Client.GetFromJsonAsync<JsonElement>($"/api/resumes/{id}");
        Assert.Equal(74, resume.GetProperty("analysis").GetProperty("atsScore").GetInt32());
    }

    [Fact]
    public async Task Another_users_history_is_not_found()
    {
        var owner = await _factory.SignUpAsync();
        var other = await _factory.SignUpAsync();
        var id = (await owner.UploadAsync("rm_john_doe.pdf")).GetProperty("id").GetString()!;
        await SaveAsync(owner, id, Analysis(50, 5, "x"));

        using var response = await other.Client.GetAsync($"/api/resumes/{id}/analyses");

        await response.AssertProblemAsync(HttpStatusCode.NotFound, "not-found");
    }

    [Fact]
    public async Task A_resume_analysed_before_history_was_kept_reads_its_one_analysis_as_the_history()
    {
        var user = await _factory.SignUpAsync();
        var id = await LegacyAsync(user, SampleAnalyses.Text(SampleAnalyses.Scored(68, impact: 12, SampleAnalyses.Finding("Add metrics."))));

        var items = (await user.Client.GetFromJsonAsync<JsonElement>($"/api/resumes/{id}/analyses")).GetProperty("items").EnumerateArray().ToList();

        var only = Assert.Single(items);
        Assert.Equal("latest", only.GetProperty("id").GetString());
        Assert.Equal(68, only.GetProperty("score").GetInt32());
        Assert.Equal(
            ["contact", "sections", "skills", "impact", "readability", "parseability"],
            only.GetProperty("parts").EnumerateArray().Select(p => p.GetProperty("key").GetString()));
        Assert.Equal("Add metrics.", only.GetProperty("findings")[0].GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("""{"atsScore":87}""")]
    [InlineData("""{"atsScore":"high","breakdown":[]}""")]
    [InlineData("""[1,2]""")]
    [InlineData("""not json""")]
    public async Task A_stored_analysis_that_does_not_fit_the_contract_reads_as_none_without_failing(string stored)
    {
        var user = await _factory.SignUpAsync();
        var id = await LegacyAsync(user, stored);

        var history = await user.Client.GetFromJsonAsync<JsonElement>($"/api/resumes/{id}/analyses");
        Assert.Empty(history.GetProperty("items").EnumerateArray());
        using var export = await user.Client.GetAsync($"/api/resumes/{id}/json-resume");
        await export.AssertProblemAsync(HttpStatusCode.Conflict, "not-analysed");
        if (stored.StartsWith('{'))
        {
            // The detail's analysis is the resume's own business (ResumeDetail); it must answer all the same.
            using var detail = await user.Client.GetAsync($"/api/resumes/{id}");
            Assert.Equal(HttpStatusCode.OK, detail.StatusCode);
        }
    }

    /// <summary>A resume stored as one analysed before saves were checked (and before history was kept).</summary>
    private async Task<string> LegacyAsync(TestUser user, string analysisJson)
    {
        var now = DateTimeOffset.UtcNow;
        var resume = new Resume
        {
            Id = Ids.New(),
            OwnerId = user.Id,
            Name = "Legacy CV",
            FileName = "legacy.pdf",
            ContentType = "application/pdf",
            Size = 1,
            UploadedAt = now,
            Storage = "database",
            FileKey = "none",
            Text = "Legacy text",
            Extraction = ExtractionStatus.Done,
            AnalysisJson = analysisJson,
            AnalyzedAt = now,
        };
        await _factory.Services.GetRequiredService<IResumeRepository>().AddAsync(resume, default);
        return resume.Id;
    }

    private static async Task SaveAsync(TestUser user, string id, AnalysisResponse analysis)
    {
        using var response = await user.Client.PutAsJsonAsync($"/api/resumes/{id}/analysis", analysis);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    private static AnalysisResponse Analysis(int score, int impact, string finding) =>
        SampleAnalyses.Scored(score, impact, SampleAnalyses.Finding(finding, category: "impact"));
}
