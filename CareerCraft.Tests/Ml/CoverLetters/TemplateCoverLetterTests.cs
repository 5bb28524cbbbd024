using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CareerCraft.Ml.CoverLetters;
using CareerCraft.Tests.Infrastructure;
using CareerCraft.Tests.Ml.Analysis;

namespace CareerCraft.Tests.Ml.CoverLetters;

/// <summary>The template generator, the default when no LLM is configured: letters from the resume's real facts only.</summary>
[Collection(MlCollection.Name)]
public sealed class TemplateCoverLetterTests(MlServiceFixture ml)
{
    private static string Resume(string name) => File.ReadAllText(ResumeExpectation.TestData($"analysis/resumes/{name}"));

    private static string Job(string name) => File.ReadAllText(ResumeExpectation.TestData($"analysis/jobs/{name}"));

    private static object Request(string resume, string job, string company, string title, string tone = "formal", string? candidateName = null) =>
        new { resumeText = Resume(resume), candidateName, companyName = company, jobTitle = title, jobDescription = Job(job), tone };

    private async Task<JsonElement> GenerateAsync(object request)
    {
        using var response = await ml.Client.PostAsJsonAsync("/cover-letter/generate-cover-letter", request);
        return await AnalysisClient.OkJsonAsync(response);
    }

    [Theory]
    [InlineData("nurse.txt", "icu_charge_nurse.txt", "Riverside Regional Medical Center", "ICU Charge Nurse")]
    [InlineData("accountant.txt", "senior_accountant.txt", "Fabrikam Foods", "Senior Accountant")]
    [InlineData("teacher.txt", "icu_charge_nurse.txt", "Riverside Regional Medical Center", "ICU Charge Nurse")]
    [InlineData("mechanical_engineer.txt", "senior_accountant.txt", "Fabrikam Foods", "Senior Accountant")]
    public async Task Template_letters_state_only_what_the_resume_says(string resume, string job, string company, string title)
    {
        var answer = await GenerateAsync(Request(resume, job, company, title));
        CoverLetterAssertions.HasContractShape(answer);
        Assert.Equal("template", answer.GetProperty("generator").GetString());
        Assert.False(answer.TryGetProperty("model", out _));

        var text = answer.GetProperty("text").GetString()!;
        CoverLetterAssertions.StatesOnlyNumbersFromTheResume(text, Resume(resume));
        Assert.Contains(company, text);
        Assert.Contains(title, text);

        // The service's own grounding check (the one that vets LLM letters) accepts every template letter.
        var facts = await ml.GetService<CoverLetterFactsBuilder>().BuildAsync(
            new CoverLetterJob(Resume(resume), null, company, title, Job(job), Tones.Formal), CancellationToken.None);
        var grounding = ml.GetService<GroundingCheck>().Check(text, facts);
        Assert.True(grounding.IsGrounded, string.Join("; ", grounding.Problems));

        // Skills the job wants and the resume lacks are named in missingSkills and never claimed in the letter.
        var missing = answer.GetProperty("missingSkills").EnumerateArray().Select(s => s.GetString()!).ToList();
        var resumeSkills = facts.Resume.Skills.Select(s => s.Skill.Name).ToHashSet();
        Assert.All(missing, skill => Assert.DoesNotContain(skill, resumeSkills));
        Assert.All(missing, skill => Assert.DoesNotContain(skill, text, StringComparison.OrdinalIgnoreCase));
    }

    // Pasted without any heading: the letter still names the employer and an achievement, and is signed with the name.
    [Fact]
    public async Task A_resume_without_headings_still_gives_a_letter_naming_the_employer()
    {
        var resume = Resume("unheaded_accountant.txt");
        var answer = await GenerateAsync(new
        {
            resumeText = resume, companyName = "Fabrikam Foods", jobTitle = "Senior Accountant", jobDescription = Job("senior_accountant.txt"), tone = "formal",
        });

        var text = answer.GetProperty("text").GetString()!;
        Assert.Contains("Northwind Logistics", text);
        Assert.Contains("reconciliations", text);
        Assert.EndsWith("Amara Okonkwo", text.TrimEnd());
        CoverLetterAssertions.StatesOnlyNumbersFromTheResume(text, resume);
    }

    [Fact]
    public async Task The_nurse_letter_quotes_her_achievements_most_relevant_to_the_icu_job()
    {
        var answer = await GenerateAsync(Request("nurse.txt", "icu_charge_nurse.txt", "Riverside Regional Medical Center", "ICU Charge Nurse"));
        var text = answer.GetProperty("text").GetString()!;
        Assert.Contains("Charge Nurse at Mercy General Hospital", text);
        Assert.Contains("Maria Gonzalez", answer.GetProperty("coverLetter").GetProperty("candidateName").GetString());
        Assert.Contains("trained 14 new graduate nurses in cardiac monitoring and medication administration", text);
        var missing = answer.GetProperty("missingSkills").EnumerateArray().Select(s => s.GetString()!).ToList();
        Assert.Contains(missing, m => m.Contains("Pediatric", StringComparison.Ordinal) || m.Contains("PALS", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Tones_change_the_wording_and_the_given_candidate_name_signs_the_letter()
    {
        var formal = await GenerateAsync(Request("sales.txt", "senior_accountant.txt", "Fabrikam Foods", "Account Executive", "formal"));
        var friendly = await GenerateAsync(Request("sales.txt", "senior_accountant.txt", "Fabrikam Foods", "Account Executive", "friendly", "Marc Bell"));
        Assert.NotEqual(formal.GetProperty("coverLetter").GetProperty("greeting").GetString(), friendly.GetProperty("coverLetter").GetProperty("greeting").GetString());
        Assert.NotEqual(formal.GetProperty("coverLetter").GetProperty("signOff").GetString(), friendly.GetProperty("coverLetter").GetProperty("signOff").GetString());
        Assert.Equal("Marcus Bell", formal.GetProperty("coverLetter").GetProperty("candidateName").GetString());
        Assert.Equal("Marc Bell", friendly.GetProperty("coverLetter").GetProperty("candidateName").GetString());
        Assert.EndsWith("Marc Bell", friendly.GetProperty("text").GetString());
    }

    [Fact]
    public async Task The_stream_sends_the_template_paragraphs_then_the_whole_answer()
    {
        using var response = await ml.Client.PostAsJsonAsync("/cover-letter/stream",
            Request("designer.txt", "senior_accountant.txt", "Fabrikam Foods", "Product Designer", "confident"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var events = await ServerSentEvents.ReadAllAsync(response);
        Assert.Equal("done", events[^1].Type);
        var deltas = events.Where(e => e.Type == "delta").Select(e => e.Data).ToList();
        Assert.True(deltas.Count >= 5);
        var done = JsonDocument.Parse(events[^1].Data).RootElement;
        Assert.Equal("template", done.GetProperty("generator").GetString());
        Assert.Equal(done.GetProperty("text").GetString(), string.Concat(deltas));
    }

    [Theory]
    [InlineData("tone", "poetic", "'tone' must be one of")]
    [InlineData("companyName", "", "'companyName' is required")]
    [InlineData("jobDescription", "", "'jobDescription' is required")]
    [InlineData("resumeText", "", "'resumeText' is empty")]
    public async Task Invalid_requests_are_400s_naming_the_field(string field, string value, string expected)
    {
        var request = new Dictionary<string, string>
        {
            ["resumeText"] = Resume("nurse.txt"),
            ["companyName"] = "Riverside",
            ["jobTitle"] = "Charge Nurse",
            ["jobDescription"] = Job("icu_charge_nurse.txt"),
            ["tone"] = "formal",
            [field] = value,
        };
        using var response = await ml.Client.PostAsJsonAsync("/cover-letter/generate-cover-letter", request);
        var detail = await AnalysisClient.ProblemAsync(response, HttpStatusCode.BadRequest, "invalid-input");
        Assert.Contains(expected, detail);
    }
}
