using CareerCraft.Contracts.Backend;
using System.ComponentModel.DataAnnotations;
using CareerCraft.Web.Components.Pages;
using CareerCraft.Web.Components.Pages.CoverLetters;
using CareerCraft.Web.Components.Pages.Profile;
using CareerCraft.Web.Components.Shared;
using CareerCraft.Web.Services.Backend;
using CareerCraft.Web.Services.Problems;

namespace CareerCraft.Tests.Web.Components;

/// <summary>The rules behind the forms and messages that need no rendering to check.</summary>
public sealed class FormRulesTests
{
    private static List<ValidationResult> Validate(object model)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(model, new ValidationContext(model), results, validateAllProperties: true);
        return results;
    }

    [Fact]
    public void Profile_links_must_be_web_addresses()
    {
        var linkedin = Assert.Single(Validate(new ProfileForm { Linkedin = "not a link" }));
        Assert.Equal([nameof(ProfileForm.Linkedin)], linkedin.MemberNames);

        var other = Assert.Single(Validate(new ProfileForm { OtherLinks = "https://example.com/portfolio\njavascript:alert(1)" }));
        Assert.Equal([nameof(ProfileForm.OtherLinks)], other.MemberNames);
        Assert.Contains("javascript:alert(1)", other.ErrorMessage);

        Assert.Empty(Validate(new ProfileForm { Linkedin = "https://www.linkedin.com/in/ada", OtherLinks = "https://example.com" }));
    }

    [Fact]
    public void The_profile_round_trips_through_the_form_with_lists_as_text()
    {
        var profile = new ProfileBody(
            "Ada Lovelace",
            null,
            null,
            new LocationBody("London", null, null),
            new LinksBody("https://github.com/ada", null, null, null, null, null, ["https://a.example", "https://b.example"]),
            ["Analyst", "Engineer"]);

        var form = ProfileForm.From(profile);
        form.TargetRoles += ", analyst , Researcher,";
        var back = form.ToProfile();

        Assert.Equal("Analyst, Engineer, analyst , Researcher,", form.TargetRoles);
        Assert.Equal(["Analyst", "Engineer", "Researcher"], back.TargetRoles);
        Assert.Equal(["https://a.example", "https://b.example"], back.Links!.Other);
        Assert.Equal("London", back.Location!.City);
        Assert.Null(back.Headline);
    }

    [Fact]
    public void A_letter_request_needs_company_title_a_real_description_and_a_known_tone()
    {
        var errors = Validate(new LetterRequestForm { JobDescription = "too short", Tone = "sarcastic" });

        Assert.Equal(
            [nameof(LetterRequestForm.CompanyName), nameof(LetterRequestForm.JobDescription), nameof(LetterRequestForm.JobTitle), nameof(LetterRequestForm.Tone)],
            errors.SelectMany(e => e.MemberNames).Order());
    }

    [Theory]
    [InlineData("resume.pdf", 1000, null)]
    [InlineData("Resume.DOCX", 5 * 1024 * 1024, null)]
    [InlineData("resume.txt", 1000, "isn't a PDF or Word")]
    [InlineData("resume.pdf", 0, "is empty")]
    [InlineData("resume.pdf", 5 * 1024 * 1024 + 1, "files can be up to 5 MB")]
    public void Uploads_are_checked_for_type_and_size_before_they_travel(string name, long size, string? problem)
    {
        var message = ResumeUpload.Check(name, size);

        if (problem is null)
        {
            Assert.Null(message);
        }
        else
        {
            Assert.Contains(problem, message);
        }
    }

    [Fact]
    public void Pasted_jobs_split_on_dash_lines_with_the_first_line_as_title()
    {
        var jobs = JobList.Parse("Data Analyst\nSQL and dashboards\n---\n\n-----\nNurse, ICU\r\nPatient care\n---");

        Assert.Equal(2, jobs.Count);
        Assert.Equal(("job-1", "Data Analyst", "Data Analyst\nSQL and dashboards"), (jobs[0].Id, jobs[0].Title, jobs[0].Description));
        Assert.Equal("Nurse, ICU", jobs[1].Title);
        Assert.Empty(JobList.Parse("   "));
    }

    [Fact]
    public void Service_problems_read_as_sentences()
    {
        var none = new Dictionary<string, string[]>();

        Assert.Equal("The analysis service can't be reached right now. Please try again in a moment.",
            ServiceProblem.Unreachable("analysis service").Message);
        Assert.Equal("The PDF needs a password.", new ServiceProblem("x", 422, null, "Password-protected file", "The PDF needs a password.", none).Message);
        Assert.Contains("up to 5 MB", new ServiceProblem("x", 413, null, null, null, none).Message);
        Assert.Contains("wait a minute", new ServiceProblem("x", 429, null, null, null, none).Message);
        var invalid = new ServiceProblem("x", 400, null, "Invalid", null, new Dictionary<string, string[]> { ["email"] = ["Email is taken."] });
        Assert.Equal(["Email is taken."], invalid.ErrorsFor("Email"));
        Assert.True(new ServiceProblem("x", 503, null, null, null, none).IsUnreachable);
        Assert.False(invalid.IsUnreachable);
    }
}
