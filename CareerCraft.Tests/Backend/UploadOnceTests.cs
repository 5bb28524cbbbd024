using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using CareerCraft.Backend;
using CareerCraft.Contracts.Ml;
using CareerCraft.Tests.Infrastructure;

namespace CareerCraft.Tests.Backend;

/// <summary>
/// Saving a resume that was just analysed (issue 14, upload once): the web sends the text ML read and the analysis
/// with the file, and the backend stores them without sending the file to ML again.
/// </summary>
[Collection(BackendCollection.Name)]
public sealed class UploadOnceTests(BackendFixture fixture)
{
    private const string Text = "Jordan Reyes\nBackend engineer\nExperience\nContoso 2021 - Present";
    private static readonly string Analysis = SampleAnalyses.Text(SampleAnalyses.Scored(82, impact: 20, SampleAnalyses.Finding("Good.", Severities.Suggestion)));
    private readonly ServiceFactory<BackendService> _factory = fixture.Factory;

    [Fact]
    public async Task A_file_sent_with_its_text_and_analysis_is_stored_without_asking_ml_again()
    {
        var user = await _factory.SignUpAsync();
        var bytes = await File.ReadAllBytesAsync(BackendApi.TestDataPath("rm_john_doe.pdf"));
        var callsBefore = fixture.Ml.Calls;

        using var response = await user.Client.PostAsync("/api/resumes", Form(bytes, Text, Sha256(bytes), Analysis));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(callsBefore, fixture.Ml.Calls);
        var id = (await response.ReadJsonAsync()).GetProperty("id").GetString();
        var detail = await user.Client.GetFromJsonAsync<JsonElement>($"/api/resumes/{id}");
        Assert.Equal(Text, detail.GetProperty("text").GetString());
        Assert.Equal("done", detail.GetProperty("extraction").GetProperty("status").GetString());
        Assert.Equal(82, detail.GetProperty("analysis").GetProperty("atsScore").GetInt32());
        var history = await user.Client.GetFromJsonAsync<JsonElement>($"/api/resumes/{id}/analyses");
        Assert.Equal(82, Assert.Single(history.GetProperty("items").EnumerateArray()).GetProperty("score").GetInt32());
        // The reading changes nothing about the file itself.
        Assert.Equal(bytes, await user.Client.GetByteArrayAsync($"/api/resumes/{id}/file"));
    }

    [Fact]
    public async Task The_text_alone_is_enough_and_the_analysis_can_follow()
    {
        var user = await _factory.SignUpAsync();
        var bytes = await File.ReadAllBytesAsync(BackendApi.TestDataPath("syn_features.docx"));

        using var response = await user.Client.PostAsync("/api/resumes", Form(bytes, Text, Sha256(bytes).ToUpperInvariant(), analysis: null));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.ReadJsonAsync()).GetProperty("id").GetString();
        var detail = await user.Client.GetFromJsonAsync<JsonElement>($"/api/resumes/{id}");
        Assert.Equal(Text, detail.GetProperty("text").GetString());
        Assert.Equal(JsonValueKind.Null, detail.GetProperty("analysis").ValueKind);
    }

    [Theory]
    [InlineData("other-file", "textSha256")]
    [InlineData("no-hash", "textSha256")]
    [InlineData("analysis-without-text", "text")]
    [InlineData("analysis-not-json", "analysis")]
    [InlineData("analysis-an-array", "analysis")]
    [InlineData("analysis-not-the-contract", "analysis")]
    [InlineData("analysis-without-breakdown", "analysis")]
    [InlineData("analysis-with-a-part-missing", "analysis")]
    [InlineData("text-too-long", "text")]
    public async Task A_reading_that_does_not_fit_the_file_is_refused_and_nothing_is_stored(string kind, string field)
    {
        var user = await _factory.SignUpAsync();
        var bytes = await File.ReadAllBytesAsync(BackendApi.TestDataPath("rm_john_doe.pdf"));
        var other = await File.ReadAllBytesAsync(BackendApi.TestDataPath("syn_features.docx"));
        using var form = kind switch
        {
            "other-file" => Form(bytes, Text, Sha256(other), Analysis),
            "no-hash" => Form(bytes, Text, hash: null, Analysis),
            "analysis-without-text" => Form(bytes, text: null, hash: null, Analysis),
            "analysis-not-json" => Form(bytes, Text, Sha256(bytes), "{\"atsScore\": 8"),
            "analysis-an-array" => Form(bytes, Text, Sha256(bytes), "[1,2]"),
            "analysis-not-the-contract" => Form(bytes, Text, Sha256(bytes), """{"atsScore":87}"""),
            "analysis-without-breakdown" => Form(bytes, Text, Sha256(bytes), SampleAnalyses.Text(SampleAnalyses.Scored(80) with { Breakdown = null! })),
            "analysis-with-a-part-missing" => Form(bytes, Text, Sha256(bytes), SampleAnalyses.Text(SampleAnalyses.Scored(80) with
            {
                Breakdown = SampleAnalyses.Scored(80).Breakdown with { Parseability = null! },
            })),
            _ => Form(bytes, new string('a', 200_001), Sha256(bytes), analysis: null),
        };

        using var response = await user.Client.PostAsync("/api/resumes", form);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "invalid-input");
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        var list = await user.Client.GetFromJsonAsync<JsonElement>("/api/resumes");
        Assert.Empty(list.GetProperty("items").EnumerateArray());
    }

    private static string Sha256(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    private static MultipartFormDataContent Form(byte[] content, string? text, string? hash, string? analysis)
    {
        var form = BackendApi.ResumeForm(content, "resume.bin");
        if (text is not null)
        {
            form.Add(new StringContent(text), "text");
        }
        if (hash is not null)
        {
            form.Add(new StringContent(hash), "textSha256");
        }
        if (analysis is not null)
        {
            form.Add(new StringContent(analysis), "analysis");
        }
        return form;
    }
}
