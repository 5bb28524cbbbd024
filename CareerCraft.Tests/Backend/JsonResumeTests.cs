using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CareerCraft.Backend;
using CareerCraft.Contracts.Ml;
using CareerCraft.Tests.Infrastructure;
using Json.Schema;

namespace CareerCraft.Tests.Backend;

/// <summary>JSON Resume out and in, checked against the schema of the <c>@jsonresume/schema</c> package (TestData/jsonresume, MIT).</summary>
[Collection(BackendCollection.Name)]
public sealed class JsonResumeTests(BackendFixture fixture)
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "TestData", "jsonresume");
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(
        File.ReadAllText(Path.Combine(Folder, "schema.json")), new BuildOptions { SchemaRegistry = new SchemaRegistry() }));
    private readonly ServiceFactory<BackendService> _factory = fixture.Factory;

    private static readonly AnalysisResponse Analysis = SampleAnalyses.Scored(77) with
    {
        Contact = new ContactInfo("Ada Lovelace", "ada@example.com", "+44 20 7946 0000", "London, UK", ["linkedin.com/in/ada", "https://github.com/ada"]),
        Sections =
        [
            new SectionResult("summary", "Summary", "Engineer who ships analytical engines."),
            new SectionResult("certifications", "Certifications", "• Azure Developer Associate\n• CKA"),
            new SectionResult("languages", "Languages", "English\nFrench"),
        ],
        Skills = [new SkillResult("C#", "Languages"), new SkillResult("Kubernetes", "Cloud")],
        Experience =
        [
            new ExperienceEntry("Lead Engineer", "Analytical Engines Ltd", "Jun 2019", "Present", ["Cut run time by 40%."]),
            new ExperienceEntry("Engineer", "Babbage & Co", "2015-01", "2019-05", []),
        ],
        Education = [new EducationEntry("BSc Mathematics", "University of London", "2014")],
    };

    [Fact]
    public async Task An_analysed_resume_exports_as_a_json_resume_valid_against_the_schema()
    {
        var user = await _factory.SignUpAsync();
        var id = await AnalysedResumeAsync(user);

        using var response = await user.Client.GetAsync($"/api/resumes/{id}/json-resume");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var document = await response.ReadJsonAsync();
        AssertValid(document);
        var basics = document.GetProperty("basics");
        Assert.Equal("Ada Lovelace", basics.GetProperty("name").GetString());
        Assert.Equal("Engineer who ships analytical engines.", basics.GetProperty("summary").GetString());
        Assert.Equal("London, UK", basics.GetProperty("location").GetProperty("address").GetString());
        Assert.Equal(["LinkedIn", "GitHub"], basics.GetProperty("profiles").EnumerateArray().Select(p => p.GetProperty("network").GetString()));
        var work = document.GetProperty("work").EnumerateArray().ToList();
        Assert.Equal("Analytical Engines Ltd", work[0].GetProperty("name").GetString());
        Assert.Equal("2019-06", work[0].GetProperty("startDate").GetString());
        Assert.False(work[0].TryGetProperty("endDate", out _));
        Assert.Equal("2019-05", work[1].GetProperty("endDate").GetString());
        Assert.Equal("2014", document.GetProperty("education")[0].GetProperty("endDate").GetString());
        Assert.Equal(["Azure Developer Associate", "CKA"], document.GetProperty("certificates").EnumerateArray().Select(c => c.GetProperty("name").GetString()));
        Assert.Equal(["English", "French"], document.GetProperty("languages").EnumerateArray().Select(c => c.GetProperty("language").GetString()));
        Assert.Contains(document.GetProperty("skills").EnumerateArray(), s => s.GetProperty("name").GetString() == "Cloud" && s.GetProperty("keywords")[0].GetString() == "Kubernetes");
    }

    [Fact]
    public async Task Export_then_import_keeps_basics_work_and_education_and_the_text_reads_as_a_resume()
    {
        var user = await _factory.SignUpAsync();
        var id = await AnalysedResumeAsync(user);
        var exported = await user.Client.GetFromJsonAsync<JsonElement>($"/api/resumes/{id}/json-resume");

        using var import = await user.Client.PostAsync("/api/resumes/json-resume", Json(exported.GetRawText()));
        Assert.Equal(HttpStatusCode.Created, import.StatusCode);
        var imported = await import.ReadJsonAsync();
        var importedId = imported.GetProperty("id").GetString()!;
        Assert.Equal("Ada Lovelace (JSON Resume)", imported.GetProperty("name").GetString());

        var again = await user.Client.GetFromJsonAsync<JsonElement>($"/api/resumes/{importedId}/json-resume");
        foreach (var part in new[] { "basics", "work", "education" })
        {
            Assert.Equal(exported.GetProperty(part).GetRawText(), again.GetProperty(part).GetRawText());
        }
        var detail = await user.Client.GetFromJsonAsync<JsonElement>($"/api/resumes/{importedId}");
        Assert.Equal("done", detail.GetProperty("extraction").GetProperty("status").GetString());
        var text = detail.GetProperty("text").GetString()!;
        Assert.StartsWith("Ada Lovelace\n", text.ReplaceLineEndings("\n"));
        Assert.Contains("EXPERIENCE", text);
        Assert.Contains("Lead Engineer, Analytical Engines Ltd 2019-06 – Present", text);
        Assert.Contains("• Cut run time by 40%.", text);
        Assert.Contains("BSc Mathematics, University of London 2014", text);
        // The original document is the resume's file.
        using var file = await user.Client.GetAsync($"/api/resumes/{importedId}/file");
        Assert.Equal(exported.GetRawText(), JsonDocument.Parse(await file.Content.ReadAsByteArrayAsync()).RootElement.GetRawText());
    }

    [Fact]
    public async Task The_packages_sample_resume_imports()
    {
        var user = await _factory.SignUpAsync();
        var sample = await File.ReadAllTextAsync(Path.Combine(Folder, "sample.resume.json"));
        AssertValid(JsonDocument.Parse(sample).RootElement);

        using var response = await user.Client.PostAsync("/api/resumes/json-resume", Json(sample));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.ReadJsonAsync()).GetProperty("id").GetString();
        var text = (await user.Client.GetFromJsonAsync<JsonElement>($"/api/resumes/{id}")).GetProperty("text").GetString()!;
        var sampleName = JsonDocument.Parse(sample).RootElement.GetProperty("basics").GetProperty("name").GetString()!;
        Assert.StartsWith(sampleName, text);
        Assert.Contains("EDUCATION", text);
    }

    [Theory]
    [InlineData("""{"basics": {"name": 5}}""", "/basics/name")]
    [InlineData("""{"basics": {"name": "Ada"}, "work": [{"name": "X", "startDate": "last spring"}]}""", "/work/0/startDate")]
    [InlineData("""{"basics": {"name": "Ada"}, "skills": {"name": "C#"}}""", "/skills")]
    [InlineData("""{"basics": {"label": "Engineer"}}""", "/basics/name")]
    [InlineData("""{"basics": {"name": "Ada"}""", "/")]
    [InlineData("""[1, 2]""", "/")]
    public async Task Invalid_documents_are_400_problems_naming_the_path(string body, string path)
    {
        var user = await _factory.SignUpAsync();

        using var response = await user.Client.PostAsync("/api/resumes/json-resume", Json(body));

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "invalid-input");
        Assert.True(problem.GetProperty("errors").TryGetProperty(path, out _), $"no error at {path}: {problem}");
        Assert.Equal(0, (await user.Client.GetFromJsonAsync<JsonElement>("/api/resumes")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Export_needs_an_analysis_and_the_owner()
    {
        var user = await _factory.SignUpAsync();
        var other = await _factory.SignUpAsync();
        var id = (await user.UploadAsync("rm_john_doe.pdf")).GetProperty("id").GetString()!;

        await (await user.Client.GetAsync($"/api/resumes/{id}/json-resume")).AssertProblemAsync(HttpStatusCode.Conflict, "not-analysed");
        await (await other.Client.GetAsync($"/api/resumes/{id}/json-resume")).AssertProblemAsync(HttpStatusCode.NotFound, "not-found");
        using var text = await user.Client.PostAsync("/api/resumes/json-resume", new StringContent("{}", Encoding.UTF8, "text/plain"));
        await text.AssertProblemAsync(HttpStatusCode.UnsupportedMediaType, "unsupported-format");
    }

    [Fact]
    public async Task Null_items_and_nested_fields_the_save_does_not_check_are_left_out_of_the_export()
    {
        var user = await _factory.SignUpAsync();
        var id = (await user.UploadAsync("rm_john_doe.pdf")).GetProperty("id").GetString()!;
        var analysis = SampleAnalyses.Text(SampleAnalyses.Scored(60))
            .Replace("\"links\":[]", "\"links\":null", StringComparison.Ordinal)
            .Replace("\"sections\":[]", "\"sections\":[null,{\"kind\":null}]", StringComparison.Ordinal)
            .Replace("\"skills\":[]", "\"skills\":[null,{\"name\":\"Go\"}]", StringComparison.Ordinal)
            .Replace("\"experience\":[]", "\"experience\":[null,{\"title\":\"Engineer\",\"bullets\":[null,\"Shipped.\"]},{}]", StringComparison.Ordinal);
        using (var saved = await user.Client.PutAsync($"/api/resumes/{id}/analysis", Json(analysis)))
        {
            Assert.Equal(HttpStatusCode.NoContent, saved.StatusCode);
        }

        using var response = await user.Client.GetAsync($"/api/resumes/{id}/json-resume");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await response.ReadJsonAsync();
        AssertValid(document);
        Assert.Empty(document.GetProperty("basics").GetProperty("profiles").EnumerateArray());
        var work = document.GetProperty("work").EnumerateArray().ToList();
        Assert.Equal(2, work.Count);
        Assert.Equal(["Shipped."], work[0].GetProperty("highlights").EnumerateArray().Select(h => h.GetString()));
        Assert.Equal("Go", Assert.Single(document.GetProperty("skills").EnumerateArray()).GetProperty("keywords")[0].GetString());
    }

    [Fact]
    public void The_backend_validates_with_the_same_schema_the_tests_hold()
    {
        using var embedded = typeof(BackendService).Assembly.GetManifestResourceStream("CareerCraft.Backend.JsonResume.Data.schema.json")!;
        using var reader = new StreamReader(embedded);
        Assert.Equal(File.ReadAllText(Path.Combine(Folder, "schema.json")), reader.ReadToEnd());
    }

    private static async Task<string> AnalysedResumeAsync(TestUser user)
    {
        var id = (await user.UploadAsync("rm_john_doe.pdf")).GetProperty("id").GetString()!;
        using var saved = await user.Client.PutAsJsonAsync($"/api/resumes/{id}/analysis", Analysis);
        Assert.Equal(HttpStatusCode.NoContent, saved.StatusCode);
        return id;
    }

    private static void AssertValid(JsonElement document)
    {
        var result = Schema.Value.Evaluate(document, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, string.Join("; ", (result.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
