using CareerCraft.Tests.Infrastructure;

namespace CareerCraft.Tests.Ml.Analysis;

/// <summary>
/// Honest about what it could not read (issue 11): roles whose heading we did not recognise are a parseability
/// finding, not a critical "no Experience section", and cost no section points; the answer says how sure we are.
/// </summary>
[Collection(MlCollection.Name)]
public sealed class ReadingConfidenceTests(MlServiceFixture ml)
{
    // Two well-written roles with dates, a school and skills, under no heading at all (pasted text).
    private static readonly string Unheaded = File.ReadAllText(ResumeExpectation.TestData("analysis/resumes/unheaded_accountant.txt"));

    [Fact]
    public async Task Roles_without_a_recognised_heading_are_a_parseability_finding_not_a_missing_experience()
    {
        var analysis = await AnalysisClient.AnalyzeAsync(ml.Client, new { text = Unheaded });

        var feedback = analysis.GetProperty("feedback").EnumerateArray().ToList();
        Assert.DoesNotContain(feedback, f => f.GetProperty("message").GetString()!.StartsWith("No Experience section", StringComparison.Ordinal));
        Assert.Contains(feedback, f => f.GetProperty("category").GetString() == "parseability"
            && f.GetProperty("message").GetString()!.Contains("could not recognise your section headings", StringComparison.Ordinal));
        var sections = analysis.GetProperty("breakdown").GetProperty("sections");
        Assert.DoesNotContain("experience", sections.GetProperty("reason").GetString(), StringComparison.Ordinal);

        var confidence = analysis.GetProperty("parseConfidence");
        Assert.NotEqual("high", confidence.GetProperty("level").GetString());
        Assert.Contains(confidence.GetProperty("reasons").EnumerateArray(), r => r.GetString()!.Contains("heading", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Roles_degrees_and_skills_under_no_heading_are_read_from_the_content()
    {
        var analysis = await AnalysisClient.AnalyzeAsync(ml.Client, new { text = Unheaded });

        var roles = analysis.GetProperty("experience").EnumerateArray().ToList();
        Assert.Equal(["Northwind Logistics", "Lakeshore Foods"], roles.Select(r => r.GetProperty("organization").GetString()));
        Assert.Equal(["Senior Staff Accountant", "Staff Accountant"], roles.Select(r => r.GetProperty("title").GetString()));
        Assert.All(roles, r => Assert.Equal(2, r.GetProperty("bullets").GetArrayLength()));
        var school = Assert.Single(analysis.GetProperty("education").EnumerateArray());
        Assert.Equal("University of Illinois", school.GetProperty("institution").GetString());
        Assert.Equal("Amara Okonkwo", analysis.GetProperty("contact").GetProperty("name").GetString());

        // Scored on what the resume holds: its well-written bullets count, and only the summary it lacks is missing.
        var breakdown = analysis.GetProperty("breakdown");
        Assert.True(breakdown.GetProperty("impact").GetProperty("points").GetDouble() > 15, breakdown.GetProperty("impact").ToString());
        Assert.Equal("Missing: summary.", breakdown.GetProperty("sections").GetProperty("reason").GetString());
        Assert.InRange(analysis.GetProperty("atsScore").GetInt32(), 70, 100);
        Assert.Contains("inferred", analysis.GetProperty("parseConfidence").GetProperty("reasons")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Contact_lines_and_a_tagline_are_never_read_as_roles()
    {
        const string text = """
            Priya Raman
            Registered Nurse · Critical Care
            priya.raman@example.com · 555-0101 · Austin, TX
            Charge Nurse, St. David's Medical Center    2019 – Present
            • Led a team of 8 nurses on a 32-bed ICU and cut handover errors by 30%
            Staff Nurse, Seton Hospital    2015 – 2019
            • Trained 12 new graduates in ventilator care
            """;
        var analysis = await AnalysisClient.AnalyzeAsync(ml.Client, new { text });

        Assert.Equal(2, analysis.GetProperty("experience").GetArrayLength());
        Assert.Equal("priya.raman@example.com", analysis.GetProperty("contact").GetProperty("email").GetString());
        Assert.Equal("Priya Raman", analysis.GetProperty("contact").GetProperty("name").GetString());
        Assert.DoesNotContain(analysis.GetProperty("experience").EnumerateArray(),
            r => r.GetProperty("title").GetString()?.Contains("Registered Nurse", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task A_resume_read_cleanly_says_so()
    {
        var text = File.ReadAllText(ResumeExpectation.TestData("analysis/resumes/nurse.txt"));
        var analysis = await AnalysisClient.AnalyzeAsync(ml.Client, new { text });
        var confidence = analysis.GetProperty("parseConfidence");
        Assert.Equal("high", confidence.GetProperty("level").GetString());
        Assert.Empty(confidence.GetProperty("reasons").EnumerateArray());
    }
}
