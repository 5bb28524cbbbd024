using System.Text.Json;
using CareerCraft.Tests.Infrastructure;

namespace CareerCraft.Tests.Ml.Analysis;

/// <summary>
/// Contact, sections, experience, education and skills come out as recorded in each resume's expectation file:
/// resumes of six professions sent as text, and corpus files uploaded so extraction runs first.
/// </summary>
[Collection(MlCollection.Name)]
public sealed class ResumeParsingTests(MlServiceFixture ml)
{
    public static TheoryData<string> Professions => ResumeExpectation.Files("resumes");

    public static TheoryData<string> Corpus => ResumeExpectation.Files("corpus");

    [Theory]
    [MemberData(nameof(Professions))]
    public async Task Resume_text_of_any_profession_is_parsed_as_expected(string expectationFile)
    {
        var expected = ResumeExpectation.Load("resumes", expectationFile);
        var text = await File.ReadAllTextAsync(ResumeExpectation.TestData(expected.File));
        var analysis = await AnalysisClient.AnalyzeAsync(ml.Client, new { text });
        AssertMatches(expected, analysis);
    }

    [Theory]
    [MemberData(nameof(Corpus))]
    public async Task Corpus_files_are_extracted_and_parsed_as_expected(string expectationFile)
    {
        var expected = ResumeExpectation.Load("corpus", expectationFile);
        var analysis = await AnalysisClient.AnalyzeFileAsync(ml.Client, ResumeExpectation.TestData(expected.File));
        AssertMatches(expected, analysis);
    }

    private static void AssertMatches(ResumeExpectation expected, JsonElement analysis)
    {
        var contact = analysis.GetProperty("contact");
        Assert.Equal(expected.Contact.Name, String(contact, "name"));
        Assert.Equal(expected.Contact.Email, String(contact, "email"));
        Assert.Equal(expected.Contact.Phone, String(contact, "phone"));
        Assert.Equal(expected.Contact.Location, String(contact, "location"));
        Assert.Equal(expected.Contact.Links ?? [], contact.GetProperty("links").EnumerateArray().Select(l => l.GetString()!).ToList());

        Assert.Equal(expected.SectionKinds, analysis.GetProperty("sections").EnumerateArray().Select(s => s.GetProperty("kind").GetString()!).ToList());

        var experience = analysis.GetProperty("experience").EnumerateArray().ToList();
        Assert.Equal(expected.Experience.Count, experience.Count);
        for (var i = 0; i < experience.Count; i++)
        {
            var want = expected.Experience[i];
            var got = experience[i];
            Assert.Equal((want.Title, want.Organization, want.Start, want.End),
                (String(got, "title"), String(got, "organization"), String(got, "start"), String(got, "end")));
            if (want.Bullets is { } bullets)
            {
                Assert.Equal(bullets, got.GetProperty("bullets").GetArrayLength());
            }
        }

        var education = analysis.GetProperty("education").EnumerateArray()
            .Select(e => new ExpectedEducation(String(e, "degree"), String(e, "institution"), String(e, "year"))).ToList();
        Assert.Equal(expected.Education, education);

        var skills = analysis.GetProperty("skills").EnumerateArray().Select(s => s.GetProperty("name").GetString()!).ToHashSet();
        Assert.All(expected.Skills, skill => Assert.Contains(skill, skills));
        Assert.All(analysis.GetProperty("skills").EnumerateArray(), s => Assert.False(string.IsNullOrEmpty(s.GetProperty("category").GetString())));
    }

    private static string? String(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
