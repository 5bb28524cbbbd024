using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CareerCraft.Backend;
using CareerCraft.Tests.Infrastructure;

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

    private static async Task SaveAsync(TestUser user, string id, object analysis)
    {
        using var response = await user.Client.PutAsJsonAsync($"/api/resumes/{id}/analysis", analysis);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    private static object Analysis(int score, int impact, string finding) => new
    {
        atsScore = score,
        breakdown = new
        {
            contact = new { points = 15, max = 15, reason = "" },
            impact = new { points = impact, max = 25, reason = "few results" },
        },
        feedback = new[] { new { severity = "warning", category = "impact", message = finding } },
    };
}
